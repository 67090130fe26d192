package com.campaigntracker.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An open task's actual and expected % complete as they stood at one weekly checkpoint. */
@Entity
@Table(name = "progress_checkpoint")
class Checkpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_item_id", nullable = false, updatable = false)
    private long workItemId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    /** Monday of the checkpoint's week: one checkpoint per task and week. */
    @Column(name = "week_of", nullable = false, updatable = false)
    private LocalDate weekOf;

    /** The day whose end the figures describe. */
    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "percent_complete", nullable = false, updatable = false)
    private int percentComplete;

    @Column(name = "expected_percent", nullable = false, updatable = false)
    private int expectedPercent;

    protected Checkpoint() {
    }

    Checkpoint(long workItemId, long projectId, LocalDate weekOf, LocalDate takenOn, Instant recordedAt,
               int percentComplete, int expectedPercent) {
        this.workItemId = workItemId;
        this.projectId = projectId;
        this.weekOf = weekOf;
        this.takenOn = takenOn;
        this.recordedAt = recordedAt;
        this.percentComplete = percentComplete;
        this.expectedPercent = expectedPercent;
    }

    long getWorkItemId() {
        return workItemId;
    }

    long getProjectId() {
        return projectId;
    }

    LocalDate getWeekOf() {
        return weekOf;
    }

    LocalDate getTakenOn() {
        return takenOn;
    }

    int getPercentComplete() {
        return percentComplete;
    }

    int getExpectedPercent() {
        return expectedPercent;
    }
}
