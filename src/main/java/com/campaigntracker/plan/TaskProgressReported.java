package com.campaigntracker.plan;

import java.time.Instant;

/**
 * A task's progress as it stands after an update (published inside the updating transaction, so a
 * listener's record commits or rolls back with it).
 *
 * @param by the person who reported, null for the system
 */
public record TaskProgressReported(long projectId, String projectName, long workItemId, String workItemName, Long by, Instant at, int percent,
                                   ProgressStatus status, String blockedReason, String note,
                                   ProgressSource source, boolean awaitingAcceptance) {
}
