package com.campaigntracker.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set (R17): when, and who made it — a signed-in person or the system. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private int id;

    @RevisionTimestamp
    @Column(nullable = false)
    private long timestamp;

    /** The account name at the time, kept even if the person is renamed later. */
    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "person_id")
    private Long personId;

    public int getId() {
        return id;
    }

    public Instant getInstant() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    public Long getPersonId() {
        return personId;
    }

    void setUser(String username, Long personId) {
        this.username = username;
        this.personId = personId;
    }
}
