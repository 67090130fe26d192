package com.campaigntracker.archive;

/**
 * One archived campaign's figures for comparing it with others.
 *
 * @param plannedDays  working days from the baseline's first start to its last finish
 * @param actualDays   working days from the first actual start to the last actual finish
 * @param averageDelay working days late per late task (0 when none was late)
 * @param ratings      progress control, risk response, responsibility division (1–5, null when not rated)
 * @param archiveVersions how many versions the project has in the archive ({@code archiveNumber} is the one used:
 *                     the latest); more than one means it was regenerated, e.g. after a reopening (M6)
 */
public record CampaignFigures(long projectId, String projectName, int archiveNumber, int plannedDays,
                              int actualDays, Integer onTimeRate, double averageDelay, int tasks,
                              double warningsPerTask, int explanations, int explanationsOnTime, int escalations,
                              Integer progressRating, Integer riskRating, Integer responsibilityRating,
                              int archiveVersions) {
}
