package com.campaigntracker.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

    // Dec 2026: 1st is a Tuesday. A company holiday on Fri Dec 11, make-up working day Sat Dec 12.
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(
            List.of(LocalDate.of(2026, 12, 11)), List.of(LocalDate.of(2026, 12, 12)));

    private static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    @Test
    void planned_duration_is_estimate_plus_buffer_rounded_up() {
        assertThat(Durations.planned(10, 10)).isEqualTo(11);
        assertThat(Durations.planned(10, 15)).isEqualTo(12);   // 11.5 → 12
        assertThat(Durations.planned(3, 10)).isEqualTo(4);     // 3.3 → 4
        assertThat(Durations.planned(5, 0)).isEqualTo(5);
        assertThat(Durations.planned(1, 50)).isEqualTo(2);
        assertThatThrownBy(() -> Durations.planned(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durations_count_working_days_across_holidays_and_make_up_days() {
        // Tue Dec 8 + 5 working days: 8, 9, 10, (11 off), 12 (make-up), 14
        assertThat(calendar.finishFor(dec(8), 5)).isEqualTo(dec(14));
        assertThat(calendar.startFor(dec(14), 5)).isEqualTo(dec(8));
        assertThat(calendar.workingDaysBetween(dec(8), dec(14))).isEqualTo(5);
        assertThat(calendar.shift(dec(13), 0)).isEqualTo(dec(14)); // a Sunday moves to Monday
        assertThat(calendar.onOrBefore(dec(13))).isEqualTo(dec(12));
    }

    @Test
    void predecessors_are_read_as_users_type_them() {
        assertThat(PredecessorCode.parseList("1.2.1")).containsExactly(new PredecessorCode("1.2.1", DependencyType.FS, 0));
        assertThat(PredecessorCode.parseList("1.2.1FS+2, 1.3SS-1；2 ff"))
                .containsExactly(new PredecessorCode("1.2.1", DependencyType.FS, 2),
                        new PredecessorCode("1.3", DependencyType.SS, -1),
                        new PredecessorCode("2", DependencyType.FF, 0));
        assertThat(PredecessorCode.parseList("1.1 FS + 3天 1.2")).containsExactly(
                new PredecessorCode("1.1", DependencyType.FS, 3), new PredecessorCode("1.2", DependencyType.FS, 0));
        assertThat(PredecessorCode.parseList("  ")).isEmpty();
        assertThat(new PredecessorCode("1.3", DependencyType.SS, -1).format()).isEqualTo("1.3SS-1");
        assertThat(new PredecessorCode("1.3", DependencyType.FS, 0).format()).isEqualTo("1.3");
        assertThatThrownBy(() -> PredecessorCode.parseList("1.2, abc"))
                .isInstanceOf(PredecessorSyntaxException.class).hasMessageContaining("abc");
        assertThatThrownBy(() -> PredecessorCode.parseList("1.2.3.4")).isInstanceOf(PredecessorSyntaxException.class);
    }

    @Test
    void each_dependency_type_gives_the_successor_its_earliest_start() {
        Span pred = new Span(1, dec(1), dec(4)); // Tue–Fri
        assertThat(DependencyRules.earliestStart(new Link(1, 2, DependencyType.FS, 0), pred, 3, calendar)).isEqualTo(dec(7));
        assertThat(DependencyRules.earliestStart(new Link(1, 2, DependencyType.FS, 2), pred, 3, calendar)).isEqualTo(dec(9));
        assertThat(DependencyRules.earliestStart(new Link(1, 2, DependencyType.SS, 1), pred, 3, calendar)).isEqualTo(dec(2));
        assertThat(DependencyRules.earliestStart(new Link(1, 2, DependencyType.SS, -1), pred, 3, calendar)).isEqualTo(LocalDate.of(2026, 11, 30)); // the working day before
        // FF: finish no earlier than Fri Dec 4 → a 3-day successor starts Wed Dec 2
        assertThat(DependencyRules.earliestStart(new Link(1, 2, DependencyType.FF, 0), pred, 3, calendar)).isEqualTo(dec(2));
        assertThat(DependencyRules.earliestStart(new Link(1, 2, DependencyType.SF, 0), pred, 1, calendar)).isEqualTo(dec(1));
    }

    @Test
    void a_cycle_is_found_with_every_task_in_it() {
        List<Link> links = List.of(new Link(1, 2, DependencyType.FS, 0), new Link(2, 3, DependencyType.FS, 0),
                new Link(3, 4, DependencyType.FS, 0), new Link(4, 2, DependencyType.SS, 0), new Link(5, 1, DependencyType.FS, 0));
        assertThat(CycleDetector.findCycle(links)).hasValueSatisfying(c -> assertThat(c).containsExactly(2L, 3L, 4L));
        assertThat(CycleDetector.findCycle(links.subList(0, 3))).isEmpty();
        assertThat(CycleDetector.findCycle(List.of(new Link(7, 7, DependencyType.FS, 0)))).hasValue(List.of(7L));
    }

    @Test
    void moving_a_predecessor_later_moves_its_successors_in_turn_keeping_their_durations() {
        // 1 (Dec 1–4) → 2 (Dec 7–9) → 3 (Dec 10–14: 10, 12, 14, three working days); 4 is unrelated
        Map<Long, Span> spans = Map.of(1L, new Span(1, dec(1), dec(7)), // 1 now finishes Monday Dec 7
                2L, new Span(2, dec(7), dec(9)), 3L, new Span(3, dec(10), dec(14)), 4L, new Span(4, dec(1), dec(2)));
        SuccessorScheduler scheduler = new SuccessorScheduler(List.of(new Link(1, 2, DependencyType.FS, 0),
                new Link(2, 3, DependencyType.FS, 0)), calendar);

        assertThat(scheduler.violations(spans.get(2L), spans)).hasSize(1)
                .first().satisfies(v -> assertThat(v.earliestStart()).isEqualTo(dec(8)));
        Map<Long, Span> moved = scheduler.moveSuccessors(List.of(1L), spans);

        // 2 keeps its 3 working days: Dec 8, 9, 10; then 3 follows on the make-up Saturday: 12, 14, 15
        assertThat(moved.get(2L)).isEqualTo(new Span(2, dec(8), dec(10)));
        assertThat(moved.get(3L)).isEqualTo(new Span(3, dec(12), dec(15)));
        assertThat(moved).doesNotContainKey(4L);
    }
}
