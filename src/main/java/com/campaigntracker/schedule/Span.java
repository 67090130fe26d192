package com.campaigntracker.schedule;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/** Planned dates of one work item. */
public record Span(long id, LocalDate start, LocalDate finish) {

    public boolean isDated() {
        return start != null && finish != null;
    }

    public int duration(WorkingDayCalendar calendar) {
        return Math.max(1, calendar.workingDaysBetween(start, finish));
    }

    /** The same number of working days, starting on {@code newStart}. */
    public Span startingOn(LocalDate newStart, WorkingDayCalendar calendar) {
        int duration = duration(calendar);
        LocalDate s = calendar.onOrAfter(newStart);
        return new Span(id, s, calendar.finishFor(s, duration));
    }
}
