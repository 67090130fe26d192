package com.campaigntracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calendar is kept between requests, and a change of its days shows at once, whoever made it. */
class WorkingCalendarServiceIT extends IntegrationTest {

    /** A Monday far from every other test's plans. */
    private static final LocalDate MONDAY = LocalDate.of(2095, 3, 7);
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_day_changed_in_the_database_by_another_instance_shows_in_the_next_calendar() {
        WorkingDayCalendar before = calendars.calendar();
        assertThat(calendars.calendar()).as("unchanged days: the calendar kept").isSameAs(before);
        assertThat(before.isWorkingDay(MONDAY)).isTrue();
        try {
            // as another instance of the app would: straight into the table, nothing this instance hears of
            jdbc.update("insert into calendar_day (day, kind, name) values (?, 'HOLIDAY', '测试假日')", MONDAY);
            assertThat(calendars.calendar().isWorkingDay(MONDAY)).isFalse();
            jdbc.update("update calendar_day set kind = 'WORKDAY' where day = ?", MONDAY);
            assertThat(calendars.calendar().isWorkingDay(MONDAY)).as("the kind changed, not the number of days").isTrue();
            jdbc.update("update calendar_day set day = ? where day = ?", SATURDAY, MONDAY);
            WorkingDayCalendar moved = calendars.calendar();
            assertThat(moved.isWorkingDay(SATURDAY)).as("the make-up workday moved to the Saturday").isTrue();
            assertThat(moved.isWorkingDay(MONDAY)).isTrue();
        } finally {
            jdbc.update("delete from calendar_day where day in (?, ?)", MONDAY, SATURDAY);
        }
        assertThat(calendars.calendar().isWorkingDay(SATURDAY)).isFalse();
    }
}
