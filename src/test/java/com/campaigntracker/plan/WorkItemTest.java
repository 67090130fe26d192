package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkItemTest {

    private static final LocalDate FINISH = LocalDate.of(2026, 12, 8);
    private final Project project = new Project("新品上市推广", null, null);

    private WorkItem task(ProgressStatus status) {
        WorkItem phase = WorkItem.phase(project, 0, "阶段");
        WorkItem task = WorkItem.childOf(WorkItem.childOf(phase, 0, "模块"), 0, "任务");
        task.setPlannedDates(LocalDate.of(2026, 12, 1), FINISH);
        task.setStatus(status);
        return task;
    }

    @Test
    void an_open_task_past_its_planned_finish_shows_as_delayed() {
        assertThat(task(ProgressStatus.IN_PROGRESS).displayStatus(FINISH)).isEqualTo(DisplayStatus.IN_PROGRESS);
        assertThat(task(ProgressStatus.IN_PROGRESS).displayStatus(FINISH.plusDays(1))).isEqualTo(DisplayStatus.DELAYED);
        assertThat(task(ProgressStatus.NOT_STARTED).displayStatus(FINISH.plusDays(1))).isEqualTo(DisplayStatus.DELAYED);
        assertThat(task(ProgressStatus.BLOCKED).displayStatus(FINISH.plusDays(1))).isEqualTo(DisplayStatus.DELAYED);
    }

    @Test
    void a_task_finished_after_its_planned_finish_stays_delayed_and_one_finished_on_time_is_done() {
        WorkItem late = task(ProgressStatus.DONE);
        late.setActualFinish(FINISH.plusDays(2));
        WorkItem onTime = task(ProgressStatus.DONE);
        onTime.setActualFinish(FINISH);

        assertThat(late.displayStatus(FINISH.plusDays(30))).isEqualTo(DisplayStatus.DELAYED);
        assertThat(onTime.displayStatus(FINISH.plusDays(30))).isEqualTo(DisplayStatus.DONE);
    }

    @Test
    void stored_statuses_show_as_themselves_before_the_planned_finish() {
        assertThat(task(ProgressStatus.BLOCKED).displayStatus(FINISH)).isEqualTo(DisplayStatus.BLOCKED);
        assertThat(task(ProgressStatus.NOT_STARTED).displayStatus(FINISH)).isEqualTo(DisplayStatus.NOT_STARTED);
    }

    @Test
    void a_task_cannot_have_children_so_the_tree_never_exceeds_three_levels() {
        WorkItem task = task(ProgressStatus.NOT_STARTED);
        assertThat(task.getLevel()).isEqualTo(WorkItemLevel.TASK);
        assertThatThrownBy(() -> WorkItem.childOf(task, 0, "子任务")).isInstanceOf(WorkTreeTooDeepException.class);
    }

    @Test
    void planned_finish_before_planned_start_is_refused() {
        WorkItem phase = WorkItem.phase(project, 0, "阶段");
        assertThatThrownBy(() -> phase.setPlannedDates(FINISH, FINISH.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
