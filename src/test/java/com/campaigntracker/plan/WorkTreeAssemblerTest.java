package com.campaigntracker.plan;

import com.campaigntracker.schedule.DependencyType;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkTreeAssemblerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final Project project = new Project("p", null, null);

    @Test
    void numbers_items_by_position_rolls_parents_up_and_writes_predecessors_as_users_type_them() {
        WorkItem phase = WorkItem.phase(project, 0, "新品上市推广");
        WorkItem research = WorkItem.childOf(phase, 0, "调研阶段");
        WorkItem prep = WorkItem.childOf(phase, 1, "筹备阶段");
        WorkItem survey = dated(WorkItem.childOf(research, 1, "竞品分析"), 7, 11, 0);       // 5 days
        WorkItem users = dated(WorkItem.childOf(research, 0, "用户调研"), 1, 4, 100);      // 4 days, done
        users.setStatus(ProgressStatus.DONE);
        users.setActualFinish(LocalDate.of(2026, 12, 4));
        WorkItem creative = dated(WorkItem.childOf(prep, 0, "创意定稿"), 14, 18, 0);
        // given out of order, as a database may return them
        List<WorkItem> items = List.of(creative, survey, prep, users, research, phase);
        List<Dependency> deps = List.of(new Dependency(users, survey, DependencyType.FS, 0),
                new Dependency(survey, creative, DependencyType.SS, -1));

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

    private static WorkItem dated(WorkItem item, int startDay, int finishDay, int percent) {
        item.setPlannedDates(LocalDate.of(2026, 12, startDay), LocalDate.of(2026, 12, finishDay));
        item.setPercentComplete(percent);
        return item;
    }
}
