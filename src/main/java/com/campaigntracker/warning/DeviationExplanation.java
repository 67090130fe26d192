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

    /** The manager's coordination: accepted or rejected; null while it waits (R12). */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ExplanationOutcome outcome;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decision_comment", length = 1000)
    private String decisionComment;

    @Column(name = "accepted_start")
    private LocalDate acceptedStart;

    @Column(name = "accepted_finish")
    private LocalDate acceptedFinish;

    /** The schedule revision the accepted dates made. */
    @Column(name = "revision_number")
    private Integer revisionNumber;

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

    void accept(LocalDate start, LocalDate finish, Integer revision, String comment, Instant at, Long by) {
        decide(ExplanationOutcome.ACCEPTED, comment, at, by);
        acceptedStart = start;
        acceptedFinish = finish;
        revisionNumber = revision;
    }

    void reject(String comment, Instant at, Long by) {
        decide(ExplanationOutcome.REJECTED, comment, at, by);
    }

    private void decide(ExplanationOutcome decided, String comment, Instant at, Long by) {
        outcome = decided;
        decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        decidedAt = at;
        decidedById = by;
    }

    /** Given and not yet decided: the manager's coordination is pending. */
    boolean awaitsCoordination() {
        return submittedAt != null && outcome == null;
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

    ExplanationOutcome getOutcome() {
        return outcome;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    LocalDate getAcceptedStart() {
        return acceptedStart;
    }

    LocalDate getAcceptedFinish() {
        return acceptedFinish;
    }

    Integer getRevisionNumber() {
        return revisionNumber;
    }

    List<RemedialMeasure> getMeasures() {
        return List.copyOf(measures);
    }
}
