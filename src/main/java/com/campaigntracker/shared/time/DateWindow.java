package com.campaigntracker.shared.time;

import java.time.LocalDate;

/**
 * The one window every date a user can give lies in (2000-01-01 .. 2099-12-31): a forged
 * {@code +99999-12-31} from a date picker or a Gantt drag would otherwise cost hours of working-day
 * arithmetic and hang every page showing it. Services check it; date pickers show it as min/max.
 */
public final class DateWindow {

    public static final LocalDate MIN = LocalDate.of(2000, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2099, 12, 31);

    private DateWindow() {
    }

    public static boolean contains(LocalDate day) {
        return day != null && !day.isBefore(MIN) && !day.isAfter(MAX);
    }

    /**
     * Refuses a date outside the window; {@code null} passes (whether a date is required is each
     * service's own rule).
     *
     * @param field the translation key of the field's label, shown in the refusal
     * @return the date itself
     */
    public static LocalDate require(LocalDate day, String field) {
        if (day != null && !contains(day)) {
            throw new DateOutOfWindowException(field, day);
        }
        return day;
    }

    /** Both ends of a span. */
    public static void require(LocalDate start, String startField, LocalDate finish, String finishField) {
        require(start, startField);
        require(finish, finishField);
    }
}
