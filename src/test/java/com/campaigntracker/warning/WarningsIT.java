package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.notify.NoticeLine;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.CheckpointService;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.TrackingService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Warnings raised on updates and by the scan, one open per task and kind, closed when the cause is gone. */
class WarningsIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2032, 3, 1);

    @Autowired
    WarningService warnings;
    @Autowired
    TrackingService tracking;
    @Autowired
    CheckpointService checkpoints;
    @Autowired
    TimelineService timelines;
    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    com.campaigntracker.notify.NoticeService notices;
    @Autowired
    Fixtures fixtures;

    private Person manager;
    private Person owner;
    private long projectId;

    @BeforeEach
    void createProject() {
        manager = fixtures.manager("warn-m", "预警经理");
        owner = fixtures.member("warn-r", "预警负责人");
        clock.setTo(at(MON, 9));
        projectId = fixtures.project(manager, "预警测试", MON).phase("阶段").module("模块")
                .task("主视觉", owner, MON, MON.plusDays(11)) // Monday 03-01 .. Friday 03-12
                .activate();
        SignIn.as(users, manager.getUsername());
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    private WorkItemRow task() {
        SignIn.as(users, manager.getUsername());
        return projects.workTree(projectId).orElseThrow().rows().get(2);
    }

    private List<WarningKind> open() {
        SignIn.as(users, manager.getUsername());
        return warnings.open(projectId).stream().map(WarningLine::kind).sorted().toList();
    }

    @Test
    void a_task_open_two_working_days_after_its_finish_warns_once_and_the_warning_closes_when_the_plan_moves() {
        // planned finish Friday 03-12; Monday 03-15 is one working day after: not yet
        clock.setTo(at(MON.plusDays(14), 10));
        SystemActor.call(() -> warnings.scan());
        assertThat(open()).doesNotContain(WarningKind.LATE);
        clock.setTo(at(MON.plusDays(15), 10));
        SystemActor.call(() -> warnings.evaluate(projectId));
        assertThat(SystemActor.call(() -> warnings.evaluate(projectId))).as("raised once").isZero();
        assertThat(open()).containsOnlyOnce(WarningKind.LATE);
        // the R and the manager (this test's own: every notice of theirs is about it) were told once, in the app
        SignIn.as(users, owner.getUsername());
        String name = projects.workTree(projectId).orElseThrow().project().name();
        assertThat(notices.mine(50)).extracting(NoticeLine::messageKey, NoticeLine::args)
                .containsExactly(tuple("notice.warning.LATE", List.of("主视觉", name)));
        SignIn.as(users, manager.getUsername());
        assertThat(notices.mine(50)).extracting(NoticeLine::messageKey, NoticeLine::args)
                .containsExactly(tuple("notice.warning.LATE", List.of("主视觉", name)));

        // the manager moves the finish later: the cause is gone, the warning closes and stays as history
        WorkItemRow t = task();
        timelines.reschedule(t.id(), t.version(), MON, MON.plusDays(18), true);
        assertThat(open()).doesNotContain(WarningKind.LATE); // at once: the plan change re-evaluates the project
        assertThat(warningsOf(t.id())).anySatisfy(w -> {
            assertThat(w.getKind()).isEqualTo(WarningKind.LATE);
            assertThat(w.getClosedAt()).isNotNull();
        });
    }

    @Autowired
    WarningRepository repository;

    private List<Warning> warningsOf(long itemId) {
        return repository.findByWorkItemIdOrderByRaisedAtDesc(itemId);
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void a_warning_is_counted_in_the_metrics_only_when_the_transaction_that_raised_it_commits() {
        clock.setTo(at(MON.plusDays(15), 10)); // two working days after the planned finish: LATE holds
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);

        double before = lateRaised();
        int raised = SystemActor.call(() -> transaction.execute(status -> {
            int n = warnings.evaluate(projectId);
            status.setRollbackOnly(); // as when a later step of the scan fails
            return n;
        }));
        assertThat(raised).isPositive();
        assertThat(lateRaised()).as("rolled back: not counted").isEqualTo(before);
        assertThat(open()).doesNotContain(WarningKind.LATE);

        SystemActor.call(() -> warnings.evaluate(projectId));
        assertThat(open()).containsOnlyOnce(WarningKind.LATE);
        assertThat(lateRaised()).as("committed: counted").isEqualTo(before + 1);
    }

    private double lateRaised() {
        var counter = meters.find("campaign.warnings.raised").tag("kind", WarningKind.LATE.name()).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void an_update_overdue_warns_and_the_owners_update_closes_it_on_the_spot() {
        clock.setTo(at(MON.plusDays(1), 19)); // daily (critical) task, due Monday 18:00, no update
        SystemActor.call(() -> warnings.scan());
        assertThat(open()).contains(WarningKind.UPDATE_OVERDUE);
        WorkItemRow t = task();
        SignIn.as(users, owner.getUsername());
        tracking.update(t.id(), t.version(), new QuickUpdate(20, null, null, "开始了", null));
        assertThat(open()).doesNotContain(WarningKind.UPDATE_OVERDUE);
    }

    @Test
    void behind_the_expected_percent_at_two_weekly_checkpoints_running_warns() {
        WorkItemRow t = task();
        SignIn.as(users, owner.getUsername());
        tracking.update(t.id(), t.version(), new QuickUpdate(10, null, null, null, null));
        SystemActor.run(() -> checkpoints.backfill(t.id(), MON.plusDays(4), 10)); // expected 50 (5 of 10 days)
        clock.setTo(at(MON.plusDays(7), 10));
        SystemActor.call(() -> warnings.scan());
        assertThat(open()).doesNotContain(WarningKind.BEHIND_EXPECTED); // one checkpoint is not two
        SystemActor.run(() -> checkpoints.backfill(t.id(), MON.plusDays(11), 30)); // expected 100
        clock.setTo(at(MON.plusDays(14), 10));
        SystemActor.call(() -> warnings.scan());
        assertThat(open()).contains(WarningKind.BEHIND_EXPECTED);
    }

    @Test
    void a_task_finished_by_its_R_on_time_is_not_late_while_it_waits_for_its_A() {
        WorkItemRow t = task();
        clock.setTo(at(MON.plusDays(11), 17)); // the planned finish
        SignIn.as(users, owner.getUsername());
        com.campaigntracker.raci.RaciMatrixService raci = context.getBean(com.campaigntracker.raci.RaciMatrixService.class);
        SignIn.as(users, manager.getUsername());
        raci.set(projectId, t.id(), manager.getId(), null,
                com.campaigntracker.raci.RaciLetter.A);
        WorkItemRow fresh = task();
        SignIn.as(users, owner.getUsername());
        tracking.update(fresh.id(), fresh.version(), new QuickUpdate(100, null, null, "交付", null));
        clock.setTo(at(MON.plusDays(17), 10)); // the A has not accepted yet, days later
        SystemActor.call(() -> warnings.scan());
        assertThat(open()).doesNotContain(WarningKind.LATE);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ImpactService impacts;

    @Test
    void the_impact_of_proposed_dates_is_computed_on_the_real_plan_for_those_who_see_it() {
        WorkItemRow t = task();
        SignIn.as(users, owner.getUsername());
        ImpactAnalysis.Impact impact = impacts.preview(t.id(), MON, MON.plusDays(15)).orElseThrow().impact(); // Fri → Tue
        assertThat(impact.critical()).isTrue(); // the only task: it drives the finish
        assertThat(impact.downstream()).isEmpty();
        assertThat(impact.finishBefore()).isEqualTo(MON.plusDays(11));
        assertThat(impact.finishSlip()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> impacts.preview(t.id(), MON.plusDays(3), MON))
                .hasMessageContaining("warning.error.proposedDates");
        SignIn.as(users, fixtures.member("warn-out", "局外人").getUsername());
        assertThat(impacts.preview(t.id(), MON, MON.plusDays(15))).isEmpty();
    }

    @Test
    void the_scan_is_locked_by_name_through_the_jdbc_provider_on_database_time() throws Exception {
        var method = WarningScan.class.getDeclaredMethod("scan");
        assertThat(method.getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class).name())
                .isEqualTo("warning-scan");
        assertThat(context.getBean(net.javacrumbs.shedlock.core.LockProvider.class))
                .isInstanceOf(JdbcTemplateLockProvider.class);
    }

    @Test
    void two_app_instances_scanning_at_the_same_moment_run_the_scan_once() throws Exception {
        // two lock providers on the same database, as two app instances have
        DefaultLockingTaskExecutor first = new DefaultLockingTaskExecutor(lockProvider());
        DefaultLockingTaskExecutor second = new DefaultLockingTaskExecutor(lockProvider());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Runnable scan = () -> {
            runs.incrementAndGet();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        LockConfiguration slot = new LockConfiguration(Instant.now(), "warning-scan-test-" + System.nanoTime(),
                Duration.ofMinutes(1), Duration.ofSeconds(30));
        Thread a = new Thread(() -> await(start, () -> first.executeWithLock(scan, slot)));
        Thread b = new Thread(() -> await(start, () -> second.executeWithLock(scan, slot)));
        a.start();
        b.start();
        start.countDown();
        a.join();
        b.join();
        assertThat(runs).hasValue(1);
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from shedlock where name = ?",
                Integer.class, slot.getName())).isEqualTo(1);
    }

    private JdbcTemplateLockProvider lockProvider() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    private static void await(CountDownLatch latch, Runnable then) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        then.run();
    }
}
