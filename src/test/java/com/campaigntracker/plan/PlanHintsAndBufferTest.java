package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanHintsAndBufferTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.mondayToFriday();

    @Test
    void a_leaf_task_outside_three_to_fifteen_days_or_without_a_deliverable_gets_a_hint() {
        assertThat(PlanHints.forLeaf(3, "报告", false)).isEmpty();
        assertThat(PlanHints.forLeaf(15, "报告", false)).isEmpty();
        assertThat(PlanHints.forLeaf(2, "报告", false)).containsExactly("hint.tooShort");
        assertThat(PlanHints.forLeaf(16, " ", false)).containsExactly("hint.tooLong", "hint.noDeliverable");
        assertThat(PlanHints.forLeaf(1, null, true)).as("a milestone is a moment, not work").isEmpty();
    }

    @Test
    void the_emergency_buffer_shows_how_much_of_it_the_schedule_uses() {
        LocalDate committed = LocalDate.of(2027, 3, 12); // Friday
        // plan ends Fri Mar 5: Mon 8 – Fri 12 are free, 5 working days: a 5-day buffer is untouched
        assertThat(EmergencyBuffer.of(LocalDate.of(2027, 3, 5), committed, 5, calendar))
                .isEqualTo(new EmergencyBuffer(5, 0));
        // plan slips to Wed Mar 10: two free days left, three used
        EmergencyBuffer slipped = EmergencyBuffer.of(LocalDate.of(2027, 3, 10), committed, 5, calendar);
        assertThat(slipped.usedDays()).isEqualTo(3);
        assertThat(slipped.percentUsed()).isEqualTo(60);
        assertThat(slipped.overrun()).isFalse();
        // plan ends Tue Mar 16, two working days past the promise
        EmergencyBuffer overrun = EmergencyBuffer.of(LocalDate.of(2027, 3, 16), committed, 5, calendar);
        assertThat(overrun.overrun()).isTrue();
        assertThat(overrun.usedDays() - overrun.days()).isEqualTo(2);
        assertThat(EmergencyBuffer.of(null, committed, 5, calendar)).isNull();
    }
}
