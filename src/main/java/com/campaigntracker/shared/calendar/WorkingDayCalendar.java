package com.campaigntracker.shared.calendar;

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
