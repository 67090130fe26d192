package com.campaigntracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.security.SystemActor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Progress updates with their history, My Tasks with cadence deadlines, risk points and weekly checkpoints. */
class TrackingIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday; the project runs 2030-01-07 .. 01-18. */
    private static final LocalDate MON = LocalDate.of(2030, 1, 7);

    @Autowired
    TrackingService tracking;
    @Autowired
    RiskService risks;
    @Autowired
    CheckpointService checkpoints;
    @Autowired
    TimelineService timelines;
    @Autowired
    ProjectService projects;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;

    private Person manager;
    private Person owner;
    private Person accepter;
    private Person other;
    private long projectId;

    @BeforeEach
    void createProject() {
        manager = fixtures.manager("track-manager", "跟踪经理");
        owner = fixtures.member("track-r", "小跟");
        accepter = fixtures.member("track-a", "验收者");
        other = fixtures.member("track-other", "别人");
        clock.setTo(at(MON, 9, 0));
        projectId = fixtures.project(manager, "跟踪测试", MON).phase("执行").module("物料")
                .task("主视觉", owner, MON, MON.plusDays(11))
                .task("海报", owner, MON, MON.plusDays(4))
                .task("媒介排期", other, MON, MON.plusDays(4))
                .create();
        SignIn.as(users, manager.getUsername());
        raci.set(projectId, row("海报").id(), accepter.getId(), null, RaciLetter.A);
        raci.set(projectId, row("媒介排期").id(), owner.getId(), null, RaciLetter.C);
        projects.activate(projectId);
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    private static java.time.Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private WorkItemRow row(String name) {
        SignIn.as(users, manager.getUsername());
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    private ProgressStatus update(String username, String task, QuickUpdate update) {
        WorkItemRow row = row(task);
        SignIn.as(users, username);
        return tracking.update(row.id(), row.version(), update);
    }

    @Test
    void every_update_is_kept_with_who_when_percent_status_and_note_and_blocked_needs_a_reason() {
        clock.setTo(at(MON.plusDays(1), 17, 40));
        update(owner.getUsername(), "主视觉", new QuickUpdate(40, ProgressStatus.IN_PROGRESS, null, "初稿已交", null));

        assertThatThrownBy(() -> update(owner.getUsername(), "主视觉", new QuickUpdate(40, ProgressStatus.BLOCKED, " ", null, null)))
                .isInstanceOf(TrackingException.class).hasMessageContaining("progress.error.blockedReason");
        assertThat(row("主视觉").storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);

        clock.setTo(at(MON.plusDays(2), 10, 0));
        update(owner.getUsername(), "主视觉", new QuickUpdate(45, ProgressStatus.BLOCKED, "设计稿等待客户确认", null, null));
        WorkItemRow blocked = row("主视觉");
        assertThat(blocked.storedStatus()).isEqualTo(ProgressStatus.BLOCKED);
        assertThat(blocked.blockedReason()).isEqualTo("设计稿等待客户确认");
        assertThat(blocked.actualStart()).isEqualTo(MON.plusDays(1));

        // the manager drags the bar's progress: history too, and a blocked task stays blocked (R9)
        clock.setTo(at(MON.plusDays(2), 11, 0));
        timelines.setProgress(blocked.id(), blocked.version(), 50);
        assertThat(row("主视觉").storedStatus()).isEqualTo(ProgressStatus.BLOCKED);

        SignIn.as(users, owner.getUsername());
        List<UpdateRecord> history = tracking.history(blocked.id());
        assertThat(history).extracting(UpdateRecord::percent).containsExactly(50, 45, 40);
        assertThat(history).extracting(UpdateRecord::by).containsExactly("跟踪经理", "小跟", "小跟");
        assertThat(history).extracting(UpdateRecord::source)
                .containsExactly(ProgressSource.CHART, ProgressSource.UPDATE, ProgressSource.UPDATE);
        assertThat(history.get(1).blockedReason()).isEqualTo("设计稿等待客户确认");
        assertThat(history.get(2).note()).isEqualTo("初稿已交");
        assertThat(history.get(2).at()).isEqualTo(at(MON.plusDays(1), 17, 40));

        // someone who is neither the owner nor the manager may not update, nor read the history of another project
        WorkItemRow task = row("主视觉");
        SignIn.as(users, accepter.getUsername());
        assertThatThrownBy(() -> tracking.update(task.id(), task.version(),
                new QuickUpdate(60, ProgressStatus.IN_PROGRESS, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, other.getUsername());
        assertThat(tracking.history(row("海报").id())).isEmpty(); // no update on it yet, and nothing leaks
    }

    @Test
    void a_stale_update_gets_a_conflict_and_changes_nothing() {
        WorkItemRow before = row("海报");
        update(owner.getUsername(), "海报", new QuickUpdate(30, null, null, null, null));
        SignIn.as(users, owner.getUsername());
        assertThatThrownBy(() -> tracking.update(before.id(), before.version(),
                new QuickUpdate(60, ProgressStatus.IN_PROGRESS, null, "我的旧页面", null)))
                .hasMessageContaining("plan.error.conflict");
        assertThat(row("海报").percentComplete()).isEqualTo(30);
        SignIn.as(users, owner.getUsername());
        assertThat(tracking.history(before.id())).hasSize(1);
    }

    @Test
    void my_tasks_puts_my_overdue_updates_first_then_what_waits_for_my_acceptance_then_my_other_roles() {
        // Wednesday 19:00: the critical 主视觉 (daily) was due Monday 18:00; 海报 (weekly, has float) is due Friday
        clock.setTo(at(MON.plusDays(2), 19, 0));
        SignIn.as(users, owner.getUsername());
        List<MyTask> mine = tracking.myTasks(false);
        assertThat(mine).extracting(t -> t.task().name()).containsExactly("主视觉", "海报", "媒介排期");
        assertThat(mine).extracting(MyTask::role).containsExactly(MyRole.R, MyRole.R, MyRole.C);
        TrackedTask key = mine.get(0).task();
        assertThat(key.critical()).isTrue();
        assertThat(key.cadence()).isEqualTo(Cadence.DAILY);
        assertThat(key.update().overdue()).isTrue();
        assertThat(key.update().due()).isEqualTo(at(MON, 18, 0));
        TrackedTask normal = mine.get(1).task();
        assertThat(normal.cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(normal.update().overdue()).isFalse();
        assertThat(normal.update().due()).isEqualTo(at(MON.plusDays(4), 18, 0));

        // an update clears it: next due the end of the next working day
        update(owner.getUsername(), "主视觉", new QuickUpdate(20, null, null, null, null));
        SignIn.as(users, owner.getUsername());
        TrackedTask updated = tracking.myTasks(false).stream().filter(t -> t.task().name().equals("主视觉"))
                .findFirst().orElseThrow().task();
        assertThat(updated.update().overdue()).isFalse();
        assertThat(updated.update().due()).isEqualTo(at(MON.plusDays(3), 18, 0));

        // finished by its R, 海报 waits for its A: on the A's list, marked to accept
        update(owner.getUsername(), "海报", new QuickUpdate(100, ProgressStatus.DONE, null, "已交付", null));
        SignIn.as(users, accepter.getUsername());
        List<MyTask> theirs = tracking.myTasks(false);
        assertThat(theirs).singleElement().satisfies(t -> {
            assertThat(t.role()).isEqualTo(MyRole.A);
            assertThat(t.toAccept()).isTrue();
            assertThat(t.task().update().due()).isNull(); // nothing more to report while it waits
        });
    }

    @Test
    void the_manager_sets_a_cadence_a_member_may_not_and_without_it_R8_decides_again() {
        long poster = row("海报").id();
        SignIn.as(users, manager.getUsername());
        tracking.setCadence(poster, Cadence.DAILY);
        assertThat(tracking.tasksOf(projectId)).filteredOn(t -> t.id() == poster).singleElement()
                .satisfies(t -> {
                    assertThat(t.cadence()).isEqualTo(Cadence.DAILY);
                    assertThat(t.cadenceChosen()).isTrue();
                });
        SignIn.as(users, owner.getUsername());
        assertThatThrownBy(() -> tracking.setCadence(poster, Cadence.BIWEEKLY)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, manager.getUsername());
        tracking.setCadence(poster, null);
        assertThat(tracking.tasksOf(projectId)).filteredOn(t -> t.id() == poster).singleElement()
                .extracting(TrackedTask::cadence).isEqualTo(Cadence.WEEKLY);
    }

    @Test
    void the_task_risk_level_follows_its_highest_open_risk_point() {
        update(owner.getUsername(), "主视觉", new QuickUpdate(10, null, null, null, new RiskDetails("供应商产能不足，物料可能延迟 3 天",
                RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.MEDIUM, "找备选供应商", owner.getId())));
        assertThat(row("主视觉").riskLevel()).isEqualTo(RiskLevel.HIGH);
        long taskId = row("主视觉").id();
        SignIn.as(users, owner.getUsername());
        risks.add(taskId, new RiskDetails("客户审稿慢", RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.MEDIUM, null, null));

        SignIn.as(users, manager.getUsername());
        List<RiskLine> register = risks.register(projectId);
        assertThat(register).extracting(RiskLine::level).containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM);
        RiskLine high = register.get(0);
        assertThat(high.taskName()).isEqualTo("主视觉");
        assertThat(high.ownerName()).isEqualTo("小跟");
        risks.setStatus(high.id(), high.version(), RiskStatus.CLOSED);
        assertThat(row("主视觉").riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(risks.register(projectId)).extracting(RiskLine::status).containsExactly(RiskStatus.OPEN, RiskStatus.CLOSED);

        RiskLine medium = risks.register(projectId).get(0);
        risks.setStatus(medium.id(), medium.version(), RiskStatus.CLOSED);
        assertThat(row("主视觉").riskLevel()).isNull();
        // a stale version is a conflict, not an overwrite
        assertThatThrownBy(() -> risks.setStatus(medium.id(), medium.version(), RiskStatus.OPEN))
                .hasMessageContaining("risk.error.conflict");

        // someone else's task: no risk points from a member who is not its owner
        SignIn.as(users, accepter.getUsername());
        assertThatThrownBy(() -> risks.add(taskId, new RiskDetails("x", RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW,
                null, null))).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, owner.getUsername());
        assertThatThrownBy(() -> risks.add(taskId, new RiskDetails(" ", RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW,
                null, null))).hasMessageContaining("risk.error.description");
    }

    @Test
    void the_weekly_checkpoint_records_each_open_task_once_with_its_expected_percent() {
        update(owner.getUsername(), "主视觉", new QuickUpdate(30, null, null, null, null));
        update(owner.getUsername(), "海报", new QuickUpdate(100, ProgressStatus.DONE, null, null, null)); // waits for its A: open
        SignIn.as(users, other.getUsername());
        WorkItemRow media = row("媒介排期");
        SignIn.as(users, manager.getUsername());
        timelines.setProgress(media.id(), media.version(), 100); // the manager finishes it: done, not recorded

        clock.setTo(at(MON.plusDays(4), 18, 30));
        SystemActor.call(() -> checkpoints.record(MON.plusDays(4))); // every running project's: count this one's
        int again = SystemActor.call(() -> checkpoints.record(MON.plusDays(4)));
        assertThat(again).isZero();
        SignIn.as(users, manager.getUsername());
        assertThat(checkpoints.checkpointsOf(projectId))
                .extracting(WeeklyCheckpoint::workItemId, WeeklyCheckpoint::weekOf, WeeklyCheckpoint::percent,
                        WeeklyCheckpoint::expected)
                .containsExactlyInAnyOrder(tuple(row("主视觉").id(), MON, 30, 50), tuple(row("海报").id(), MON, 100, 100));

        SignIn.as(users, owner.getUsername());
        List<CurvePoint> curve = checkpoints.curve(row("主视觉").id());
        // 10 working days from Monday: by Friday 5 of 10 expected; the curve runs to the second Friday
        assertThat(curve).first().satisfies(p -> {
            assertThat(p.day()).isEqualTo(MON.plusDays(4));
            assertThat(p.expected()).isEqualTo(50);
            assertThat(p.actual()).isEqualTo(30);
        });
        assertThat(curve).last().satisfies(p -> {
            assertThat(p.day()).isEqualTo(MON.plusDays(11));
            assertThat(p.expected()).isEqualTo(100);
            assertThat(p.actual()).isNull();
        });
        assertThatThrownBy(() -> checkpoints.record(MON)).isInstanceOf(AccessDeniedException.class);
    }
}
