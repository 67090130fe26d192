package com.campaigntracker.warning;

import java.time.Instant;

/**
 * An escalation as the head's inbox and the project's lists show it.
 *
 * @param late undecided past its 24 hours, or decided after them
 * @param mine the signed-in person is the one to decide it
 */
public record EscalationLine(long id, long version, long projectId, String projectName, long workItemId,
                             String taskName, EscalationReason reason, int finishSlip, String milestones, String note,
                             Long headId, String headName, Instant raisedAt, Instant dueAt, Instant decidedAt,
                             String decidedByName, EscalationDecision decisionType, String decision, boolean late,
                             boolean mine, long explanationId) {

    public boolean open() {
        return decidedAt == null;
    }
}
