package com.campaigntracker.tracking;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a task's next progress update is due (R8), on the working-day calendar: at the end of the
 * working day that lies the cadence's working days after the day of the last update (an update on a
 * day off counts for the working day before it). Before the first update the count starts on the
 * day the task started, or was planned to start, which counts as the first day: a daily task is due
 * at the end of its first day.
 */
public final class UpdateDeadlines {

    private final WorkingDayCalendar calendar;
    private final LocalTime endOfDay;
    private final ZoneId zone;

    public UpdateDeadlines(WorkingDayCalendar calendar, LocalTime endOfDay, ZoneId zone) {
        this.calendar = calendar;
        this.endOfDay = endOfDay;
        this.zone = zone;
    }

    /**
     * @param lastUpdate the last update, or null
     * @param start      the actual start, else the planned start; null: nothing is due
     */
    public Instant nextDue(Cadence cadence, Instant lastUpdate, LocalDate start) {
        LocalDate day;
        if (lastUpdate != null) {
            day = calendar.shift(calendar.onOrBefore(lastUpdate.atZone(zone).toLocalDate()), cadence.workingDays());
        } else if (start != null) {
            day = calendar.shift(start, cadence.workingDays() - 1);
        } else {
            return null;
        }
        return endOf(day);
    }

    /** Where the task stands at {@code now}: due later, due today, or overdue since the deadline. */
    public UpdateState state(Cadence cadence, Instant lastUpdate, LocalDate start, Instant now) {
        Instant due = nextDue(cadence, lastUpdate, start);
        if (due == null) {
            return new UpdateState(cadence, null, false, false);
        }
        boolean overdue = now.isAfter(due);
        boolean today = !overdue && due.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return new UpdateState(cadence, due, today, overdue);
    }

    /** The end of the working day on {@code day}, in the organisation's time zone. */
    public Instant endOf(LocalDate day) {
        return day.atTime(endOfDay).atZone(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working days the deadlines count on. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
