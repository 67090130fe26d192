package com.campaigntracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateDeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 2026-10-01..07 National Day holidays, Sunday 2026-09-27 and Saturday 2026-10-10 make-up working days
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)));
    private static final UpdateDeadlines DEADLINES = new UpdateDeadlines(CALENDAR, LocalTime.of(18, 0), SHANGHAI);

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void a_daily_task_updated_this_morning_is_due_at_the_end_of_the_next_working_day() {
        // Tuesday 2026-11-24 at 10:00 → Wednesday 18:00
        assertThat(DEADLINES.nextDue(Cadence.DAILY, at(11, 24, 10, 0), LocalDate.of(2026, 11, 2)))
                .isEqualTo(at(11, 25, 18, 0));
    }

    @Test
    void a_daily_update_is_overdue_one_minute_after_the_end_of_the_working_day_not_before() {
        Instant last = at(11, 24, 10, 0);
        UpdateState before = DEADLINES.state(Cadence.DAILY, last, LocalDate.of(2026, 11, 2), at(11, 25, 18, 0));
        assertThat(before.dueToday()).isTrue();
        assertThat(before.overdue()).isFalse();
        UpdateState after = DEADLINES.state(Cadence.DAILY, last, LocalDate.of(2026, 11, 2), at(11, 25, 18, 1));
        assertThat(after.overdue()).isTrue();
        assertThat(after.due()).isEqualTo(at(11, 25, 18, 0));
        assertThat(after.dueToday()).isFalse();
    }

    @Test
    void a_friday_daily_update_is_next_due_on_monday_not_over_the_weekend() {
        assertThat(DEADLINES.nextDue(Cadence.DAILY, at(11, 27, 17, 0), LocalDate.of(2026, 11, 2)))
                .isEqualTo(at(11, 30, 18, 0));
        // on Sunday nothing is overdue yet
        assertThat(DEADLINES.state(Cadence.DAILY, at(11, 27, 17, 0), LocalDate.of(2026, 11, 2), at(11, 29, 20, 0))
                .overdue()).isFalse();
    }

    @Test
    void holidays_do_not_count_and_make_up_working_days_do() {
        // Wednesday 2026-09-30 → next working day is Thursday 10-08 (10-01..07 holidays and weekend)
        assertThat(DEADLINES.nextDue(Cadence.DAILY, at(9, 30, 11, 0), LocalDate.of(2026, 9, 1)))
                .isEqualTo(at(10, 8, 18, 0));
        // Friday 2026-09-25 → Sunday 09-27 is a make-up working day
        assertThat(DEADLINES.nextDue(Cadence.DAILY, at(9, 25, 11, 0), LocalDate.of(2026, 9, 1)))
                .isEqualTo(at(9, 27, 18, 0));
        // weekly from Thursday 10-08: 10-09, 10-10 (make-up Saturday), 10-12, 10-13, 10-14
        assertThat(DEADLINES.nextDue(Cadence.WEEKLY, at(10, 8, 9, 0), LocalDate.of(2026, 9, 1)))
                .isEqualTo(at(10, 14, 18, 0));
    }

    @Test
    void weekly_and_biweekly_count_five_and_ten_working_days() {
        Instant monday = at(11, 16, 9, 0);
        assertThat(DEADLINES.nextDue(Cadence.WEEKLY, monday, LocalDate.of(2026, 11, 2))).isEqualTo(at(11, 23, 18, 0));
        assertThat(DEADLINES.nextDue(Cadence.BIWEEKLY, monday, LocalDate.of(2026, 11, 2))).isEqualTo(at(11, 30, 18, 0));
    }

    @Test
    void before_the_first_update_the_count_starts_on_the_start_day() {
        LocalDate mondayStart = LocalDate.of(2026, 11, 23);
        assertThat(DEADLINES.nextDue(Cadence.DAILY, null, mondayStart)).isEqualTo(at(11, 23, 18, 0));
        assertThat(DEADLINES.nextDue(Cadence.WEEKLY, null, mondayStart)).isEqualTo(at(11, 27, 18, 0));
        // a task planned to start on a Saturday counts from Monday
        assertThat(DEADLINES.nextDue(Cadence.DAILY, null, LocalDate.of(2026, 11, 21))).isEqualTo(at(11, 23, 18, 0));
        assertThat(DEADLINES.nextDue(Cadence.DAILY, null, null)).isNull();
        assertThat(DEADLINES.state(Cadence.DAILY, null, null, at(11, 23, 19, 0)).overdue()).isFalse();
    }

    @Test
    void an_update_made_on_a_day_off_counts_for_the_working_day_before() {
        // Saturday 11-28 counts for Friday 11-27: due Monday 11-30
        assertThat(DEADLINES.nextDue(Cadence.DAILY, at(11, 28, 10, 0), LocalDate.of(2026, 11, 2)))
                .isEqualTo(at(11, 30, 18, 0));
    }

    @Test
    void the_end_of_the_working_day_is_configurable() {
        UpdateDeadlines early = new UpdateDeadlines(CALENDAR, LocalTime.of(17, 30), SHANGHAI);
        assertThat(early.state(Cadence.DAILY, at(11, 24, 10, 0), LocalDate.of(2026, 11, 2), at(11, 25, 17, 45))
                .overdue()).isTrue();
        assertThat(DEADLINES.state(Cadence.DAILY, at(11, 24, 10, 0), LocalDate.of(2026, 11, 2), at(11, 25, 17, 45))
                .overdue()).isFalse();
    }
}
