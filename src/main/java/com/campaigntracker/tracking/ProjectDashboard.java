package com.campaigntracker.tracking;

import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.ProjectSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project's figures for its dashboard and its line in the portfolio.
 *
 * @param onTimeRate    % of finished tasks finished by their planned finish; null when none finished
 * @param finishSlip    working days the planned finish lies after the latest baseline's (negative: earlier); null without baseline
 * @param burnUp        planned and actual % complete at each weekly checkpoint, and today
 * @param retrospectiveDue when the closed project's retrospective is due (R14); null when none is pending
 */
public record ProjectDashboard(ProjectSummary project, Health health, int tasks, Map<DisplayStatus, Integer> byStatus,
                               int finished, int finishedOnTime, Integer onTimeRate, int overdueUpdates,
                               int lateTasks, int blockedTasks, int openRisks, int highRisks, MonitoringFigures monitoring,
                               Integer finishSlip,
                               List<Milestone> nextMilestones, List<BurnUpPoint> burnUp,
                               java.time.Instant retrospectiveDue) {

    /** R14: the retrospective is still to be submitted and its due moment has passed. */
    public boolean retrospectiveOverdue(java.time.Instant now) {
        return RetrospectivesDue.overdue(retrospectiveDue, now);
    }

    /** A milestone still ahead: its date and status. */
    public record Milestone(long id, String wbs, String name, LocalDate date, DisplayStatus status) {
    }

    /** @param actual null for days still ahead */
    public record BurnUpPoint(LocalDate day, int planned, Integer actual) {
    }
}
