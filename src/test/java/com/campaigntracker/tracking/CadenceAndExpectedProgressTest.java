package com.campaigntracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.plan.RiskLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceAndExpectedProgressTest {

    @Test
    void critical_or_key_tasks_are_daily_long_ones_biweekly_the_rest_weekly() {
        assertThat(Cadence.of(true, false, 40)).isEqualTo(Cadence.DAILY);
        assertThat(Cadence.of(false, true, 5)).isEqualTo(Cadence.DAILY);
        assertThat(Cadence.of(false, false, 31)).isEqualTo(Cadence.BIWEEKLY);
        assertThat(Cadence.of(false, false, 30)).isEqualTo(Cadence.WEEKLY);
        assertThat(Cadence.of(false, false, null)).isEqualTo(Cadence.WEEKLY);
    }

    @Test
    void expected_progress_is_the_share_of_planned_working_days_elapsed() {
        // 2026-11-23 (Mon) .. 2026-12-04 (Fri): 10 working days
        WorkingDayCalendar cal = WorkingDayCalendar.mondayToFriday();
        LocalDate start = LocalDate.of(2026, 11, 23);
        LocalDate finish = LocalDate.of(2026, 12, 4);
        assertThat(ExpectedProgress.on(LocalDate.of(2026, 11, 20), start, finish, cal)).isZero();
        assertThat(ExpectedProgress.on(start, start, finish, cal)).isEqualTo(10);
        assertThat(ExpectedProgress.on(LocalDate.of(2026, 11, 27), start, finish, cal)).isEqualTo(50);
        // the weekend adds nothing
        assertThat(ExpectedProgress.on(LocalDate.of(2026, 11, 29), start, finish, cal)).isEqualTo(50);
        assertThat(ExpectedProgress.on(finish, start, finish, cal)).isEqualTo(100);
        assertThat(ExpectedProgress.on(LocalDate.of(2026, 12, 20), start, finish, cal)).isEqualTo(100);
        assertThat(ExpectedProgress.on(LocalDate.of(2026, 11, 27), null, finish, cal)).isZero();
    }

    @Test
    void a_holiday_in_the_span_is_not_a_planned_day() {
        WorkingDayCalendar cal = new WorkingDayCalendar(List.of(LocalDate.of(2026, 11, 25)), List.of());
        // 11-23..11-27 without Wednesday: 4 working days; by Tuesday 2 of 4
        assertThat(ExpectedProgress.on(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 27), cal)).isEqualTo(50);
        assertThat(ExpectedProgress.on(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 27), cal)).isEqualTo(50);
    }

    @Test
    void the_suggested_risk_level_weighs_probability_by_impact() {
        assertThat(RiskDetails.suggestedLevel(RiskLevel.HIGH, RiskLevel.MEDIUM)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskDetails.suggestedLevel(RiskLevel.MEDIUM, RiskLevel.MEDIUM)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskDetails.suggestedLevel(RiskLevel.LOW, RiskLevel.HIGH)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskDetails.suggestedLevel(RiskLevel.LOW, RiskLevel.MEDIUM)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskDetails.suggestedLevel(null, RiskLevel.MEDIUM)).isNull();
    }
}
