package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * 应急缓冲期 (R18): working days kept free between the plan's finish and the committed end date.
 * A schedule that slips eats into it; past the committed end it is overrun.
 *
 * @param days     the buffer the project keeps
 * @param usedDays how much of it the current schedule uses (more than {@code days} when overrun)
 */
public record EmergencyBuffer(int days, int usedDays) {

    /** Empty when the project has no committed end or no dated plan. */
    static EmergencyBuffer of(LocalDate planFinish, LocalDate committedEnd, int days, WorkingDayCalendar calendar) {
        if (planFinish == null || committedEnd == null) {
            return null;
        }
        int slack = planFinish.isBefore(committedEnd)
                ? calendar.workingDaysBetween(planFinish.plusDays(1), committedEnd)
                : -calendar.workingDaysBetween(committedEnd.plusDays(1), planFinish);
        return new EmergencyBuffer(days, Math.max(0, days - slack));
    }

    public boolean overrun() {
        return usedDays > days;
    }

    public int percentUsed() {
        return days == 0 ? (usedDays > 0 ? 100 : 0) : Math.round(100f * usedDays / days);
    }
}
