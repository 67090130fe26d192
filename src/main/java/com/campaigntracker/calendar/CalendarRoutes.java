package com.campaigntracker.calendar;

/** Where the calendar's pages live, for links from notices and other modules. */
public final class CalendarRoutes {

    public static final String CALENDAR = "admin/calendar";

    private CalendarRoutes() {
    }

    /** The calendar page opened at a year. */
    public static String year(int year) {
        return CALENDAR + "?year=" + year;
    }
}
