package com.campaigntracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    // 2026: National Day holiday Oct 1–7 (Thu–Wed), make-up working day Sunday Sep 27
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(LocalDate.of(2026, 9, 27)));

    @Test
    void weekdays_work_and_weekends_rest() {
        assertThat(WorkingDayCalendar.mondayToFriday().isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue(); // Fri
        assertThat(WorkingDayCalendar.mondayToFriday().isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Sat
    }

    @Test
    void holidays_rest_and_make_up_days_work() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 27))).isTrue();
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void first_working_day_of_a_month_skips_weekend_and_holidays() {
        assertThat(WorkingDayCalendar.mondayToFriday().firstWorkingDayOf(YearMonth.of(2026, 8)))
                .isEqualTo(LocalDate.of(2026, 8, 3)); // Aug 1 is a Saturday
        assertThat(calendar.firstWorkingDayOf(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void counts_working_days_with_both_ends_included() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 9))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 26), LocalDate.of(2026, 9, 27))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 27))).isZero();
    }
}
