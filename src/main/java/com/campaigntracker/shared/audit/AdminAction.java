package com.campaigntracker.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One recorded action: who, when, what kind, on what, before → after, and why when a reason is asked. */
@Entity
@Immutable
@Table(name = "admin_action")
class AdminAction {

    static final int SUBJECT_MAX = 200;
    static final int VALUE_MAX = 2000;
    static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditKind kind;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "before_value", length = VALUE_MAX)
    private String before;

    @Column(name = "after_value", length = VALUE_MAX)
    private String after;

    @Column(length = REASON_MAX)
    private String reason;

    protected AdminAction() {
    }

    AdminAction(Instant at, Long actorId, String actorName, AuditKind kind, String subject, Long subjectId,
                String before, String after, String reason) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.kind = kind;
        this.subject = subject;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
        this.reason = reason;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at, actorId, actorName, kind, subject, subjectId, before, after, reason);
    }
}
