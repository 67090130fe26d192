package com.campaigntracker.plan;

/**
 * R9, % complete and status, in one place: what a progress report stores, and what the quick-update
 * dialog shows while the user types (the dialog asks here instead of knowing the rule). Every pair the
 * dialog is shown is one that a report stores unchanged. Plain Java.
 */
public final class ProgressRule {

    private ProgressRule() {
    }

    /** A task's % complete and stored status. */
    public record Progress(int percent, ProgressStatus status) {
    }

    /**
     * What a report stores, before the A's acceptance is considered: done means 100 %; blocked stays
     * blocked; 100 % is done; above 0 % a not-started task starts. {@code said} null is a % alone (a
     * dragged bar): the status follows it, 0 % is not started, and a blocked task ({@code before}) stays blocked.
     */
    public static Progress reported(int percent, ProgressStatus said, ProgressStatus before) {
        int stored = said == ProgressStatus.DONE ? 100 : percent;
        return new Progress(stored, status(stored, said, before));
    }

    /** The user typed a %: it is reported with the status shown, except that a done task whose % drops is no longer done. */
    public static Progress percentTyped(int percent, ProgressStatus shown) {
        return shown == ProgressStatus.DONE && percent < 100
                ? reported(percent, null, shown) : reported(percent, shown, shown);
    }

    /** The user picked a status: not started is reported at 0 %, any other with the % shown. */
    public static Progress statusPicked(ProgressStatus said, int percent) {
        return reported(said == ProgressStatus.NOT_STARTED ? 0 : percent, said, said);
    }

    /**
     * A report of 100 % that comes back in progress: the task waits for its A's acceptance (no report
     * stores "in progress at 100 %" otherwise).
     */
    public static boolean awaitingAcceptance(int reportedPercent, ProgressStatus stored) {
        return reportedPercent == 100 && stored == ProgressStatus.IN_PROGRESS;
    }

    private static ProgressStatus status(int percent, ProgressStatus said, ProgressStatus before) {
        if (said == null) {
            if (percent == 100) {
                return ProgressStatus.DONE;
            }
            if (before == ProgressStatus.BLOCKED) {
                return ProgressStatus.BLOCKED;
            }
            return percent > 0 ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
        }
        if (said == ProgressStatus.BLOCKED) {
            return ProgressStatus.BLOCKED;
        }
        if (percent == 100) {
            return ProgressStatus.DONE;
        }
        return said == ProgressStatus.NOT_STARTED && percent > 0 ? ProgressStatus.IN_PROGRESS : said;
    }
}
