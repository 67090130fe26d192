package com.campaigntracker.tracking;

import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One progress report as it was made: who, when, %, status, note. Written once, never changed. */
@Entity
@Table(name = "progress_update")
class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_item_id", nullable = false, updatable = false)
    private long workItemId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "percent_complete", nullable = false, updatable = false)
    private int percentComplete;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProgressStatus status;

    @Column(name = "blocked_reason", updatable = false, length = 2000)
    private String blockedReason;

    @Column(updatable = false, length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProgressSource source;

    @Column(name = "awaiting_acceptance", nullable = false, updatable = false)
    private boolean awaitingAcceptance;

    protected ProgressUpdate() {
    }

    ProgressUpdate(long workItemId, long projectId, Long personId, Instant reportedAt, int percentComplete,
                   ProgressStatus status, String blockedReason, String note, ProgressSource source,
                   boolean awaitingAcceptance) {
        this.workItemId = workItemId;
        this.projectId = projectId;
        this.personId = personId;
        this.reportedAt = reportedAt;
        this.percentComplete = percentComplete;
        this.status = status;
        this.blockedReason = blockedReason;
        this.note = note;
        this.source = source;
        this.awaitingAcceptance = awaitingAcceptance;
    }

    long getWorkItemId() {
        return workItemId;
    }

    long getProjectId() {
        return projectId;
    }

    Long getPersonId() {
        return personId;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    int getPercentComplete() {
        return percentComplete;
    }

    ProgressStatus getStatus() {
        return status;
    }

    String getBlockedReason() {
        return blockedReason;
    }

    String getNote() {
        return note;
    }

    ProgressSource getSource() {
        return source;
    }

    boolean isAwaitingAcceptance() {
        return awaitingAcceptance;
    }
}
