package com.campaigntracker.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deviation explanation as lists and the form show it.
 *
 * @param overdue not submitted and past its 24 hours
 */
public record ExplanationLine(long id, long version, long warningId, WarningKind kind, long projectId,
                              String projectName, long workItemId, String taskName, Long ownerId, String ownerName,
                              Instant requestedAt, Instant dueAt, Instant submittedAt, boolean late, boolean overdue,
                              CauseType causeType, String cause, String ownerAssessment,
                              List<RemedialMeasure> measures, LocalDate proposedStart, LocalDate proposedFinish) {
}
