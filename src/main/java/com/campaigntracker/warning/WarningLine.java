package com.campaigntracker.warning;

import java.time.Instant;

/** An open warning as lists show it. */
public record WarningLine(long id, long projectId, String projectName, long workItemId, String taskWbs, String taskName,
                          Long ownerId, String ownerName, WarningKind kind, Instant raisedAt) {
}
