package com.campaigntracker.warning;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** 协调会: a meeting the manager held about a deviation — when, who attended, what was concluded. */
@Entity
@Table(name = "coordination_meeting")
class CoordinationMeeting extends AbstractEntity {

    @Column(name = "explanation_id", nullable = false, updatable = false)
    private long explanationId;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false, length = 2000)
    private String conclusion;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by_id", updatable = false)
    private Long recordedById;

    @ElementCollection
    @CollectionTable(name = "coordination_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "person_id")
    private Set<Long> attendeeIds = new LinkedHashSet<>();

    protected CoordinationMeeting() {
    }

    CoordinationMeeting(long explanationId, LocalDate heldOn, Set<Long> attendeeIds, String conclusion,
                        Instant recordedAt, Long recordedById) {
        this.explanationId = explanationId;
        this.heldOn = heldOn;
        this.attendeeIds = new LinkedHashSet<>(attendeeIds);
        this.conclusion = conclusion;
        this.recordedAt = recordedAt;
        this.recordedById = recordedById;
    }

    long getExplanationId() {
        return explanationId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getConclusion() {
        return conclusion;
    }

    Set<Long> getAttendeeIds() {
        return Set.copyOf(attendeeIds);
    }
}
