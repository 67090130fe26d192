package com.campaigntracker.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.WorkItemLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offsets and durations in working days land on the calendar: weekends, holidays and make-up days. */
class TemplateDatesTest {

    // 2035: National Day holidays Mon 1 – Fri 5 October, Saturday 29 September worked instead (调休)
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            List.of(LocalDate.of(2035, 10, 1), LocalDate.of(2035, 10, 2), LocalDate.of(2035, 10, 3),
                    LocalDate.of(2035, 10, 4), LocalDate.of(2035, 10, 5)),
            List.of(LocalDate.of(2035, 9, 29)));

    private static TemplateItem item(WorkItemLevel level, Integer offset, Integer duration) {
        return new TemplateItem(level, "x", null, null, offset, duration, Priority.MEDIUM, null, 10, false, false,
                null, null, null, null, null, null, null);
    }

    @Test
    void items_start_their_offset_in_working_days_after_the_start_and_skip_the_holiday_week() {
        TemplateBody body = new TemplateBody(null, null, 0, 12, null, List.of(
                item(WorkItemLevel.PHASE, null, null),
                item(WorkItemLevel.MODULE, null, null),
                item(WorkItemLevel.TASK, 0, 3),
                item(WorkItemLevel.TASK, 3, 4),
                item(WorkItemLevel.MODULE, 9, 2)));
        // Wednesday 26 September 2035
        TemplateDates dates = TemplateDates.place(body, LocalDate.of(2035, 9, 26), CALENDAR);

        assertThat(dates.start()).isEqualTo(LocalDate.of(2035, 9, 26));
        // Wed 26, Thu 27, Fri 28
        assertThat(dates.spans().get(2)).isEqualTo(span(2035, 9, 26, 2035, 9, 28));
        // the make-up Saturday 29 counts, then the holiday week is skipped: Sat 29, Mon 8, Tue 9, Wed 10
        assertThat(dates.spans().get(3)).isEqualTo(span(2035, 9, 29, 2035, 10, 10));
        // day 9 (counted from 0) is Mon 15 October: Thu 11 and Fri 12 were days 7 and 8
        assertThat(dates.spans().get(4)).isEqualTo(span(2035, 10, 15, 2035, 10, 16));
        // parents span their children
        assertThat(dates.spans().get(1)).isEqualTo(span(2035, 9, 26, 2035, 10, 10));
        assertThat(dates.spans().get(0)).isEqualTo(span(2035, 9, 26, 2035, 10, 16));
        assertThat(dates.finish()).isEqualTo(LocalDate.of(2035, 10, 16));
        assertThat(dates.committedEnd()).isEqualTo(LocalDate.of(2035, 10, 18));
    }

    @Test
    void a_start_on_a_holiday_moves_to_the_next_working_day() {
        TemplateBody body = new TemplateBody(null, null, 0, null, null, List.of(item(WorkItemLevel.TASK, 0, 1),
                item(WorkItemLevel.TASK, null, null)));
        TemplateDates dates = TemplateDates.place(body, LocalDate.of(2035, 10, 2), CALENDAR);

        assertThat(dates.start()).isEqualTo(LocalDate.of(2035, 10, 8));
        assertThat(dates.spans().get(0)).isEqualTo(span(2035, 10, 8, 2035, 10, 8));
        assertThat(dates.spans().get(1)).as("an item without dates stays without").isNull();
        assertThat(dates.committedEnd()).isNull();
    }

    private static TemplateDates.Span span(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new TemplateDates.Span(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2));
    }
}
