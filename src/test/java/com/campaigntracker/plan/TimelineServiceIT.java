package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.schedule.DependencyType;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the Gantt's gestures do to a saved plan: 1 Phase › 1.1 Module › A (Mon Jan 4–Fri Jan 8 2027)
 * → B (Jan 11–13) → C (Jan 14–15); D (Jan 4–5) hangs loose; owner 小B owns B.
 */
class TimelineServiceIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 1, 4);

    @Autowired
    ProjectService projects;
    @Autowired
    com.campaigntracker.plan.WorkItemEditService edits;
    @Autowired
    com.campaigntracker.plan.ItemPlacementService placements;
    @Autowired
    TimelineService timelines;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;

    private Person planner;
    private Person owner;
    private long projectId;

    @BeforeEach
    void createProject() {
        planner = fixtures.manager("planner-gantt", "甘特经理");
        owner = fixtures.member("owner-gantt", "小B");
        projectId = fixtures.project(planner, "甘特测试", MON).phase("Phase").module("Module")
                .task("A", null, MON, MON.plusDays(4))
                .task("B", owner, MON.plusDays(7), MON.plusDays(9), "1.1.1")
                .task("C", null, MON.plusDays(10), MON.plusDays(11), "1.1.2")
                .task("D", null, MON, MON.plusDays(1))
                .create();
        SignIn.as(users, planner.getUsername());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private WorkItemRow named(String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void moving_a_bar_keeps_its_working_days_snaps_off_the_weekend_and_pushes_its_successors() {
        WorkItemRow a = named("A");
        // dropped on Saturday Jan 9: starts Monday Jan 11, still five working days
        EditOutcome outcome = timelines.reschedule(a.id(), a.version(), MON.plusDays(5), MON.plusDays(9), false);

        assertThat(named("A").plannedStart()).isEqualTo(MON.plusDays(7));
        assertThat(named("A").plannedFinish()).isEqualTo(MON.plusDays(11));
        assertThat(named("B").plannedStart()).isEqualTo(MON.plusDays(14));
        assertThat(named("B").plannedFinish()).isEqualTo(MON.plusDays(16));
        assertThat(named("C").plannedStart()).isEqualTo(MON.plusDays(17));
        assertThat(outcome.movedItems()).hasSize(2).allMatch(m -> m.startsWith("1.1.2 B") || m.startsWith("1.1.3 C"));
        assertThat(named("Module").plannedFinish()).isEqualTo(named("C").plannedFinish()); // rolled up
    }

    @Test
    void a_drag_on_the_shown_timeline_brings_it_up_to_date_as_a_fresh_load_shows_it() {
        for (String dragged : java.util.List.of("A", "D", "C")) {
            Timeline shown = timelines.timeline(projectId).orElseThrow();
            WorkItemRow row = named(dragged);
            TimelineEdit edit = timelines.reschedule(shown, row.id(), row.version(), row.plannedStart().plusDays(7),
                    row.plannedFinish().plusDays(7), false);

            Timeline fresh = timelines.timeline(projectId).orElseThrow();
            Timeline updated = edit.timeline().orElseThrow();
            assertThat(updated.tree().rows()).isEqualTo(fresh.tree().rows()); // dates, rollups, versions
            assertThat(updated.totalFloat()).isEqualTo(fresh.totalFloat());
            assertThat(updated.criticalItems()).isEqualTo(fresh.criticalItems());
            assertThat(updated.criticalDependencies()).isEqualTo(fresh.criticalDependencies());
            // whatever a chart shows differently is named as changed; the rest need not travel
            for (WorkItemRow before : shown.tree().rows()) {
                WorkItemRow after = fresh.tree().find(before.id()).orElseThrow();
                boolean differs = !after.equals(before)
                        || !java.util.Objects.equals(shown.totalFloat().get(before.id()), fresh.totalFloat().get(before.id()))
                        || shown.criticalItems().contains(before.id()) != fresh.criticalItems().contains(before.id());
                if (differs) {
                    assertThat(edit.changedItems()).as(dragged + " moved, " + before.name()).contains(before.id());
                }
            }
            shown.dependencies().stream().filter(d -> shown.criticalDependencies().contains(d.id())
                    != fresh.criticalDependencies().contains(d.id()))
                    .forEach(d -> assertThat(edit.changedDependencies()).contains(d.id()));
        }
        assertThat(named("A").plannedStart()).isEqualTo(MON.plusDays(7));
    }

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @Test
    void a_drag_on_the_chart_announces_the_plan_change_after_its_commit_as_the_user_who_dragged() throws Exception {
        var announced = new java.util.concurrent.CompletableFuture<String>();
        org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<PlanChanged>>
                listener = e -> {
                    if (e.getPayload().projectId() == projectId) {
                        var who = org.springframework.security.core.context.SecurityContextHolder.getContext()
                                .getAuthentication();
                        announced.complete(who == null ? "nobody" : who.getName());
                    }
                };
        context.addApplicationListener(listener);
        try {
            WorkItemRow a = named("A");
            timelines.reschedule(timelines.timeline(projectId).orElseThrow(), a.id(), a.version(), MON.plusDays(7),
                    MON.plusDays(11), false);
            // the warnings listen for it; they are evaluated off the drag's request
            assertThat(announced.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(planner.getUsername());
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    @Test
    void a_drag_on_a_timeline_someone_else_changed_meanwhile_is_saved_and_asks_for_a_reload() {
        Timeline shown = timelines.timeline(projectId).orElseThrow();
        WorkItemRow d = named("D");
        timelines.reschedule(d.id(), d.version(), MON.plusDays(1), MON.plusDays(2), true); // another user

        WorkItemRow a = named("A");
        TimelineEdit edit = timelines.reschedule(shown, a.id(), a.version(), MON.plusDays(7), MON.plusDays(11), false);

        assertThat(edit.timeline()).isEmpty();
        assertThat(named("A").plannedStart()).isEqualTo(MON.plusDays(7));
        assertThat(edit.outcome().movedItems()).hasSize(2);
    }

    @Test
    void a_bar_dropped_before_its_predecessor_allows_is_refused_and_nothing_changes() {
        WorkItemRow b = named("B");
        assertThatThrownBy(() -> timelines.reschedule(b.id(), b.version(), MON.plusDays(3), MON.plusDays(7), false))
                .isInstanceOf(PlanEditException.class)
                .hasMessageContaining("plan.error.waitsForPredecessor");
        assertThat(named("B").plannedStart()).isEqualTo(MON.plusDays(7));
    }

    @Test
    void resizing_keeps_both_ends_on_working_days() {
        WorkItemRow c = named("C");
        // stretched to Sunday Jan 24: ends on Friday Jan 22; then back to Tuesday Jan 19: four working days
        timelines.reschedule(c.id(), c.version(), MON.plusDays(10), MON.plusDays(20), true);
        assertThat(named("C").plannedFinish()).isEqualTo(MON.plusDays(18));
        c = named("C");
        timelines.reschedule(c.id(), c.version(), MON.plusDays(10), MON.plusDays(15), true);
        assertThat(named("C").plannedFinish()).isEqualTo(MON.plusDays(15));
        assertThat(named("C").duration()).isEqualTo(4);
    }

    @Test
    void a_milestone_dropped_on_a_day_finishes_there_and_keeps_its_length() {
        WorkItemRow d = named("D"); // Jan 4–5
        edits.update(d.id(), d.version(), milestone(WorkItemEdit.of(d)), DependencyMode.REFUSE);
        d = named("D");
        // its diamond dropped on Saturday Jan 16: finishes Monday Jan 18, still two working days
        timelines.reschedule(d.id(), d.version(), MON.plusDays(12), MON.plusDays(12), false);
        assertThat(named("D").plannedFinish()).isEqualTo(MON.plusDays(14));
        assertThat(named("D").plannedStart()).isEqualTo(MON.plusDays(11));
    }

    private static WorkItemEdit milestone(WorkItemEdit e) {
        return new WorkItemEdit(e.name(), e.description(), e.deliverables(), e.ownerId(), e.plannedStart(),
                e.duration(), e.plannedFinish(), e.priority(), e.estimateDays(), e.bufferPercent(), e.predecessors(),
                e.keyTask(), true, e.riskLevel(), e.remarks());
    }

    @Test
    void a_module_that_gets_its_first_task_hands_its_dependencies_to_it() {
        // a module without tasks is scheduled like a task (the example's 收尾阶段 is one)
        long wrapUp = placements.addItem(projectId, named("Module").id(), Placement.SIBLING_AFTER, "Wrap-up");
        timelines.link(named("C").id(), wrapUp, DependencyType.FS, 0);
        assertThat(named("Wrap-up").predecessors()).containsExactly("1.1.3");

        long child = placements.addItem(projectId, wrapUp, Placement.CHILD, "Report");
        assertThat(named("Report").predecessors()).containsExactly("1.1.3");
        assertThat(named("Wrap-up").predecessors()).isEmpty();
        assertThat(timelines.timeline(projectId).orElseThrow().criticalItems()).contains(child);
    }

    @Test
    void the_second_of_two_drags_on_the_same_version_gets_a_conflict() {
        WorkItemRow stale = named("D");
        timelines.reschedule(stale.id(), stale.version(), MON.plusDays(1), MON.plusDays(2), false);
        assertThatThrownBy(() -> timelines.reschedule(stale.id(), stale.version(), MON.plusDays(7), MON.plusDays(8),
                false)).isInstanceOf(ConcurrentEditException.class);
        assertThat(named("D").plannedStart()).isEqualTo(MON.plusDays(1));
    }

    @Test
    void progress_follows_R9_and_the_owner_may_drag_their_own_but_not_another_task() {
        WorkItemRow b = named("B");
        SignIn.as(users, owner.getUsername());
        timelines.setProgress(b.id(), b.version(), 40);
        WorkItemRow started = named("B");
        assertThat(started.percentComplete()).isEqualTo(40);
        assertThat(started.storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(started.actualStart()).isNotNull();

        timelines.setProgress(started.id(), started.version(), 100);
        WorkItemRow done = named("B");
        assertThat(done.storedStatus()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.actualFinish()).isNotNull();

        WorkItemRow a = named("A");
        assertThatThrownBy(() -> timelines.setProgress(a.id(), a.version(), 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(named("A").percentComplete()).isZero();
    }

    @Test
    void drawing_a_link_moves_the_successor_and_a_cycle_or_a_duplicate_is_refused() {
        WorkItemRow d = named("D");
        WorkItemRow a = named("A");
        EditOutcome outcome = timelines.link(d.id(), a.id(), DependencyType.FS, 0);
        assertThat(named("A").plannedStart()).isEqualTo(MON.plusDays(2));
        assertThat(outcome.movedItems()).anyMatch(m -> m.startsWith("1.1.1 A"))
                .anyMatch(m -> m.startsWith("1.1.2 B"));

        WorkItemRow c = named("C");
        assertThatThrownBy(() -> timelines.link(c.id(), d.id(), DependencyType.FS, 0))
                .isInstanceOf(PlanEditException.class).hasMessageContaining("plan.error.cycle");
        assertThatThrownBy(() -> timelines.link(d.id(), a.id(), DependencyType.FS, 0))
                .isInstanceOf(PlanEditException.class).hasMessageContaining("plan.error.dependencyExists");
        WorkItemRow module = named("Module");
        assertThatThrownBy(() -> timelines.link(module.id(), d.id(), DependencyType.FS, 0))
                .isInstanceOf(PlanEditException.class).hasMessageContaining("plan.error.predecessorNotTask");

        Timeline timeline = timelines.timeline(projectId).orElseThrow();
        long added = timeline.dependencies().stream().filter(l -> l.predecessorId() == d.id()).findFirst()
                .orElseThrow().id();
        timelines.unlink(added);
        assertThat(timelines.timeline(projectId).orElseThrow().dependencies()).hasSize(2);
    }

    @Test
    void the_timeline_has_the_critical_path_with_floats_and_a_saved_baseline_measures_slip() {
        Timeline timeline = timelines.timeline(projectId).orElseThrow();
        assertThat(timeline.criticalItems()).containsExactlyInAnyOrder(named("A").id(), named("B").id(),
                named("C").id());
        assertThat(timeline.totalFloat().get(named("D").id())).isEqualTo(8); // Jan 4–5 vs finish Jan 15
        assertThat(timeline.criticalDependencies()).hasSize(2);
        assertThat(timeline.baseline()).isEmpty();

        assertThat(timelines.saveBaseline(projectId)).isEqualTo(1);
        WorkItemRow c = named("C");
        timelines.reschedule(c.id(), c.version(), MON.plusDays(14), MON.plusDays(15), false); // Mon Jan 18
        Timeline after = timelines.timeline(projectId).orElseThrow();
        assertThat(after.baseline()).get().extracting(Timeline.BaselineInfo::number).isEqualTo(1);
        assertThat(after.baselineOf(c.id())).get().extracting(BaselineSpan::start).isEqualTo(MON.plusDays(10));
        assertThat(after.slip(named("C"))).contains(2);
        assertThat(after.slip(named("A"))).contains(0);
        assertThat(timelines.saveBaseline(projectId)).isEqualTo(2);
    }

    @Test
    void only_the_manager_changes_dates_and_links() {
        WorkItemRow a = named("A");
        WorkItemRow d = named("D");
        SignIn.as(users, owner.getUsername());
        assertThatThrownBy(() -> timelines.reschedule(a.id(), a.version(), MON.plusDays(1), MON.plusDays(5), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timelines.link(d.id(), a.id(), DependencyType.FS, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timelines.saveBaseline(projectId)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, planner.getUsername());
        assertThat(named("A").plannedStart()).isEqualTo(MON);
    }
}
