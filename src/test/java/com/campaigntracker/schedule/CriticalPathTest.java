package com.campaigntracker.schedule;

import static com.campaigntracker.schedule.DependencyType.FF;
import static com.campaigntracker.schedule.DependencyType.FS;
import static com.campaigntracker.schedule.DependencyType.SS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CriticalPathTest {

    // Dec 2026: the 1st is a Tuesday; weekends 5–6, 12–13, 19–20
    private final WorkingDayCalendar weekdays = WorkingDayCalendar.mondayToFriday();
    // a company holiday on Fri Dec 11, a make-up working day on Sat Dec 12
    private final WorkingDayCalendar withHoliday = new WorkingDayCalendar(
            List.of(LocalDate.of(2026, 12, 11)), List.of(LocalDate.of(2026, 12, 12)));

    private static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    private static Span span(long id, int startDay, int finishDay) {
        return new Span(id, dec(startDay), dec(finishDay));
    }

    private static Link fs(long pred, long succ) {
        return new Link(pred, succ, FS, 0);
    }

    private CriticalPath.Result cpm(List<Span> spans, List<Link> links) {
        return CriticalPath.compute(spans, links, weekdays);
    }

    @Test
    void a_simple_chain_is_critical_end_to_end() {
        // 1: Tue 1–Thu 3, 2: Fri 4–Tue 8 (over the weekend), 3: Wed 9–Thu 10
        List<Link> links = List.of(fs(1, 2), fs(2, 3));
        CriticalPath.Result r = cpm(List.of(span(1, 1, 3), span(2, 4, 8), span(3, 9, 10)), links);

        assertThat(r.totalFloat()).containsExactly(Map.entry(1L, 0), Map.entry(2L, 0), Map.entry(3L, 0));
        assertThat(r.criticalIds()).containsExactly(1L, 2L, 3L);
        assertThat(r.criticalLinks()).containsExactlyInAnyOrderElementsOf(links);
        assertThat(r.projectFinish()).isEqualTo(dec(10));
        assertThat(r.task(2)).isEqualTo(new CriticalPath.Task(2, dec(4), dec(8), dec(4), dec(8), 0));
    }

    @Test
    void a_shorter_parallel_branch_floats_by_the_difference_in_working_days() {
        // 1 → 2 (5 days: 3, 4, 7, 8, 9) → 4, and 1 → 3 (2 days: 3, 4) → 4
        CriticalPath.Result r = cpm(List.of(span(1, 1, 2), span(2, 3, 9), span(3, 3, 4), span(4, 10, 10)),
                List.of(fs(1, 2), fs(2, 4), fs(1, 3), fs(3, 4)));

        // 3 may start as late as Tue Dec 8: 3 working days later (5 calendar days)
        assertThat(r.totalFloat(3)).isEqualTo(3);
        assertThat(r.task(3).lateStart()).isEqualTo(dec(8));
        assertThat(r.task(3).lateFinish()).isEqualTo(dec(9));
        assertThat(r.isCritical(3)).isFalse();
        assertThat(r.criticalIds()).containsExactly(1L, 2L, 4L);
        assertThat(r.isCritical(fs(1, 3))).isFalse();
        assertThat(r.isCritical(fs(3, 4))).isFalse();
    }

    @Test
    void a_positive_lag_waits_working_days_and_a_plan_that_breaks_it_is_pushed_not_given_negative_float() {
        // 1: Dec 1–2; FS+2 → 2 may start on the third working day after Dec 2: Mon Dec 7
        Link lag2 = new Link(1, 2, FS, 2);
        CriticalPath.Result planned = cpm(List.of(span(1, 1, 2), span(2, 7, 8)), List.of(lag2));
        assertThat(planned.criticalIds()).containsExactly(1L, 2L);
        assertThat(planned.isCritical(lag2)).isTrue();

        // planned too early (Thu Dec 3): the forward pass starts it when the link allows
        CriticalPath.Result broken = cpm(List.of(span(1, 1, 2), span(2, 3, 4)), List.of(lag2));
        assertThat(broken.task(2).earlyStart()).isEqualTo(dec(7));
        assertThat(broken.task(2).earlyFinish()).isEqualTo(dec(8));
        assertThat(broken.totalFloat(2)).isZero();
        assertThat(broken.totalFloat(1)).isZero();
    }

    @Test
    void a_negative_lag_lets_the_successor_overlap() {
        // 1: Tue 1–Fri 4; FS-2 → 2 may start Thu Dec 3; its 3 days end Mon Dec 7
        Link lead = new Link(1, 2, FS, -2);
        CriticalPath.Result r = cpm(List.of(span(1, 1, 4), span(2, 3, 7)), List.of(lead));

        assertThat(r.task(2).earlyStart()).isEqualTo(dec(3));
        assertThat(r.projectFinish()).isEqualTo(dec(7));
        assertThat(r.task(1).lateFinish()).isEqualTo(dec(4)); // read backwards: 2 starting Dec 3 needs 1 done by Dec 4
        assertThat(r.criticalIds()).containsExactly(1L, 2L);
        assertThat(r.isCritical(lead)).isTrue();
    }

    @Test
    void start_to_start_and_finish_to_finish_links() {
        // SS+1: 2 (2 days) may start a working day after 1 starts; 1 (5 days) alone sets the finish
        CriticalPath.Result ss = cpm(List.of(span(1, 1, 7), span(2, 2, 3)), List.of(new Link(1, 2, SS, 1)));
        assertThat(ss.projectFinish()).isEqualTo(dec(7));
        assertThat(ss.totalFloat(1)).isZero(); // the SS link would let it finish Dec 9; the project ends Dec 7
        assertThat(ss.task(2).lateStart()).isEqualTo(dec(4));
        assertThat(ss.totalFloat(2)).isEqualTo(2);

        // FF+1: 2 (2 days) finishes no earlier than a working day after 1 finishes (Fri 4 → Mon 7)
        Link ff = new Link(1, 2, FF, 1);
        CriticalPath.Result r = cpm(List.of(span(1, 1, 4), span(2, 1, 2)), List.of(ff));
        assertThat(r.task(2).earlyStart()).isEqualTo(dec(4));
        assertThat(r.task(2).earlyFinish()).isEqualTo(dec(7));
        assertThat(r.criticalIds()).containsExactly(1L, 2L);
        assertThat(r.isCritical(ff)).isTrue();
    }

    @Test
    void with_several_predecessors_the_latest_wins() {
        // 1: Dec 1–2, 2: Dec 1–4, 3 after both: Mon Dec 7, driven by 2
        CriticalPath.Result r = cpm(List.of(span(1, 1, 2), span(2, 1, 4), span(3, 3, 3)),
                List.of(fs(1, 3), fs(2, 3)));

        assertThat(r.task(3).earlyStart()).isEqualTo(dec(7));
        assertThat(r.criticalIds()).containsExactly(2L, 3L);
        assertThat(r.totalFloat(1)).isEqualTo(2);
        assertThat(r.criticalLinks()).containsExactly(fs(2, 3));
    }

    @Test
    void a_holiday_is_skipped_and_a_make_up_day_counts_in_dates_and_float() {
        // 1: Tue 8–Thu 10; FS → 2 starts on the make-up Saturday Dec 12 (Fri 11 is a holiday): 12, 14, 15
        // 1 → 3 (1 day) planned Mon 14 may wait until Tue 15: 1 working day
        CriticalPath.Result r = CriticalPath.compute(List.of(span(1, 8, 10), span(2, 10, 14), span(3, 14, 14)),
                List.of(fs(1, 2), fs(1, 3)), withHoliday);

        assertThat(r.task(2)).isEqualTo(new CriticalPath.Task(2, dec(12), dec(15), dec(12), dec(15), 0));
        assertThat(r.task(3).earlyStart()).isEqualTo(dec(14)); // planned Mon 14, after the link's Sat 12
        assertThat(r.task(3).lateStart()).isEqualTo(dec(15));
        assertThat(r.totalFloat(3)).isEqualTo(1);
        assertThat(r.criticalIds()).containsExactly(1L, 2L);

        // planned on the make-up Saturday, 3 floats Sat 12 → Tue 15: 2 working days (14, 15), not 3 calendar days
        CriticalPath.Result fromSaturday = CriticalPath.compute(List.of(span(1, 8, 10), span(2, 12, 15), span(3, 12, 12)),
                List.of(fs(1, 2), fs(1, 3)), withHoliday);
        assertThat(fromSaturday.totalFloat(3)).isEqualTo(2);
    }

    @Test
    void only_the_driving_link_between_two_critical_tasks_is_critical() {
        // 1 → 2 → 3 is the critical chain; 1 → 3 also holds but does not set 3's start
        Link direct = fs(1, 3);
        CriticalPath.Result r = cpm(List.of(span(1, 1, 2), span(2, 3, 4), span(3, 7, 7)),
                List.of(fs(1, 2), fs(2, 3), direct));

        assertThat(r.criticalIds()).containsExactly(1L, 2L, 3L);
        assertThat(r.isCritical(fs(1, 2))).isTrue();
        assertThat(r.isCritical(fs(2, 3))).isTrue();
        assertThat(r.isCritical(direct)).isFalse();
    }

    @Test
    void a_cycle_is_refused_with_its_tasks_named() {
        List<Span> spans = List.of(span(1, 1, 1), span(2, 2, 2), span(3, 3, 3), span(4, 4, 4));
        assertThatThrownBy(() -> cpm(spans, List.of(fs(4, 1), fs(1, 2), fs(2, 3), fs(3, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 2, 3]");
        assertThatThrownBy(() -> cpm(spans, List.of(fs(2, 2)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undated_tasks_and_links_to_unknown_tasks_are_left_out() {
        // 2 has no dates: 1 and 3 are not linked through it; 9 is not a task at all
        CriticalPath.Result r = cpm(List.of(span(1, 1, 2), new Span(2, null, null), span(3, 1, 4)),
                List.of(fs(1, 2), fs(2, 3), fs(9, 3), fs(2, 2)));

        assertThat(r.tasks()).containsOnlyKeys(1L, 3L);
        assertThat(r.contains(2)).isFalse();
        assertThat(r.isCritical(2)).isFalse();
        assertThat(r.task(3).earlyStart()).isEqualTo(dec(1));
        assertThat(r.totalFloat(1)).isEqualTo(2);
        assertThat(r.criticalLinks()).isEmpty();
        assertThat(CriticalPath.compute(List.of(), List.of(), weekdays).projectFinish()).isNull();
    }

    // propagation

    private static Map<Long, Span> byId(Span... spans) {
        return java.util.Arrays.stream(spans).collect(Collectors.toMap(Span::id, Function.identity()));
    }

    @Test
    void a_move_pushes_the_whole_chain() {
        // 1 now ends Fri Dec 4: 2 (2 days) moves to Mon 7–Tue 8, then 3 (1 day) to Wed 9; 4 is unrelated
        Map<Long, Span> spans = byId(span(1, 1, 4), span(2, 3, 4), span(3, 7, 7), span(4, 1, 2));
        Map<Long, Span> moved = Propagation.moveSuccessors(List.of(1L), spans, List.of(fs(1, 2), fs(2, 3)), weekdays);

        assertThat(moved).containsExactly(Map.entry(2L, span(2, 7, 8)), Map.entry(3L, span(3, 9, 9)));
    }

    @Test
    void a_diamond_settles_on_the_later_branch() {
        // 1 → 2 (3 days) → 4 and 1 → 3 (1 day) → 4; 1 now ends Wed Dec 2
        Map<Long, Span> spans = byId(span(1, 1, 2), span(2, 1, 3), span(3, 1, 1), span(4, 2, 3));
        Map<Long, Span> moved = Propagation.moveSuccessors(List.of(1L), spans,
                List.of(fs(1, 2), fs(1, 3), fs(3, 4), fs(2, 4)), weekdays);

        assertThat(moved).containsOnlyKeys(2L, 3L, 4L);
        assertThat(moved.get(2L)).isEqualTo(span(2, 3, 7));
        assertThat(moved.get(3L)).isEqualTo(span(3, 3, 3));
        assertThat(moved.get(4L)).isEqualTo(span(4, 8, 9)); // after 2 (Mon 7), not after 3 (Thu 3)
    }

    @Test
    void a_move_respects_lags_and_types_on_the_calendar() {
        // 1 now Tue 8–Thu 10; FS+1 → 2 starts after the holiday and one more working day: Mon 14
        // SS+2 → 3 starts two working days after Tue 8: Thu 10
        Map<Long, Span> spans = byId(span(1, 8, 10), span(2, 2, 3), span(3, 1, 1));
        Map<Long, Span> moved = Propagation.moveSuccessors(List.of(1L), spans,
                List.of(new Link(1, 2, FS, 1), new Link(1, 3, SS, 2)), withHoliday);

        assertThat(moved.get(2L)).isEqualTo(span(2, 14, 15));
        assertThat(moved.get(3L)).isEqualTo(span(3, 10, 10));
    }

    @Test
    void successors_that_still_fit_are_not_reported_nor_their_successors() {
        // 1 now ends Fri 4; 2 already starts Wed 9, so neither it nor 3 after it moves
        Map<Long, Span> spans = byId(span(1, 1, 4), span(2, 9, 9), span(3, 2, 2));
        Map<Long, Span> moved = Propagation.moveSuccessors(List.of(1L), spans,
                List.of(fs(1, 2), new Link(2, 3, SS, -10)), weekdays);

        assertThat(moved).isEmpty();
        assertThat(new SuccessorScheduler(List.of(fs(1, 2)), weekdays).moveSuccessors(List.of(1L), spans)).isEmpty();
    }
}
