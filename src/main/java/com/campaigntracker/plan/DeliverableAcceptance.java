package com.campaigntracker.plan;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A finished task waiting for its A: asked once, decided once (accepted, or rejected with a comment). */
@Entity
@Table(name = "deliverable_acceptance")
class DeliverableAcceptance extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_item_id", nullable = false, updatable = false)
    private WorkItem workItem;

    /** The day the R finished: the actual finish once accepted. */
    @Column(name = "finished_on", nullable = false, updatable = false)
    private LocalDate finishedOn;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by_id", updatable = false)
    private Long requestedById;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_id")
    private Long decidedById;

    private Boolean accepted;

    @Column(length = 2000)
    private String comment;

    @ElementCollection
    @CollectionTable(name = "deliverable_acceptance_file", joinColumns = @JoinColumn(name = "acceptance_id"))
    @OrderBy("name, version")
    private List<JudgedFile> judged = new ArrayList<>();

    protected DeliverableAcceptance() {
    }

    DeliverableAcceptance(WorkItem workItem, LocalDate finishedOn, Instant requestedAt, Long requestedById) {
        this.workItem = workItem;
        this.finishedOn = finishedOn;
        this.requestedAt = requestedAt;
        this.requestedById = requestedById;
    }

    void decide(boolean accepted, String comment, Instant at, Long by, List<JudgedFile> files) {
        if (decidedAt != null) {
            throw new IllegalStateException("Already decided");
        }
        this.judged.addAll(files);
        this.accepted = accepted;
        this.comment = comment;
        this.decidedAt = at;
        this.decidedById = by;
    }

    /** The file versions the A saw when deciding. */
    List<JudgedFile> getJudged() {
        return List.copyOf(judged);
    }

    WorkItem getWorkItem() {
        return workItem;
    }

    LocalDate getFinishedOn() {
        return finishedOn;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Long getRequestedById() {
        return requestedById;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Long getDecidedById() {
        return decidedById;
    }

    Boolean getAccepted() {
        return accepted;
    }

    String getComment() {
        return comment;
    }
}
