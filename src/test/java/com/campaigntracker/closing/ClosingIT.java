package com.campaigntracker.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.notify.NoticeLine;
import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProgressReport;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.DashboardService;
import com.campaigntracker.warning.WarningService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * R14: a project is closed when its work is done (or cancelled with a reason); its retrospective is due
 * at the end of the third working day after, drafted, submitted and locked, corrected in a new version.
 */
class ClosingIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2033, 3, 7);
    private static final LocalDate HOLIDAY = MON.plusDays(14);

    @Autowired
    ProjectService projects;
    @Autowired
    ProgressService progress;
    @Autowired
    RetrospectiveService retrospectives;
    @Autowired
    WarningService warnings;
    @Autowired
    DashboardService dashboards;
    @Autowired
    NoticeService notices;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;

    private Person manager;
    private Person owner;
    private long projectId;

    @BeforeEach
    void project() {
        manager = fixtures.manager("close-m", "结项经理");
        owner = fixtures.member("close-r", "结项执行");
        // the Monday after the second week is a holiday: the retrospective's three days step over it
        SystemActor.run(() -> calendars.put(HOLIDAY, DayKind.HOLIDAY, "结项测试假日"));
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        projectId = fixtures.project(manager, "结项", MON).kpi("销售额", "万元", new BigDecimal("500"))
                .phase("阶段").module("模块")
                .task("准时任务", owner, MON, MON.plusDays(4))
                .task("延期任务", owner, MON, MON.plusDays(4))
                .activate();
        SignIn.as(users, manager.getUsername());
    }

    @AfterEach
    void reset() {
        SystemActor.run(() -> calendars.remove(HOLIDAY));
        clock.reset();
        SignIn.out();
    }

    private WorkItemRow row(String name) {
        SignIn.as(users, manager.getUsername());
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(x -> x.name().equals(name))
                .findFirst().orElseThrow();
    }

    private void finish(String name) {
        WorkItemRow t = row(name);
        progress.report(t.id(), t.version(), new ProgressReport(100, ProgressStatus.DONE, null, null,
                ProgressSource.UPDATE));
    }

    /** The owner's notices, newest first: the owner is this test's own, so they are all about its project. */
    private List<NoticeLine> ownersNotices() {
        SignIn.as(users, owner.getUsername());
        List<NoticeLine> mine = notices.mine(100);
        SignIn.as(users, manager.getUsername());
        return mine;
    }

    private long overdueReminders() {
        return ownersNotices().stream().filter(x -> x.messageKey().equals("notice.retrospective.overdue")).count();
    }

    private static RetrospectiveForm form(LocalDate heldOn, Set<Long> who, Integer rating, String lessons,
                                          BigDecimal actual) {
        return new RetrospectiveForm(heldOn, who, rating, "预警及时", rating, "上报有效", rating, "分工清楚",
                List.of(new RetrospectiveKpi("销售额", "万元", new BigDecimal("500"), actual)), "团队配合好",
                "主视觉返工", lessons, List.of(new ImprovementAction("主视觉提前两周启动", null, MON.plusDays(30))));
    }

    /** Both tasks done: 准时任务 on its Friday, 延期任务 four working days late, on the second Thursday. */
    private void allWorkDone() {
        clock.setTo(LocalDateTime.of(MON.plusDays(4), LocalTime.of(17, 0)).atZone(ZONE).toInstant());
        finish("准时任务");
        clock.setTo(LocalDateTime.of(MON.plusDays(10), LocalTime.of(10, 0)).atZone(ZONE).toInstant()); // Thursday
        WorkItemRow late = row("延期任务");
        SignIn.as(users, owner.getUsername());
        progress.report(late.id(), late.version(), new ProgressReport(100, ProgressStatus.DONE, null, null,
                ProgressSource.UPDATE));
        SignIn.as(users, manager.getUsername());
    }

    /** All work done, one task late, and closed by the manager that Thursday; the project afterwards. */
    private ProjectSummary closedWithOneTaskLate() {
        allWorkDone();
        projects.close(projectId, projects.workTree(projectId).orElseThrow().project().version());
        return projects.workTree(projectId).orElseThrow().project();
    }

    /** The closed project's retrospective drafted, then submitted complete by its manager; its page then. */
    private RetrospectivePage submitted() {
        retrospectives.saveDraft(projectId, -1, form(null, Set.of(), 4, null, null));
        RetrospectivePage draft = retrospectives.page(projectId, null).orElseThrow();
        retrospectives.submit(projectId, draft.version(), form(MON.plusDays(10), Set.of(manager.getId()), 4,
                "主视觉要提前启动", new BigDecimal("520")));
        return retrospectives.page(projectId, null).orElseThrow();
    }

    @Test
    void a_project_with_open_work_is_not_closed_and_only_its_manager_may_close_it() {
        clock.setTo(LocalDateTime.of(MON.plusDays(4), LocalTime.of(17, 0)).atZone(ZONE).toInstant());
        finish("准时任务");
        long version = projects.workTree(projectId).orElseThrow().project().version();
        assertThatThrownBy(() -> projects.close(projectId, version)).hasMessageContaining("project.error.openTasks");
        SignIn.as(users, owner.getUsername());
        assertThatThrownBy(() -> projects.close(projectId, version)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void no_retrospective_is_written_before_the_project_is_closed() {
        allWorkDone();
        assertThatThrownBy(() -> retrospectives.saveDraft(projectId, -1, form(null, Set.of(), null, null, null)))
                .hasMessageContaining("retrospective.error.notClosed");
    }

    @Test
    void closed_when_the_work_is_done_the_retrospective_is_due_three_working_days_later_and_the_owner_is_told() {
        var project = closedWithOneTaskLate();

        assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
        // Thursday → Friday, (holiday Monday), Tuesday, Wednesday: due Wednesday at the end of the working day
        assertThat(retrospectives.dueAt(project))
                .isEqualTo(LocalDateTime.of(MON.plusDays(16), LocalTime.of(18, 0)).atZone(ZONE).toInstant());
        assertThat(ownersNotices()).extracting(NoticeLine::messageKey, NoticeLine::args).containsExactly(
                tuple("notice.retrospective.due", List.of(project.name(), MON.plusDays(16).toString())),
                tuple("notice.warning.LATE", List.of("延期任务", project.name()))); // when its update came
        assertThat(dashboards.project(projectId).orElseThrow().retrospectiveDue())
                .isEqualTo(retrospectives.dueAt(project));
    }

    @Test
    void a_retrospective_past_its_due_moment_and_not_submitted_is_reminded_once() {
        closedWithOneTaskLate();
        clock.setTo(LocalDateTime.of(MON.plusDays(16), LocalTime.of(17, 0)).atZone(ZONE).toInstant());
        SystemActor.call(() -> retrospectives.tellOverdue());
        assertThat(overdueReminders()).isZero();
        clock.setTo(LocalDateTime.of(MON.plusDays(17), LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        SystemActor.call(() -> retrospectives.tellOverdue());
        SystemActor.call(() -> retrospectives.tellOverdue());
        assertThat(overdueReminders()).isEqualTo(1);
    }

    @Test
    void the_retrospective_counts_the_facts_one_of_two_tasks_on_time_the_other_four_working_days_late() {
        closedWithOneTaskLate();
        RetrospectivePage page = retrospectives.page(projectId, null).orElseThrow();
        assertThat(page.editable()).isTrue();
        assertThat(page.form().kpis()).singleElement().satisfies(k -> assertThat(k.target()).isEqualByComparingTo("500"));
        assertThat(page.facts().tasks()).isEqualTo(2);
        assertThat(page.facts().onTimeRate()).isEqualTo(50);
        assertThat(page.facts().lateTasks()).isEqualTo(1);
        assertThat(page.facts().delayDays()).isEqualTo(4);
    }

    @Test
    void a_draft_saves_incomplete_while_a_submission_must_be_complete_current_and_the_managers() {
        closedWithOneTaskLate();
        int draft = retrospectives.saveDraft(projectId, -1, form(null, Set.of(), 4, null, null));
        assertThat(draft).isEqualTo(1);
        RetrospectivePage saved = retrospectives.page(projectId, null).orElseThrow();
        assertThat(saved.form().progressRating()).isEqualTo(4);
        assertThat(saved.submitted()).isFalse();
        assertThatThrownBy(() -> retrospectives.saveDraft(projectId, -1, form(null, Set.of(), 4, null, null)))
                .hasMessageContaining("retrospective.error.conflict");
        assertThatThrownBy(() -> retrospectives.saveDraft(projectId, saved.version(), form(null, Set.of(), 6, null,
                null))).hasMessageContaining("retrospective.error.rating");
        long m = manager.getId();
        assertThatThrownBy(() -> retrospectives.submit(projectId, saved.version(), form(MON.plusDays(10), Set.of(),
                4, "提前启动", new BigDecimal("520")))).hasMessageContaining("retrospective.error.participants");
        assertThatThrownBy(() -> retrospectives.submit(projectId, saved.version(), form(MON.plusDays(10), Set.of(m),
                4, "提前启动", null))).hasMessageContaining("retrospective.error.kpiActual");
        SignIn.as(users, owner.getUsername());
        assertThatThrownBy(() -> retrospectives.submit(projectId, saved.version(), form(MON.plusDays(10), Set.of(m),
                4, "提前启动", new BigDecimal("520")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_submitted_retrospective_is_locked_and_no_longer_due() {
        closedWithOneTaskLate();
        RetrospectivePage submitted = submitted();
        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.correctable()).isFalse(); // M6: part of the closed project's record
        assertThat(submitted.facts().delayDays()).isEqualTo(4);
        assertThat(dashboards.project(projectId).orElseThrow().retrospectiveDue()).isNull();
        assertThatThrownBy(() -> retrospectives.saveDraft(projectId, submitted.version(), form(null, Set.of(), 1,
                null, null))).hasMessageContaining("retrospective.error.locked");
    }

    @Test
    void a_correction_waits_for_a_reopening_and_is_a_new_version_that_keeps_the_submitted_one_as_it_was() {
        closedWithOneTaskLate();
        submitted();
        long m = manager.getId();
        // M6: the closing's facts are frozen for good: no correction re-freezes them while it stays closed
        assertThatThrownBy(() -> retrospectives.correct(projectId)).hasMessageContaining("retrospective.error.record");
        assertThat(retrospectives.page(projectId, null).orElseThrow().versions()).hasSize(1);
        // once an administrator reopened it (a reason on record) and it closed again, a correction may follow
        SignIn.as(users, fixtures.person("close-admin", "结项管理员", com.campaigntracker.people.Role.ADMIN).getUsername());
        projects.reopen(projectId, projects.workTree(projectId).orElseThrow().project().version(), "补录销售额");
        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> retrospectives.correct(projectId)).hasMessageContaining("retrospective.error.notClosed");
        projects.close(projectId, projects.workTree(projectId).orElseThrow().project().version());
        assertThat(retrospectives.page(projectId, null).orElseThrow().correctable()).isTrue();
        // a correction is the next version, starting from the submitted one, which stays as it was
        assertThat(retrospectives.correct(projectId)).isEqualTo(2);
        assertThatThrownBy(() -> retrospectives.correct(projectId)).hasMessageContaining("retrospective.error.draftOpen");
        RetrospectivePage correcting = retrospectives.page(projectId, null).orElseThrow();
        assertThat(correcting.number()).isEqualTo(2);
        assertThat(correcting.editable()).isTrue();
        assertThat(correcting.form().lessons()).isEqualTo("主视觉要提前启动");
        retrospectives.saveDraft(projectId, correcting.version(), form(MON.plusDays(10), Set.of(m), 3, "改过的教训",
                new BigDecimal("520")));
        RetrospectivePage first = retrospectives.page(projectId, 1).orElseThrow();
        assertThat(first.submitted()).isTrue();
        assertThat(first.form().lessons()).isEqualTo("主视觉要提前启动");
        assertThat(first.form().progressRating()).isEqualTo(4);
        assertThat(first.versions()).extracting(RetrospectivePage.Version::number).containsExactly(2, 1);
    }

    @Test
    void a_cancelled_project_needs_a_reason_closes_its_warnings_and_owes_a_retrospective_too() {
        clock.setTo(LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZONE).toInstant());
        SystemActor.call(() -> warnings.scan());
        SignIn.as(users, manager.getUsername());
        assertThat(warnings.open(projectId)).isNotEmpty(); // both tasks late
        long version = projects.workTree(projectId).orElseThrow().project().version();
        assertThatThrownBy(() -> projects.cancel(projectId, version, " "))
                .hasMessageContaining("project.error.cancelReason");
        projects.cancel(projectId, version, "品牌方撤回合作");
        var project = projects.workTree(projectId).orElseThrow().project();
        assertThat(project.status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(project.cancelReason()).isEqualTo("品牌方撤回合作");
        assertThat(warnings.open(projectId)).isEmpty();
        assertThatThrownBy(() -> projects.cancel(projectId, project.version(), "再取消"))
                .hasMessageContaining("project.error.alreadyClosed");
        assertThat(retrospectives.page(projectId, null).orElseThrow().editable()).isTrue();
        // cancelled on Wednesday: due Thursday, Friday, (holiday Monday), Tuesday; the scan told of both tasks
        assertThat(ownersNotices()).extracting(NoticeLine::messageKey, NoticeLine::args).containsExactlyInAnyOrder(
                tuple("notice.retrospective.dueCancelled", List.of(project.name(), MON.plusDays(15).toString())),
                tuple("notice.warning.LATE", List.of("准时任务", project.name())),
                tuple("notice.warning.LATE", List.of("延期任务", project.name())));
    }
}
