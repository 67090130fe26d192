package com.campaigntracker.warning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A warning raised on a task; open until its cause is gone, then kept as history. */
@Entity
@Table(name = "warning")
class Warning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "work_item_id", nullable = false, updatable = false)
    private long workItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private WarningKind kind;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** 1 while open, null once closed: the database keeps one open warning per task and kind. */
    @Column(name = "open_flag")
    private Integer openFlag = 1;

    protected Warning() {
    }

    Warning(long projectId, long workItemId, WarningKind kind, Instant raisedAt) {
        this.projectId = projectId;
        this.workItemId = workItemId;
        this.kind = kind;
        this.raisedAt = raisedAt;
    }

    void close(Instant at) {
        closedAt = at;
        openFlag = null;
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    long getWorkItemId() {
        return workItemId;
    }

    WarningKind getKind() {
        return kind;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    boolean isOpen() {
        return closedAt == null;
    }
}
