package com.campaigntracker.plan;

import com.campaigntracker.people.Person;
import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The planned dates of every dated item right after an agreed change (R12), numbered per project,
 * with the reason; never changed after saving. Unlike a {@link Baseline} it is not what slip is
 * counted from: the baseline stays, and the Gantt can lay any revision over it.
 */
@Entity
@Table(name = "schedule_revision")
class ScheduleRevision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "saved_by_id", updatable = false)
    private Person savedBy;

    @Column(nullable = false, updatable = false, length = 500)
    private String reason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "schedule_revision_item", joinColumns = @JoinColumn(name = "revision_id"))
    @MapKeyColumn(name = "work_item_id")
    private Map<Long, BaselineSpan> spans = new HashMap<>();

    protected ScheduleRevision() {
    }

    ScheduleRevision(Project project, int number, Instant savedAt, Person savedBy, String reason,
                     Map<Long, BaselineSpan> spans) {
        this.project = project;
        this.number = number;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.reason = reason;
        this.spans = new HashMap<>(spans);
    }

    RevisionInfo info() {
        return new RevisionInfo(number, savedAt, savedBy == null ? null : savedBy.getDisplayName(), reason);
    }

    Map<Long, BaselineSpan> getSpans() {
        return spans;
    }
}
