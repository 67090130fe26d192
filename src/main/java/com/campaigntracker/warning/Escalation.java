package com.campaigntracker.warning;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 重大风险上报 (R13): a deviation that threatens the campaign's goal, sent to the head of the project's
 * department, due 24 hours later; the head's decision stays with the project.
 */
@Entity
@Table(name = "escalation")
class Escalation extends AbstractEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "explanation_id", nullable = false, updatable = false)
    private long explanationId;

    @Column(name = "work_item_id", nullable = false, updatable = false)
    private long workItemId;

    /** null when the project's department has no head: administrators take it then. */
    @Column(name = "head_id", updatable = false)
    private Long headId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private EscalationReason reason;

    @Column(name = "finish_slip", nullable = false, updatable = false)
    private int finishSlip;

    /** Names of the milestones that would move, as they were named then. */
    @Column(updatable = false, length = 1000)
    private String milestones;

    /** The manager's words when marking the deviation major. */
    @Column(updatable = false, length = 1000)
    private String note;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "raised_by_id", updatable = false)
    private Long raisedById;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "overdue_told", nullable = false)
    private boolean overdueTold;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type", length = 20)
    private EscalationDecision decisionType;

    @Column(length = 2000)
    private String decision;

    protected Escalation() {
    }

    Escalation(DeviationExplanation explanation, Long headId, EscalationReason reason, int finishSlip,
               String milestones, String note, Instant raisedAt, Long raisedById, Instant dueAt) {
        this.projectId = explanation.getProjectId();
        this.explanationId = explanation.getId();
        this.workItemId = explanation.getWorkItemId();
        this.headId = headId;
        this.reason = reason;
        this.finishSlip = finishSlip;
        this.milestones = milestones;
        this.note = note;
        this.raisedAt = raisedAt;
        this.raisedById = raisedById;
        this.dueAt = dueAt;
    }

    void decide(EscalationDecision type, String text, Instant at, Long by) {
        decisionType = type;
        decision = text.strip();
        decidedAt = at;
        decidedById = by;
    }

    void overdueTold() {
        overdueTold = true;
    }

    boolean isOpen() {
        return decidedAt == null;
    }

    /** Undecided past its 24 hours, or decided after them. */
    boolean isLate(Instant now) {
        return decidedAt == null ? now.isAfter(dueAt) : decidedAt.isAfter(dueAt);
    }

    long getProjectId() {
        return projectId;
    }

    long getExplanationId() {
        return explanationId;
    }

    long getWorkItemId() {
        return workItemId;
    }

    Long getHeadId() {
        return headId;
    }

    EscalationReason getReason() {
        return reason;
    }

    int getFinishSlip() {
        return finishSlip;
    }

    String getMilestones() {
        return milestones;
    }

    String getNote() {
        return note;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Long getDecidedById() {
        return decidedById;
    }

    EscalationDecision getDecisionType() {
        return decisionType;
    }

    String getDecision() {
        return decision;
    }
}
