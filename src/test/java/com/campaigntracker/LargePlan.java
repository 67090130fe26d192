package com.campaigntracker;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.PlanRowsService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The large plan the benchmarks measure and the tests of their figures check (the load test's
 * projects, GanttBench, MyTasksBench, GanttFirstLoadUiTest): phases of ten modules of nine tasks, the
 * tasks in waves of a hundred. Names, owners and dates are the load test's unless a caller names its
 * own: each keeps the plan it has always measured, so its figures stay comparable with the ones before.
 * Also read by src/bench, which the {@code bench} profile compiles with these test sources.
 */
public final class LargePlan {

    private final int tasks;
    private IntFunction<Person> owners = task -> null;
    private BiFunction<Integer, Integer, String> moduleNames =
            (phase, module) -> "模块 " + (phase + 1) + "." + (module + 1);
    private IntFunction<String> taskNames = task -> "任务 " + (task + 1);
    private IntFunction<LocalDate> starts;
    private UnaryOperator<LocalDate> finishes;

    private LargePlan(int tasks, LocalDate start) {
        this.tasks = tasks;
        WorkingDayCalendar calendar = WorkingDayCalendar.mondayToFriday();
        this.starts = task -> calendar.shift(start, (task / 100) * 4);
        this.finishes = s -> calendar.finishFor(s, 3);
    }

    /**
     * {@code tasks} tasks without owners, three working days each from {@code start}, each wave starting
     * four working days after the one before (so a task can precede its counterpart in the next wave).
     */
    public static LargePlan of(int tasks, LocalDate start) {
        return new LargePlan(tasks, start);
    }

    /** The owner (R) of the task with this index (from 0), null for none. */
    public LargePlan ownedBy(IntFunction<Person> ownerOfTask) {
        this.owners = ownerOfTask;
        return this;
    }

    /** A module's name from its phase's index and its own within the phase (from 0). */
    public LargePlan modulesNamed(BiFunction<Integer, Integer, String> name) {
        this.moduleNames = name;
        return this;
    }

    /** A task's name from its index (from 0). */
    public LargePlan tasksNamed(IntFunction<String> name) {
        this.taskNames = name;
        return this;
    }

    /** A task's planned start from its index, and its finish from its start. */
    public LargePlan dated(IntFunction<LocalDate> startOfTask, UnaryOperator<LocalDate> finishAfterStart) {
        this.starts = startOfTask;
        this.finishes = finishAfterStart;
        return this;
    }

    /** The rows of the users' table, phases and modules included; where the tasks stand among them. */
    public Rows rows() {
        List<PlanRow> rows = new ArrayList<>();
        List<Integer> taskRows = new ArrayList<>();
        int task = 0;
        for (int phase = 0; task < tasks; phase++) {
            rows.add(TestPlans.row(WorkItemLevel.PHASE, "阶段 " + (phase + 1), null, null, null, null));
            for (int module = 0; module < 10 && task < tasks; module++) {
                rows.add(TestPlans.row(WorkItemLevel.MODULE, moduleNames.apply(phase, module), null, null, null, null));
                for (int t = 0; t < 9 && task < tasks; t++, task++) {
                    LocalDate s = starts.apply(task);
                    taskRows.add(rows.size());
                    rows.add(TestPlans.row(WorkItemLevel.TASK, taskNames.apply(task), owners.apply(task), s,
                            finishes.apply(s), null));
                }
            }
        }
        return new Rows(rows, taskRows);
    }

    /** Saves the plan as the project's; the tasks' ids by index. */
    public long[] appendTo(PlanRowsService planRows, long projectId) {
        return rows().appendTo(planRows, projectId);
    }

    /** @param taskRows where the tasks stand among {@code all}, by the tasks' index */
    public record Rows(List<PlanRow> all, List<Integer> taskRows) {

        /** Saves the rows as the project's plan; the tasks' ids by index. */
        public long[] appendTo(PlanRowsService planRows, long projectId) {
            List<Long> saved = planRows.appendRows(projectId, all);
            return taskRows.stream().mapToLong(saved::get).toArray();
        }
    }

    /**
     * Each task precedes the one a hundred later (finish to start), which the load test's dates hold.
     * Written at once: through the plan's services each link would be checked and rescheduled.
     */
    public static void linkWaves(JdbcTemplate jdbc, long[] taskIds) {
        List<long[]> links = new ArrayList<>();
        for (int i = 0; i + 100 < taskIds.length; i++) {
            links.add(new long[] {taskIds[i], taskIds[i + 100]});
        }
        link(jdbc, links);
    }

    /** Finish-to-start links without lag, each a predecessor's and a successor's id, written at once. */
    public static void link(JdbcTemplate jdbc, List<long[]> links) {
        jdbc.batchUpdate("insert into dependency (version, predecessor_id, successor_id, type, lag_days) "
                + "values (0, ?, ?, 'FS', 0)", links.stream().map(l -> new Object[] {l[0], l[1]}).toList());
    }
}
