package com.campaigntracker.warning;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 偏差说明 (R11): asked of the task's R when a high warning is raised, due 24 hours later; later is marked late. */
@Entity
@Table(name = "deviation_explanation")
class DeviationExplanation extends AbstractEntity {

    @Column(name = "warning_id", nullable = false, updatable = false)
    private long warningId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "work_item_id", nullable = false, updatable = false)
    private long workItemId;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by_id")
    private Long submittedById;

    @Column(nullable = false)
    private boolean late;

    /** The manager was told that the 24 hours passed without an explanation. */
    @Column(name = "overdue_told", nullable = false)
    private boolean overdueTold;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_type", length = 10)
    private CauseType causeType;

    @Column(length = 2000)
    private String cause;

    @Column(name = "owner_assessment", length = 2000)
    private String ownerAssessment;

    @Column(name = "proposed_start")
    private LocalDate proposedStart;

    @Column(name = "proposed_finish")
    private LocalDate proposedFinish;

    @ElementCollection
    @CollectionTable(name = "remedial_measure", joinColumns = @JoinColumn(name = "explanation_id"))
    @OrderColumn(name = "position")
    private List<RemedialMeasure> measures = new ArrayList<>();

    protected DeviationExplanation() {
    }

    DeviationExplanation(long warningId, long projectId, long workItemId, Instant requestedAt, Instant dueAt) {
        this.warningId = warningId;
        this.projectId = projectId;
        this.workItemId = workItemId;
        this.requestedAt = requestedAt;
        this.dueAt = dueAt;
    }

    void submit(ExplanationForm form, Instant at, Long by) {
        causeType = form.causeType();
        cause = form.cause().strip();
        ownerAssessment = form.ownerAssessment() == null || form.ownerAssessment().isBlank() ? null
                : form.ownerAssessment().strip();
        proposedStart = form.proposedStart();
        proposedFinish = form.proposedFinish();
        measures.clear();
        form.measures().forEach(m -> measures.add(new RemedialMeasure(m.getDescription().strip(), m.getOwnerId(),
                m.getDueOn())));
        submittedAt = at;
        submittedById = by;
        late = at.isAfter(dueAt);
    }

    void overdueTold() {
        overdueTold = true;
    }

    long getWarningId() {
        return warningId;
    }

    long getProjectId() {
        return projectId;
    }

    long getWorkItemId() {
        return workItemId;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean isLate() {
        return late;
    }

    CauseType getCauseType() {
        return causeType;
    }

    String getCause() {
        return cause;
    }

    String getOwnerAssessment() {
        return ownerAssessment;
    }

    LocalDate getProposedStart() {
        return proposedStart;
    }

    LocalDate getProposedFinish() {
        return proposedFinish;
    }

    List<RemedialMeasure> getMeasures() {
        return List.copyOf(measures);
    }
}
