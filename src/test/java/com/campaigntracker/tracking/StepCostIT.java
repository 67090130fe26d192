package com.campaigntracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.SqlStatements;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.warning.WarningService;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 21: what the services behind each step of the load test cost a task owner on a 500-task
 * project (the load test's shape: phases of ten modules of nine tasks, ten owners, finish-to-start
 * links from each task to the one a hundred later, a few tasks blocked): SELECTs the database ran,
 * entities Hibernate loaded, and the thread's CPU (median, printed only). The statement and entity
 * counts are deterministic and bounded: a step that starts loading the whole plan again fails here.
 */
class StepCostIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2032, 3, 1);
    private static final int RUNS = 9;
    private static final int TASKS = 500;

    @Autowired
    DashboardService dashboards;
    @Autowired
    PortfolioFigures shared;
    @Autowired
    TimelineService timelines;
    @Autowired
    TrackingService tracking;
    @Autowired
    WarningService warnings;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagers;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void each_step_of_the_load_test_reads_a_bounded_number_of_rows_and_entities() {
        Person manager = fixtures.manager("step-m", "步骤经理");
        List<Person> owners = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            owners.add(fixtures.member("step-r" + i, "步骤负责人" + i));
        }
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        Fixtures.NewProject plan = fixtures.project(manager, "步骤成本", MON);
        int task = 0;
        for (int phase = 1; task < TASKS; phase++) {
            plan.phase("阶段" + phase);
            for (int module = 1; module <= 10 && task < TASKS; module++) {
                plan.module("模块" + phase + "." + module);
                for (int t = 1; t <= 9 && task < TASKS; t++, task++) {
                    LocalDate start = MON.plusWeeks(task / 100);
                    plan.row(TestPlans.row(WorkItemLevel.TASK, "任务" + (task + 1), owners.get(task % owners.size()),
                            start, start.plusDays(2), null));
                }
            }
        }
        long projectId = plan.activate();
        SignIn.as(users, manager.getUsername());
        List<TrackedTask> all = tracking.tasksOf(projectId);
        assertThat(all).hasSize(TASKS);
        for (int i = 0; i + 100 < all.size(); i++) {
            jdbc.update("insert into dependency (version, predecessor_id, successor_id, type, lag_days) "
                    + "values (0, ?, ?, 'FS', 0)", all.get(i).id(), all.get(i + 100).id());
        }
        // three weeks on: the first wave late, a few tasks blocked or done
        clock.setTo(LocalDateTime.of(MON.plusWeeks(3), LocalTime.of(10, 0)).atZone(ZONE).toInstant());
        Person owner = owners.get(0);
        SignIn.as(users, owner.getUsername());
        List<TrackedTask> mine = tracking.tasksOf(projectId).stream().filter(t -> owner.getId().equals(t.ownerId()))
                .toList();
        assertThat(mine).hasSize(TASKS / owners.size());
        for (int i = 0; i < 10; i++) {
            TrackedTask t = mine.get(i);
            tracking.update(t.id(), t.version(), i % 2 == 0
                    ? new QuickUpdate(30, ProgressStatus.BLOCKED, "等待素材", null, null)
                    : new QuickUpdate(100, ProgressStatus.DONE, null, null, null));
        }
        SystemActor.call(() -> warnings.evaluate(projectId)); // the full evaluation an update's own one follows
        TrackedTask updated = mine.get(20);

        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        Map<String, Cost> costs = new LinkedHashMap<>();
        try {
            SqlStatements sql = new SqlStatements(jdbc);
            costs.put("portfolio (figures computed)", measure(statistics, sql, () -> {
                shared.changed(projectId);
                return dashboards.overview(8);
            }));
            costs.put("portfolio (figures shared)", measure(statistics, sql, () -> dashboards.overview(8)));
            costs.put("Gantt's timeline", measure(statistics, sql, () -> timelines.timeline(projectId)));
            costs.put("My tasks", measure(statistics, sql, () -> tracking.myTasks(false)));
            int[] percent = {10};
            costs.put("update with its warnings", measure(statistics, sql, () -> {
                TrackedTask now = tracking.myTasks(false).stream().filter(m -> m.task().id() == updated.id())
                        .findFirst().orElseThrow().task();
                return new Before(now);
            }, now -> tracking.update(now.task.id(), now.task.version(),
                    new QuickUpdate(percent[0]++ % 90 + 1, null, null, null, null))));
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
        costs.forEach((step, c) -> System.out.printf("STEP COST %-30s %4d selects %5d entities %7.1f ms CPU%n", step,
                c.selects, c.entities, c.cpuMs));
        // measured 2026-12-05 before / after the second round: 22/17, 10/10, 10/8, 16/11, 25/16 selects;
        // entities 1363/1347, 947/947, 1063/1047, 1063/1047, 2109/1050; after the third (rows, not entities)
        // entities 375/375/75/75/78; 2026-12-06, the calendar kept and My tasks and an update's warnings reading
        // their tasks alone: 17/10/8/9/15 selects, entities 303/303/3/2/5 (CPU: see the load test)
        assertThat(costs.get("portfolio (figures computed)").selects).as("portfolio, figures computed")
                .isLessThanOrEqualTo(17);
        assertThat(costs.get("Gantt's timeline").selects).as("a timeline reads its dependencies once").isLessThanOrEqualTo(8);
        assertThat(costs.get("My tasks").selects).as("My tasks").isLessThanOrEqualTo(9);
        // My tasks reads the person's tasks, not the plan (as entities or rows)
        assertThat(costs.get("My tasks").entities).as("My tasks' entities").isLessThan(TASKS / 10);
        Cost update = costs.get("update with its warnings");
        assertThat(update.selects).as("an update's statements").isLessThanOrEqualTo(15);
        // the plan is not read as entities (the report loads the task, the evaluation reads its row alone)
        assertThat(update.entities).as("an update's entities").isLessThan(TASKS / 10);
    }

    private record Before(TrackedTask task) {
    }

    private record Cost(long selects, long entities, double cpuMs) {
    }

    private static Cost measure(Statistics statistics, SqlStatements sql, java.util.function.Supplier<?> call) {
        return measure(statistics, sql, () -> null, ignored -> call.get());
    }

    /** The median over {@link #RUNS} runs of {@code call} after three warm-ups, {@code prepare} not counted. */
    private static <T> Cost measure(Statistics statistics, SqlStatements sql, java.util.function.Supplier<T> prepare,
                                    java.util.function.Consumer<T> call) {
        long[] selects = new long[RUNS];
        long[] entities = new long[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = -3; i < RUNS; i++) {
            T prepared = prepare.get();
            statistics.clear();
            long[] spent = new long[1];
            long counted = sql.selectsOf(() -> {
                long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                call.accept(prepared);
                spent[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
            });
            if (i >= 0) {
                selects[i] = counted;
                entities[i] = statistics.getEntityLoadCount() + statistics.getCollectionLoadCount();
                cpu[i] = spent[0] / 1e6;
            }
        }
        Arrays.sort(selects);
        Arrays.sort(entities);
        Arrays.sort(cpu);
        return new Cost(selects[RUNS / 2], entities[RUNS / 2], cpu[RUNS / 2]);
    }
}
