package com.campaigntracker.tracking;

import java.time.Instant;

/**
 * A task's update obligation at one moment.
 *
 * @param due      when the next update is due, null when none is (the task has no start yet)
 * @param dueToday due before the end of today's working day and not late yet
 * @param overdue  the deadline has passed without an update: "update overdue" since {@code due}
 */
public record UpdateState(Cadence cadence, Instant due, boolean dueToday, boolean overdue) {

    /** Nothing to report: finished tasks and tasks of projects not running. */
    public static UpdateState none(Cadence cadence) {
        return new UpdateState(cadence, null, false, false);
    }
}
