package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.TaskProgressReported;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What one warning evaluation costs on a 500-task project (R10), the full one and the one an update
 * makes (the reported task alone), and the reading of the tracked tasks both start with: SQL
 * statements (Hibernate's statistics) and CPU. Prints its figures; asserts only that an
 * update's evaluation issues fewer statements than the full one, never a time.
 */
@ExtendWith(OutputCaptureExtension.class)
class WarningEvaluationCostIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2032, 3, 1);
    private static final int RUNS = 15;

    @Autowired
    WarningService warnings;
    @Autowired
    TrackingService tracking;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EntityManagerFactory entityManagers;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void an_updates_evaluation_on_a_500_task_project_costs_less_than_the_full_one(CapturedOutput output) {
        Person manager = fixtures.manager("cost-m", "成本经理");
        Person owner = fixtures.member("cost-r", "成本负责人");
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        Fixtures.NewProject plan = fixtures.project(manager, "预警成本", MON);
        for (int p = 1; p <= 5; p++) {
            plan.phase("阶段" + p);
            for (int m = 1; m <= 10; m++) {
                plan.module("模块" + p + "." + m);
                for (int t = 1; t <= 10; t++) {
                    LocalDate start = MON.plusWeeks(t - 1);
                    plan.row(TestPlans.row(WorkItemLevel.TASK, "任务" + p + "." + m + "." + t, owner, start,
                            start.plusDays(4), t == 1 ? null : p + "." + m + "." + (t - 1)));
                }
            }
        }
        long projectId = plan.activate();
        // six weeks on: the first tasks are late, a few are blocked or done
        clock.setTo(LocalDateTime.of(MON.plusWeeks(6), LocalTime.of(10, 0)).atZone(ZONE).toInstant());
        SignIn.as(users, owner.getUsername());
        List<TrackedTask> tasks = tracking.tasksOf(projectId);
        assertThat(tasks).hasSize(500);
        for (int i = 0; i < 500; i += 25) {
            TrackedTask t = tasks.get(i);
            tracking.update(t.id(), t.version(), i % 50 == 0
                    ? new QuickUpdate(30, ProgressStatus.BLOCKED, "等待素材", null, null)
                    : new QuickUpdate(100, ProgressStatus.DONE, null, null, null));
        }
        SystemActor.call(() -> warnings.evaluate(projectId));

        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            Cost full = measure(statistics, () -> SystemActor.call(() -> warnings.evaluate(projectId)));
            TrackedTask updated = tasks.get(7);
            // as the app evaluates after an update: the event's listener, in the reporter's thread
            TaskProgressReported reported = new TaskProgressReported(projectId, updated.projectName(), updated.id(),
                    updated.name(), owner.getId(), clock.instant(), updated.percent(), updated.storedStatus(), null, null,
                    ProgressSource.UPDATE, false);
            Cost oneTask = measure(statistics, () -> {
                warnings.on(reported);
                return null;
            });
            // the listener logs a failed evaluation instead of throwing: fewer statements would then prove nothing
            assertThat(output.getAll()).doesNotContain("not evaluated after a change");
            Cost tasksRead = measure(statistics, () -> SystemActor.call(() -> tracking.tasksOf(projectId)));
            int[] percent = {10};
            Cost update = measure(statistics, () -> {
                SignIn.as(users, owner.getUsername());
                TrackedTask now = tracking.tasksOf(projectId).stream().filter(t -> t.id() == updated.id())
                        .findFirst().orElseThrow();
                statistics.clear(); // the update alone, not the reading of its version
                long cpu = cpu();
                long wall = System.nanoTime();
                tracking.update(now.id(), now.version(), new QuickUpdate(percent[0]++ % 90 + 1, null, null, null, null));
                return new long[] {cpu() - cpu, System.nanoTime() - wall};
            });
            System.out.printf("WARNING EVALUATION COST (500 tasks, %d runs, median): full evaluate() %d statements,"
                            + " %.1f ms CPU, %.1f ms wall; an update's evaluation (its task alone) %d statements,"
                            + " %.1f ms CPU, %.1f ms wall; of which reading the tracked tasks %d statements,"
                            + " %.1f ms CPU, %.1f ms wall; a progress update with its evaluation %d statements,"
                            + " %.1f ms CPU, %.1f ms wall%n", RUNS, full.statements, full.cpuMs, full.wallMs,
                    oneTask.statements, oneTask.cpuMs, oneTask.wallMs, tasksRead.statements, tasksRead.cpuMs,
                    tasksRead.wallMs, update.statements, update.cpuMs, update.wallMs);
            assertThat(oneTask.statements).isLessThan(full.statements);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private record Cost(long statements, double cpuMs, double wallMs) {
    }

    /** The median over {@link #RUNS} runs after five warm-ups; {@code run} returns its own CPU and wall ns, or null. */
    private static Cost measure(Statistics statistics, Supplier<?> run) {
        long[] statements = new long[RUNS];
        double[] cpu = new double[RUNS];
        double[] wall = new double[RUNS];
        for (int i = -5; i < RUNS; i++) {
            statistics.clear();
            long cpu0 = cpu();
            long wall0 = System.nanoTime();
            Object own = run.get();
            long[] spent = own instanceof long[] l ? l : new long[] {cpu() - cpu0, System.nanoTime() - wall0};
            if (i >= 0) {
                statements[i] = statistics.getPrepareStatementCount();
                cpu[i] = spent[0] / 1e6;
                wall[i] = spent[1] / 1e6;
            }
        }
        Arrays.sort(statements);
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new Cost(statements[RUNS / 2], cpu[RUNS / 2], wall[RUNS / 2]);
    }

    private static long cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadCpuTime();
    }
}
