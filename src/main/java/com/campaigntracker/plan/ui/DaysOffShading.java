package com.campaigntracker.plan.ui;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.shared.time.DateWindow;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar's days off around a plan, shaded on the chart's day scale. Whole years are sent, and
 * sent again only when the years or the calendar change: a drag rarely does either.
 */
final class DaysOffShading implements Serializable {

    /** Years of weekends and holidays sent to the chart at most: a plan's scale, not a century. */
    private static final int SHADED_YEARS = 12;

    /** The years of days off last sent, and the calendar they came from. */
    private LocalDate shadedFrom;
    private LocalDate shadedTo;
    private WorkingDayCalendar shadedCalendar;

    void shade(Gantt gantt, Timeline timeline) {
        LocalDate first = TimelineChartData.earliest(timeline);
        LocalDate last = TimelineChartData.latest(timeline);
        if (first != null && last != null) {
            // whole years around the plan: a drag rarely changes them, so the options rarely travel again;
            // never beyond the dates a plan may hold, nor more years than a chart's scale shows
            LocalDate from = max(DateWindow.MIN, min(DateWindow.MAX, first).withDayOfYear(1).minusYears(1));
            LocalDate to = min(DateWindow.MAX, max(from, last).withMonth(12).withDayOfMonth(31).plusYears(1));
            to = min(to, from.plusYears(SHADED_YEARS).minusDays(1));
            if (from.equals(shadedFrom) && to.equals(shadedTo) && timeline.calendar() == shadedCalendar) {
                return; // the same years of the same calendar: the same days
            }
            List<LocalDate> off = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (!timeline.calendar().isWorkingDay(d)) {
                    off.add(d);
                }
            }
            gantt.setNonWorkingDays(off);
            shadedFrom = from;
            shadedTo = to;
            shadedCalendar = timeline.calendar();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
