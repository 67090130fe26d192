package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.people.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Editing a plan through the service, on a project of its own (so the demo project stays as the
 * other tests expect): 1 调研 › 1.1 执行 › 1.1.1 A (Mon Jan 4–Fri Jan 8 2027) → 1.1.2 B (Jan 11–13).
 */
class WorkTreeEditingIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 1, 4);

    @Autowired
    ProjectService projects;
    @Autowired
    com.campaigntracker.plan.WorkItemEditService edits;
    @Autowired
    com.campaigntracker.plan.ItemPlacementService placements;
    @Autowired
    com.campaigntracker.plan.ItemDeletionService deletions;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    Fixtures fixtures;

    private Person planner;
    private long projectId;

    @BeforeEach
    void createProject() {
        planner = fixtures.manager("planner-it", "测试经理");
        projectId = fixtures.project(planner, "编辑测试", MON).phase("调研").module("执行")
                .task("A", null, MON, MON.plusDays(4))
                .task("B", null, MON.plusDays(7), MON.plusDays(9), "1.1.1")
                .create();
        SignIn.as(users, planner.getUsername());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<WorkItemRow> rows() {
        return projects.workTree(projectId).orElseThrow().rows();
    }

    private WorkItemRow named(String name) {
        return rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private EditOutcome edit(String name, UnaryOperator<WorkItemEdit> change, DependencyMode mode) {
        WorkItemRow row = named(name);
        return edits.update(row.id(), row.version(), change.apply(WorkItemEdit.of(row)), mode);
    }

    private static WorkItemEdit withDates(WorkItemEdit e, LocalDate start, Integer duration, LocalDate finish) {
        return new WorkItemEdit(e.name(), e.description(), e.deliverables(), e.ownerId(), start, duration, finish,
                e.priority(), e.estimateDays(), e.bufferPercent(), e.predecessors(), e.keyTask(), e.milestone(),
                e.riskLevel(), e.remarks());
    }

    private static WorkItemEdit withEstimate(WorkItemEdit e, Integer estimate, int buffer) {
        return new WorkItemEdit(e.name(), e.description(), e.deliverables(), e.ownerId(), e.plannedStart(),
                e.duration(), e.plannedFinish(), e.priority(), estimate, buffer, e.predecessors(), e.keyTask(),
                e.milestone(), e.riskLevel(), e.remarks());
    }

    private static WorkItemEdit withPredecessors(WorkItemEdit e, String predecessors) {
        return new WorkItemEdit(e.name(), e.description(), e.deliverables(), e.ownerId(), e.plannedStart(),
                e.duration(), e.plannedFinish(), e.priority(), e.estimateDays(), e.bufferPercent(), predecessors,
                e.keyTask(), e.milestone(), e.riskLevel(), e.remarks());
    }

    @Test
    void start_duration_and_finish_stay_consistent_on_the_calendar() {
        // a new start keeps the 5 working days
        edit("A", e -> withDates(e, MON.minusDays(7), e.duration(), e.plannedFinish()), DependencyMode.REFUSE);
        assertThat(named("A").plannedFinish()).isEqualTo(MON.minusDays(3));
        // a new duration moves the finish over the weekend
        edit("A", e -> withDates(e, e.plannedStart(), 7, e.plannedFinish()), DependencyMode.REFUSE);
        assertThat(named("A").plannedFinish()).isEqualTo(MON.plusDays(1));
        // a new finish changes the duration
        edit("A", e -> withDates(e, e.plannedStart(), e.duration(), MON.minusDays(6)), DependencyMode.REFUSE);
        assertThat(named("A").duration()).isEqualTo(2);
        // parents span their children (R1)
        assertThat(named("执行").plannedStart()).isEqualTo(MON.minusDays(7));
        assertThat(named("执行").plannedFinish()).isEqualTo(named("B").plannedFinish());
    }

    @Test
    void estimate_and_buffer_give_the_planned_duration_and_holidays_are_skipped() {
        SignIn.as(users, "admin");
        calendars.put(MON.plusDays(2), DayKind.HOLIDAY, "测试假日"); // Wednesday off
        SignIn.as(users, planner.getUsername());
        try {
            edit("A", e -> withEstimate(e, 4, 10), DependencyMode.MOVE_SUCCESSORS); // 4 × 1.1 = 4.4 → 5 days
            WorkItemRow a = named("A");
            assertThat(a.estimateDays()).isEqualTo(4);
            assertThat(a.duration()).isEqualTo(5);
            assertThat(a.plannedFinish()).isEqualTo(MON.plusDays(7)); // Mon, Tue, Thu, Fri, Mon
        } finally {
            SignIn.as(users, "admin");
            calendars.remove(MON.plusDays(2));
            SignIn.as(users, planner.getUsername());
        }
    }

    @Test
    void a_successor_planned_before_its_predecessor_allows_is_refused_or_moved_as_the_manager_chooses() {
        assertThatThrownBy(() -> edit("B", e -> withDates(e, MON.plusDays(2), e.duration(), e.plannedFinish()),
                DependencyMode.REFUSE))
                .isInstanceOf(PlanEditException.class)
                .satisfies(ex -> assertThat(((PlanEditException) ex).messageKey()).isEqualTo("plan.error.startsTooEarly"));
        assertThat(named("B").plannedStart()).isEqualTo(MON.plusDays(7));

        // lengthening A pushes B when the manager lets the plan move successors
        EditOutcome outcome = edit("A", e -> withDates(e, e.plannedStart(), 7, e.plannedFinish()),
                DependencyMode.MOVE_SUCCESSORS);
        assertThat(outcome.movedItems()).singleElement().asString().startsWith("1.1.2 B");
        assertThat(named("B").plannedStart()).isEqualTo(MON.plusDays(9)); // the day after A's new finish
        assertThat(named("B").duration()).isEqualTo(3);
    }

    @Test
    void predecessors_are_typed_as_codes_and_a_cycle_is_refused_naming_its_tasks() {
        edit("B", e -> withPredecessors(e, "1.1.1SS+1"), DependencyMode.MOVE_SUCCESSORS);
        assertThat(named("B").predecessors()).containsExactly("1.1.1SS+1");

        assertThatThrownBy(() -> edit("A", e -> withPredecessors(e, "1.1.2"), DependencyMode.REFUSE))
                .isInstanceOf(PlanEditException.class)
                .satisfies(ex -> {
                    PlanEditException p = (PlanEditException) ex;
                    assertThat(p.messageKey()).isEqualTo("plan.error.cycle");
                    assertThat(p.args()[0].toString()).contains("1.1.1 A").contains("1.1.2 B");
                });
        assertThatThrownBy(() -> edit("A", e -> withPredecessors(e, "9.9"), DependencyMode.REFUSE))
                .satisfies(ex -> assertThat(((PlanEditException) ex).messageKey()).isEqualTo("plan.error.unknownPredecessor"));
        assertThatThrownBy(() -> edit("B", e -> withPredecessors(e, "1.1"), DependencyMode.REFUSE))
                .satisfies(ex -> assertThat(((PlanEditException) ex).messageKey()).isEqualTo("plan.error.predecessorNotTask"));
        assertThatThrownBy(() -> edit("B", e -> withPredecessors(e, "after A"), DependencyMode.REFUSE))
                .satisfies(ex -> assertThat(((PlanEditException) ex).messageKey()).isEqualTo("plan.error.predecessorSyntax"));
        assertThat(named("A").predecessors()).isEmpty();
    }

    @Test
    void the_tree_never_gets_a_fourth_level_and_items_move_indent_and_outdent() {
        WorkItemRow b = named("B");
        assertThatThrownBy(() -> placements.indent(b.id(), b.version())).isInstanceOf(WorkTreeTooDeepException.class);

        long c = placements.addItem(projectId, named("B").id(), Placement.SIBLING_AFTER, "C");
        assertThat(named("C").wbs()).isEqualTo("1.1.3");
        assertThat(named("C").duration()).isEqualTo(WorkItem.NEW_ITEM_DAYS);
        placements.outdent(c, named("C").version());
        assertThat(named("C").wbs()).isEqualTo("1.2");
        assertThat(named("C").level()).isEqualTo(WorkItemLevel.MODULE);
        placements.move(c, named("C").version(), -1);
        assertThat(named("C").wbs()).isEqualTo("1.1");
        assertThat(named("B").wbs()).isEqualTo("1.2.2");
        placements.move(c, named("C").version(), 1);
        placements.indent(c, named("C").version());
        assertThat(named("C").wbs()).isEqualTo("1.1.3");
        assertThat(named("C").level()).isEqualTo(WorkItemLevel.TASK);
        // a module with tasks cannot go under another module: its tasks would be a fourth level
        long module = placements.addItem(projectId, named("执行").id(), Placement.SIBLING_AFTER, "第二模块");
        placements.addItem(projectId, module, Placement.CHILD, "子任务");
        assertThatThrownBy(() -> placements.indent(module, named("第二模块").version()))
                .isInstanceOf(WorkTreeTooDeepException.class);
    }

    @Test
    void deleting_a_parent_takes_everything_below_it_and_its_dependencies() {
        WorkItemRow module = named("执行");
        assertThat(deletions.subtreeSize(module.id())).isEqualTo(3);
        deletions.delete(module.id(), module.version());
        assertThat(rows()).extracting(WorkItemRow::name).containsExactly("调研");
    }

    @Test
    void a_second_save_with_a_stale_version_gets_a_conflict_and_the_first_save_stays() {
        WorkItemRow seenByBoth = named("A");
        edits.update(seenByBoth.id(), seenByBoth.version(),
                withEstimate(WorkItemEdit.of(seenByBoth), 3, 0), DependencyMode.REFUSE);

        WorkItemEdit second = new WorkItemEdit("A 改名", null, null, null, seenByBoth.plannedStart(),
                seenByBoth.duration(), seenByBoth.plannedFinish(), Priority.HIGH, null, 10, "", false, false, null, null);
        assertThatThrownBy(() -> edits.update(seenByBoth.id(), seenByBoth.version(), second, DependencyMode.REFUSE))
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(ex -> assertThat(((PlanEditException) ex).args()).containsExactly("A"));
        assertThat(named("A").estimateDays()).isEqualTo(3);
    }

    @Test
    void a_member_cannot_edit_someone_elses_plan() {
        WorkItemRow a = named("A");
        SignIn.as(users, "xiaoli");
        assertThatThrownBy(() -> edits.update(a.id(), a.version(), WorkItemEdit.of(a), DependencyMode.REFUSE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
