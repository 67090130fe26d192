package com.campaigntracker.tracking;

import com.campaigntracker.plan.ProjectSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The weekly digest for the weekly meeting (周例会, R19): key tasks' progress against expected, what
 * slipped, what is blocked, open risks, overdue updates, and next week's milestones.
 *
 * @param weekOf Monday of the week it covers
 */
public record WeeklyDigest(ProjectSummary project, LocalDate weekOf, Instant generatedAt, List<KeyTask> keyTasks,
                           List<TrackedTask> slipped, List<TrackedTask> blocked, List<RiskLine> openRisks,
                           List<TrackedTask> overdueUpdates, List<TrackedTask> nextMilestones, Integer finishSlip) {

    /** A critical or key task with its actual and expected % today. */
    public record KeyTask(TrackedTask task, int expected) {
    }
}
