package com.campaigntracker.warning;

import java.time.Instant;

/**
 * An open warning as lists show it.
 *
 * @param explanationDue its task's R owes a deviation explanation (R11)
 */
public record WarningLine(long id, long projectId, String projectName, long workItemId, String taskWbs, String taskName,
                          Long ownerId, String ownerName, WarningKind kind, Instant raisedAt, boolean explanationDue) {
}
