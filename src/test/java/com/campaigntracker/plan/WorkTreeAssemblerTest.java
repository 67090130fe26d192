package com.campaigntracker.plan;

import com.campaigntracker.schedule.DependencyType;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkTreeAssemblerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void numbers_items_by_position_rolls_parents_up_and_writes_predecessors_as_users_type_them() {
        ItemFields phase = item(1, null, WorkItemLevel.PHASE, 0, "新品上市推广", null, 0, ProgressStatus.NOT_STARTED);
        ItemFields research = item(2, 1L, WorkItemLevel.MODULE, 0, "调研阶段", null, 0, ProgressStatus.NOT_STARTED);
        ItemFields prep = item(3, 1L, WorkItemLevel.MODULE, 1, "筹备阶段", null, 0, ProgressStatus.NOT_STARTED);
        ItemFields survey = item(4, 2L, WorkItemLevel.TASK, 1, "竞品分析", new int[] {7, 11}, 0,       // 5 days
                ProgressStatus.NOT_STARTED);
        ItemFields users = item(5, 2L, WorkItemLevel.TASK, 0, "用户调研", new int[] {1, 4}, 100,       // 4 days, done
                ProgressStatus.DONE);
        ItemFields creative = item(6, 3L, WorkItemLevel.TASK, 0, "创意定稿", new int[] {14, 18}, 0,
                ProgressStatus.NOT_STARTED);
        // given out of order, as a database may return them
        List<ItemFields> items = List.of(creative, survey, prep, users, research, phase);
        List<DependencyRow> deps = List.of(new DependencyRow(1, 5, 4, DependencyType.FS, 0),
                new DependencyRow(2, 4, 6, DependencyType.SS, -1));

        List<WorkItemRow> roots = WorkTreeAssembler.assemble(items, deps, WorkingDayCalendar.mondayToFriday(), TODAY);

        WorkItemRow root = roots.get(0);
        assertThat(root.wbs()).isEqualTo("1");
        WorkItemRow researchRow = root.children().get(0);
        assertThat(researchRow.children()).extracting(WorkItemRow::wbs, WorkItemRow::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1.1", "用户调研"),
                        org.assertj.core.groups.Tuple.tuple("1.1.2", "竞品分析"));
        // (4 × 100 + 5 × 0) / 9 = 44; one child done and one not started is in progress
        assertThat(researchRow.percentComplete()).isEqualTo(44);
        assertThat(researchRow.status()).isEqualTo(DisplayStatus.IN_PROGRESS);
        assertThat(researchRow.children().get(1).predecessors()).containsExactly("1.1.1");
        assertThat(root.children().get(1).children().get(0).predecessors()).containsExactly("1.1.2SS-1");
    }

    /** An item with planned days of December 2026 (none when {@code days} is null), finished on its last day when done. */
    private static ItemFields item(long id, Long parentId, WorkItemLevel level, int position, String name, int[] days,
                                   int percent, ProgressStatus status) {
        LocalDate start = days == null ? null : LocalDate.of(2026, 12, days[0]);
        LocalDate finish = days == null ? null : LocalDate.of(2026, 12, days[1]);
        return new ItemFields(id, 0, parentId, 1, level, position, name, null, null, null, null, start, finish, null,
                status == ProgressStatus.DONE ? finish : null, status, null, percent, null, null, Priority.MEDIUM, null,
                WorkItem.DEFAULT_BUFFER, false, false);
    }
}
