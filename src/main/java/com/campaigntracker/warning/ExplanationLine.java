package com.campaigntracker.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deviation explanation as lists and the forms show it.
 *
 * @param overdue        not submitted and past its 24 hours
 * @param outcome        the manager's coordination; null while it waits (or before submission)
 * @param revisionNumber the schedule revision an acceptance made
 * @param managerId      the project's manager, who coordinates it
 * @param projectClosed  its project is closed or cancelled: a record, nothing of it is written any more (M6)
 */
public record ExplanationLine(long id, long version, long warningId, WarningKind kind, long projectId,
                              String projectName, long workItemId, String taskName, Long ownerId, String ownerName,
                              Instant requestedAt, Instant dueAt, Instant submittedAt, boolean late, boolean overdue,
                              CauseType causeType, String cause, String ownerAssessment,
                              List<RemedialMeasure> measures, LocalDate proposedStart, LocalDate proposedFinish,
                              ExplanationOutcome outcome, Instant decidedAt, String decisionComment,
                              LocalDate acceptedStart, LocalDate acceptedFinish, Integer revisionNumber,
                              Long managerId, boolean editable, boolean projectClosed) {

    /** Where an explanation stands, in the order the lists group them. */
    public enum State {
        OVERDUE, DUE, AWAITING_COORDINATION, REJECTED, ACCEPTED;

        public String messageKey() {
            return "explanation.state." + name();
        }
    }

    public State state() {
        if (submittedAt == null) {
            return overdue ? State.OVERDUE : State.DUE;
        }
        return outcome == null ? State.AWAITING_COORDINATION
                : outcome == ExplanationOutcome.ACCEPTED ? State.ACCEPTED : State.REJECTED;
    }
}
