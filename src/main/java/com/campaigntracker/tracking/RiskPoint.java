package com.campaigntracker.tracking;

import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** 风险点: something that may make a task slip, how likely and how bad, and what is done about it. */
@Entity
@Table(name = "risk_point")
@Audited
class RiskPoint extends AbstractEntity {

    static final int DESCRIPTION_MAX = 1000;
    static final int MITIGATION_MAX = 2000;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "work_item_id", nullable = false, updatable = false)
    private long workItemId;

    @NotBlank
    @Size(max = DESCRIPTION_MAX)
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskLevel level;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskLevel probability;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskLevel impact;

    @Size(max = MITIGATION_MAX)
    @Column(length = MITIGATION_MAX)
    private String mitigation;

    @Column(name = "owner_id")
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskStatus status = RiskStatus.OPEN;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "raised_by_id", updatable = false)
    private Long raisedById;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected RiskPoint() {
    }

    RiskPoint(long projectId, long workItemId, Instant raisedAt, Long raisedById) {
        this.projectId = projectId;
        this.workItemId = workItemId;
        this.raisedAt = raisedAt;
        this.raisedById = raisedById;
    }

    void apply(RiskDetails details) {
        this.description = details.description().strip();
        this.level = details.level();
        this.probability = details.probability();
        this.impact = details.impact();
        this.mitigation = details.mitigation() == null || details.mitigation().isBlank() ? null
                : details.mitigation().strip();
        this.ownerId = details.ownerId();
    }

    void setStatus(RiskStatus status, Instant at) {
        this.status = status;
        this.closedAt = status == RiskStatus.CLOSED ? at : null;
    }

    long getProjectId() {
        return projectId;
    }

    long getWorkItemId() {
        return workItemId;
    }

    String getDescription() {
        return description;
    }

    RiskLevel getLevel() {
        return level;
    }

    RiskLevel getProbability() {
        return probability;
    }

    RiskLevel getImpact() {
        return impact;
    }

    String getMitigation() {
        return mitigation;
    }

    Long getOwnerId() {
        return ownerId;
    }

    RiskStatus getStatus() {
        return status;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    Long getRaisedById() {
        return raisedById;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
