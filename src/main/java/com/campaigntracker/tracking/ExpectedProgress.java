package com.campaigntracker.tracking;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/** Expected % complete on a day: the share of the task's planned working days that have elapsed by its end. */
public final class ExpectedProgress {

    private ExpectedProgress() {
    }

    /** 0 before the planned start, 100 from the planned finish on; whole percent, rounded down. */
    public static int on(LocalDate day, LocalDate plannedStart, LocalDate plannedFinish, WorkingDayCalendar calendar) {
        if (plannedStart == null || plannedFinish == null || day.isBefore(plannedStart)) {
            return 0;
        }
        if (!day.isBefore(plannedFinish)) {
            return 100;
        }
        int total = calendar.workingDaysBetween(plannedStart, plannedFinish);
        if (total == 0) {
            return 100;
        }
        return calendar.workingDaysBetween(plannedStart, day) * 100 / total;
    }
}
