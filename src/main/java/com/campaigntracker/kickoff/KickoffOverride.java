package com.campaigntracker.kickoff;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The manager started the project without every confirmation, and said why (R7). */
@Entity
@Table(name = "kickoff_override")
class KickoffOverride extends AbstractEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by_id", updatable = false)
    private Long decidedById;

    protected KickoffOverride() {
    }

    KickoffOverride(long projectId, String reason, Instant decidedAt, Long decidedById) {
        this.projectId = projectId;
        this.reason = reason;
        this.decidedAt = decidedAt;
        this.decidedById = decidedById;
    }

    String getReason() {
        return reason;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Long getDecidedById() {
        return decidedById;
    }
}
