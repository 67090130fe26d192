package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.schedule.Link;
import com.campaigntracker.schedule.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The example's chain: 1 主视觉 (Mon–Fri) → 2 物料 (next Mon–Fri) → 3 上线 (milestone, the Monday after);
 * 4 媒介 runs beside with a week of float before 3.
 */
class ImpactAnalysisTest {

    private static final WorkingDayCalendar CAL = new WorkingDayCalendar(List.of(LocalDate.of(2026, 12, 7)), List.of());
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final Map<Long, Span> SPANS = Map.of(
            1L, new Span(1, MON, MON.plusDays(4)),
            2L, new Span(2, MON.plusDays(7), MON.plusDays(11)),
            3L, new Span(3, MON.plusDays(15), MON.plusDays(15)), // Tuesday 12-08: Monday 12-07 is a holiday
            4L, new Span(4, MON, MON.plusDays(4)));
    private static final List<Link> LINKS = List.of(new Link(1, 2, DependencyType.FS, 0),
            new Link(2, 3, DependencyType.FS, 0), new Link(4, 3, DependencyType.FS, 0));

    @Test
    void a_critical_task_two_days_late_moves_its_successors_the_milestone_and_the_finish_by_two_working_days() {
        ImpactAnalysis.Impact impact = ImpactAnalysis.of(1, MON, MON.plusDays(8), SPANS, LINKS, Set.of(3L),
                Set.of(1L, 2L, 3L), CAL); // finishes Tuesday instead of Friday
        assertThat(impact.critical()).isTrue();
        assertThat(impact.downstream()).containsExactly(2L, 3L);
        assertThat(impact.moved()).containsOnlyKeys(2L, 3L);
        assertThat(impact.moved().get(2L)).isEqualTo(new Span(2, MON.plusDays(9), MON.plusDays(16)));
        assertThat(impact.milestonesMoved()).containsExactly(3L);
        assertThat(impact.finishBefore()).isEqualTo(MON.plusDays(15));
        assertThat(impact.finishSlip()).isEqualTo(2);
    }

    @Test
    void a_task_with_float_slipping_within_it_moves_nothing_downstream_and_not_the_finish() {
        ImpactAnalysis.Impact impact = ImpactAnalysis.of(4, MON, MON.plusDays(9), SPANS, LINKS, Set.of(3L),
                Set.of(1L, 2L, 3L), CAL); // a week later, still before the milestone
        assertThat(impact.critical()).isFalse();
        assertThat(impact.downstream()).containsExactly(3L);
        assertThat(impact.moved()).isEmpty();
        assertThat(impact.milestonesMoved()).isEmpty();
        assertThat(impact.finishSlip()).isZero();
    }

    @Test
    void beyond_its_float_it_moves_the_milestone_and_the_finish() {
        ImpactAnalysis.Impact impact = ImpactAnalysis.of(4, MON, MON.plusDays(16), SPANS, LINKS, Set.of(3L),
                Set.of(1L, 2L, 3L), CAL); // finishes Wednesday 12-09, after the milestone's Tuesday
        assertThat(impact.milestonesMoved()).containsExactly(3L);
        assertThat(impact.moved().get(3L).start()).isEqualTo(MON.plusDays(17)); // Thursday 12-10
        assertThat(impact.finishSlip()).isEqualTo(2);
    }

    @Test
    void a_late_milestone_moves_itself_even_when_it_is_not_the_finish() {
        Map<Long, Span> spans = new java.util.HashMap<>(SPANS);
        spans.put(5L, new Span(5, MON.plusDays(21), MON.plusDays(22))); // a wrap-up after the launch, with float
        ImpactAnalysis.Impact impact = ImpactAnalysis.of(3, MON.plusDays(16), MON.plusDays(16), spans, LINKS,
                Set.of(3L), Set.of(1L, 2L, 3L), CAL); // the launch a day later
        assertThat(impact.moved()).isEmpty();
        assertThat(impact.milestonesMoved()).containsExactly(3L);
        assertThat(impact.finishSlip()).isZero();
        assertThat(ImpactAnalysis.of(3, MON.plusDays(15), MON.plusDays(15), spans, LINKS, Set.of(3L),
                Set.of(1L, 2L, 3L), CAL).milestonesMoved()).isEmpty(); // staying put moves nothing
    }
}
