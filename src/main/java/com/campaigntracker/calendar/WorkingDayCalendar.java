package com.campaigntracker.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;

/**
 * Working days (R16): Monday to Friday, minus holidays, plus make-up working days (调休) that fall
 * on a weekend. Immutable; the organisation's calendar is loaded into one of these.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar MONDAY_TO_FRIDAY = new WorkingDayCalendar(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkingDayCalendar(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public static WorkingDayCalendar mondayToFriday() {
        return MONDAY_TO_FRIDAY;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The day itself when it is a working day, else the working day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * The working day {@code n} working days after {@code day} (before it when negative); with 0,
     * the day itself or the next working day.
     */
    public LocalDate shift(LocalDate day, int n) {
        LocalDate d = n >= 0 ? onOrAfter(day) : onOrBefore(day);
        int step = n >= 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; left--) {
            do {
                d = d.plusDays(step);
            } while (!isWorkingDay(d));
        }
        return d;
    }

    /** Last day of a span of {@code duration} working days (at least 1) that starts on {@code start}. */
    public LocalDate finishFor(LocalDate start, int duration) {
        return shift(start, Math.max(1, duration) - 1);
    }

    /** First day of a span of {@code duration} working days (at least 1) that ends on {@code finish}. */
    public LocalDate startFor(LocalDate finish, int duration) {
        return shift(finish, -(Math.max(1, duration) - 1));
    }

    public LocalDate firstWorkingDayOf(YearMonth month) {
        return onOrAfter(month.atDay(1));
    }

    /** Working days from start to finish, both included; 0 when finish is before start. */
    public int workingDaysBetween(LocalDate start, LocalDate finish) {
        int count = 0;
        for (LocalDate d = start; !d.isAfter(finish); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
