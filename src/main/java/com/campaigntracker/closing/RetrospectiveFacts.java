package com.campaigntracker.closing;

/**
 * The facts of a project's run, counted by the system so that the team discusses rather than counts.
 *
 * @param onTimeRate         % of finished tasks finished by their planned finish; null when none finished
 * @param lateTasks          tasks finished after their planned finish, or still open past it
 * @param delayDays          working days those tasks were (or are) late, together
 * @param explanationsOnTime deviation explanations given within their 24 hours
 */
public record RetrospectiveFacts(int tasks, int finished, int finishedOnTime, Integer onTimeRate, int lateTasks,
                                 int delayDays, int warnings, int explanations, int explanationsOnTime,
                                 int escalations) {
}
