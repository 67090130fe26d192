package com.campaigntracker.raci;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One person in one RACI role on one work item (of the plan, known here by its id). */
@Entity
@Audited
public class RaciAssignment extends AbstractEntity {

    @Column(name = "work_item_id", nullable = false)
    private long workItemId;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private RaciRole role;

    protected RaciAssignment() {
    }

    RaciAssignment(long workItemId, Person person, RaciRole role) {
        this.workItemId = workItemId;
        this.person = person;
        this.role = role;
    }

    public long getWorkItemId() {
        return workItemId;
    }

    public Person getPerson() {
        return person;
    }

    public RaciRole getRole() {
        return role;
    }
}
