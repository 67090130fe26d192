package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.warning.WarningRules.Checkpoint;
import com.campaigntracker.warning.WarningRules.Facts;
import com.campaigntracker.warning.WarningRules.Settings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningRulesTest {

    private static final WorkingDayCalendar CAL = new WorkingDayCalendar(List.of(LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(LocalDate.of(2026, 10, 10)));
    private static final Settings DEFAULTS = new Settings(0, 3);
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);

    private static Facts open(LocalDate plannedFinish) {
        return new Facts(plannedFinish, null, false, false, null, List.of(), 0, 0);
    }

    @Test
    void an_open_task_warns_late_from_the_second_working_day_after_its_planned_finish() {
        assertThat(WarningRules.holding(open(MON), MON, CAL, DEFAULTS)).isEmpty();
        assertThat(WarningRules.holding(open(MON), MON.plusDays(1), CAL, DEFAULTS)).isEmpty(); // one day: not more
        assertThat(WarningRules.holding(open(MON), MON.plusDays(2), CAL, DEFAULTS)).containsExactly(WarningKind.LATE);
    }

    @Test
    void a_weekend_or_holiday_after_the_planned_finish_does_not_count() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(WarningRules.holding(open(friday), LocalDate.of(2026, 11, 30), CAL, DEFAULTS)).isEmpty(); // Monday
        assertThat(WarningRules.holding(open(friday), LocalDate.of(2026, 12, 1), CAL, DEFAULTS))
                .containsExactly(WarningKind.LATE);
        // due Wednesday 09-30, National Day holidays until 10-07, Thursday 10-08 is the first working day after
        LocalDate beforeHoliday = LocalDate.of(2026, 9, 30);
        assertThat(WarningRules.holding(open(beforeHoliday), LocalDate.of(2026, 10, 8), CAL, DEFAULTS)).isEmpty();
        assertThat(WarningRules.holding(open(beforeHoliday), LocalDate.of(2026, 10, 9), CAL, DEFAULTS))
                .containsExactly(WarningKind.LATE);
        // the make-up Saturday 10-10 counts as a working day
        assertThat(WarningRules.late(open(LocalDate.of(2026, 10, 9)), LocalDate.of(2026, 10, 12), CAL)).isTrue();
    }

    @Test
    void a_finished_task_is_late_when_it_finished_more_than_a_day_late_and_stays_so() {
        Facts oneDay = new Facts(MON, MON.plusDays(1), true, false, null, List.of(), 100, 100);
        Facts twoDays = new Facts(MON, MON.plusDays(2), true, false, null, List.of(), 100, 100);
        assertThat(WarningRules.holding(oneDay, MON.plusDays(10), CAL, DEFAULTS)).isEmpty();
        assertThat(WarningRules.holding(twoDays, MON.plusDays(10), CAL, DEFAULTS)).containsExactly(WarningKind.LATE);
    }

    @Test
    void behind_expected_needs_two_consecutive_weekly_checkpoints_below_expected() {
        Checkpoint w1 = new Checkpoint(MON.minusWeeks(2), 20, 30);
        Checkpoint w2 = new Checkpoint(MON.minusWeeks(1), 40, 60);
        Checkpoint w2onPlan = new Checkpoint(MON.minusWeeks(1), 60, 60);
        assertThat(WarningRules.behindTwoCheckpointsRunning(List.of(w2), 0)).isFalse(); // one is not two
        assertThat(WarningRules.behindTwoCheckpointsRunning(List.of(w1, w2), 0)).isTrue();
        assertThat(WarningRules.behindTwoCheckpointsRunning(List.of(w1, w2onPlan), 0)).isFalse();
        // a missing week in between: not "running"
        assertThat(WarningRules.behindTwoCheckpointsRunning(List.of(new Checkpoint(MON.minusWeeks(3), 20, 30), w2), 0))
                .isFalse();
        // the tolerance: 10 points below is still on plan with a tolerance of 10, not with 9
        Checkpoint a = new Checkpoint(MON.minusWeeks(2), 20, 30);
        Checkpoint b = new Checkpoint(MON.minusWeeks(1), 50, 60);
        assertThat(WarningRules.behindTwoCheckpointsRunning(List.of(a, b), 10)).isFalse();
        assertThat(WarningRules.behindTwoCheckpointsRunning(List.of(a, b), 9)).isTrue();
        // still behind today: it warns; caught up since the last checkpoint: it does not (or no longer)
        assertThat(WarningRules.holding(new Facts(MON.plusWeeks(2), null, false, false, null, List.of(w1, w2), 45, 70),
                MON, CAL, DEFAULTS)).containsExactly(WarningKind.BEHIND_EXPECTED);
        assertThat(WarningRules.holding(new Facts(MON.plusWeeks(2), null, false, false, null, List.of(w1, w2), 70, 70),
                MON, CAL, DEFAULTS)).isEmpty();
        // finished tasks do not warn behind
        assertThat(WarningRules.holding(new Facts(MON.plusWeeks(2), MON, true, false, null, List.of(w1, w2), 100, 70), MON,
                CAL, DEFAULTS)).isEmpty();
    }

    @Test
    void update_overdue_and_blocked_too_long_are_the_lower_warnings() {
        Facts overdue = new Facts(MON.plusWeeks(2), null, false, true, null, List.of(), 0, 0);
        assertThat(WarningRules.holding(overdue, MON, CAL, DEFAULTS)).containsExactly(WarningKind.UPDATE_OVERDUE);
        Facts blocked = new Facts(MON.plusWeeks(2), null, false, false, MON, List.of(), 0, 0);
        assertThat(WarningRules.holding(blocked, MON.plusDays(3), CAL, DEFAULTS)).isEmpty(); // 3 working days
        assertThat(WarningRules.holding(blocked, MON.plusDays(4), CAL, DEFAULTS))
                .containsExactly(WarningKind.BLOCKED_TOO_LONG);
        assertThat(WarningKind.UPDATE_OVERDUE.severity()).isEqualTo(WarningKind.Severity.LOW);
        assertThat(WarningKind.LATE.severity()).isEqualTo(WarningKind.Severity.HIGH);
    }
}
