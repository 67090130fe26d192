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
 * The planned dates of every dated item of a project at one moment, numbered per project; never
 * changed after saving. The latest is what the Gantt draws under the bars and slip is counted from.
 */
@Entity
@Table(name = "schedule_baseline")
class Baseline extends AbstractEntity {

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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "schedule_baseline_item", joinColumns = @JoinColumn(name = "baseline_id"))
    @MapKeyColumn(name = "work_item_id")
    private Map<Long, BaselineSpan> spans = new HashMap<>();

    protected Baseline() {
    }

    Baseline(Project project, int number, Instant savedAt, Person savedBy, Map<Long, BaselineSpan> spans) {
        this.project = project;
        this.number = number;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.spans = new HashMap<>(spans);
    }

    int getNumber() {
        return number;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    Person getSavedBy() {
        return savedBy;
    }

    Map<Long, BaselineSpan> getSpans() {
        return spans;
    }
}
