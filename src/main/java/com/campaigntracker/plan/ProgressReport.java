package com.campaigntracker.plan;

/**
 * What an owner reports on a task: % complete and, when they say it, the status (null: follows the
 * %), why it is blocked, and a note for the history.
 */
public record ProgressReport(int percent, ProgressStatus status, String blockedReason, String note,
                             ProgressSource source) {

    public static final int NOTE_MAX = 2000;

    /** A % dragged on a Gantt bar: no status, no note. */
    public static ProgressReport dragged(int percent) {
        return new ProgressReport(percent, null, null, null, ProgressSource.CHART);
    }
}
