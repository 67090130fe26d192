package com.campaigntracker.plan;

import static com.campaigntracker.plan.DisplayStatus.BLOCKED;
import static com.campaigntracker.plan.DisplayStatus.DELAYED;
import static com.campaigntracker.plan.DisplayStatus.DONE;
import static com.campaigntracker.plan.DisplayStatus.IN_PROGRESS;
import static com.campaigntracker.plan.DisplayStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRollupTest {

    private static WorkItemRow row(LocalDate start, LocalDate finish, int percent) {
        return new WorkItemRow(0, 0, "1", WorkItemLevel.TASK, "t", null, null, null, null, start, finish, null, null,
                null, IN_PROGRESS, ProgressStatus.IN_PROGRESS, null, percent, null, null, Priority.MEDIUM, null, 10, false, false, List.of(), List.of(),
                List.of());
    }

    @Test
    void percent_complete_is_weighted_by_planned_working_days() {
        // 10 working days at 100 % and 5 working days at 10 %: (1000 + 50) / 15 = 70
        WorkItemRow long_ = row(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 18), 100);
        WorkItemRow short_ = row(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 25), 10);
        assertThat(ProgressRollup.percent(List.of(long_, short_), WorkingDayCalendar.mondayToFriday())).isEqualTo(70);
    }

    @Test
    void an_item_without_dates_weighs_one_day_and_no_children_means_zero() {
        assertThat(ProgressRollup.percent(List.of(row(null, null, 40), row(null, null, 60)),
                WorkingDayCalendar.mondayToFriday())).isEqualTo(50);
        assertThat(ProgressRollup.percent(List.of(), WorkingDayCalendar.mondayToFriday())).isZero();
    }

    @Test
    void status_is_the_worst_child() {
        assertThat(ProgressRollup.status(List.of(DONE, IN_PROGRESS, DELAYED, BLOCKED))).isEqualTo(DELAYED);
        assertThat(ProgressRollup.status(List.of(DONE, BLOCKED, NOT_STARTED))).isEqualTo(BLOCKED);
        assertThat(ProgressRollup.status(List.of(DONE, NOT_STARTED))).isEqualTo(IN_PROGRESS);
        assertThat(ProgressRollup.status(List.of(DONE, DONE))).isEqualTo(DONE);
        assertThat(ProgressRollup.status(List.of(NOT_STARTED, NOT_STARTED))).isEqualTo(NOT_STARTED);
    }
}
