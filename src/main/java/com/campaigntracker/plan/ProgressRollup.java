package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** How a parent sums up its children (R1): % weighted by planned working days, status the worst. */
public final class ProgressRollup {

    private ProgressRollup() {
    }

    /** Duration-weighted mean; a child without planned dates weighs one day. */
    public static int percent(List<WorkItemRow> children, WorkingDayCalendar calendar) {
        long weighted = 0;
        long total = 0;
        for (WorkItemRow child : children) {
            int weight = weight(child.plannedStart(), child.plannedFinish(), calendar);
            weighted += (long) weight * child.percentComplete();
            total += weight;
        }
        return total == 0 ? 0 : (int) Math.round((double) weighted / total);
    }

    /**
     * Delayed beats blocked beats everything; all done is done, all untouched is not started, and
     * any mixture is in progress.
     */
    public static DisplayStatus status(Collection<DisplayStatus> children) {
        if (children.contains(DisplayStatus.DELAYED)) {
            return DisplayStatus.DELAYED;
        }
        if (children.contains(DisplayStatus.BLOCKED)) {
            return DisplayStatus.BLOCKED;
        }
        if (children.isEmpty() || children.stream().allMatch(s -> s == DisplayStatus.NOT_STARTED)) {
            return DisplayStatus.NOT_STARTED;
        }
        if (children.stream().allMatch(s -> s == DisplayStatus.DONE)) {
            return DisplayStatus.DONE;
        }
        return DisplayStatus.IN_PROGRESS;
    }

    private static int weight(LocalDate start, LocalDate finish, WorkingDayCalendar calendar) {
        if (start == null || finish == null) {
            return 1;
        }
        return Math.max(1, calendar.workingDaysBetween(start, finish));
    }
}
