package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.schedule.CriticalPath;
import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.schedule.Link;
import com.campaigntracker.schedule.Span;
import com.campaigntracker.tracking.Cadence;
import com.campaigntracker.tracking.ExpectedProgress;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.UpdateDeadlines;
import com.campaigntracker.tracking.UpdateState;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * R10, incremental: after any sequence of random progress reports, plan moves and scans over random
 * plans, the warnings of an app that evaluates an update's task alone (WarningService's scope) equal
 * those of one that evaluates the whole project after every change: the same open warnings by task
 * and kind, raised at the same time, and the same closings, also when the clock moved on between two
 * reports without a scan. Facts are derived as tracking derives them
 * (critical path over planned dates, R8 cadence, update deadlines, blocked since, weekly checkpoints).
 */
class WarningEvaluationPropertyTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2032, 3, 1); // a Monday
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            List.of(LocalDate.of(2032, 4, 5)), List.of(LocalDate.of(2032, 4, 10)));
    private static final UpdateDeadlines DEADLINES = new UpdateDeadlines(CALENDAR, LocalTime.of(18, 0), ZONE);
    private static final WarningRules.Settings SETTINGS = new WarningRules.Settings(0, 3);

    @Test
    void incremental_evaluation_after_each_update_equals_the_full_evaluation() {
        Random random = new Random(20261205L);
        Map<WarningKind, int[]> raisedAndClosed = new java.util.EnumMap<>(WarningKind.class);
        int[] partial = {0};
        int steps = 0;
        for (int plan = 0; plan < 60; plan++) {
            steps += checkOnePlan(new Random(random.nextLong()), plan, raisedAndClosed, partial);
        }
        assertThat(steps).isGreaterThan(5_000);
        assertThat(partial[0]).as("reports evaluated for their task alone").isGreaterThan(steps / 3);
        // not vacuous: every kind was raised and closed again and again
        for (WarningKind kind : WarningKind.values()) {
            assertThat(raisedAndClosed.get(kind)).as(kind.name()).satisfies(n -> {
                assertThat(n[0]).isGreaterThan(10);
                assertThat(n[1]).isGreaterThan(10);
            });
        }
    }

    /** One random plan run through random changes; the number of changes. */
    private static int checkOnePlan(Random random, int planNumber, Map<WarningKind, int[]> raisedAndClosed,
                                    int[] partial) {
        Model model = Model.random(random);
        World incremental = new World();
        World full = new World();
        Instant now = START.atTime(9, 0).atZone(ZONE).toInstant();
        incremental.evaluate(model, null, now);
        full.evaluate(model, null, now);
        int changes = 60 + random.nextInt(80);
        for (int step = 0; step < changes; step++) {
            int what = random.nextInt(100);
            if (what < 65) { // a progress report (or an acceptance): the task alone, as WarningService.on does
                long task = model.report(random, now);
                incremental.evaluate(model, Set.of(task), now);
                full.evaluate(model, null, now);
            } else if (what < 78) { // a bar moved with its successors: PlanChanged, the whole project
                model.move(random);
                incremental.evaluate(model, null, now);
                full.evaluate(model, null, now);
            } else if (what < 80) { // closed or cancelled: ProjectClosed, the whole project
                model.running = random.nextInt(3) > 0;
                incremental.evaluate(model, null, now);
                full.evaluate(model, null, now);
            } else if (what < 90) { // the clock moves on, Friday checkpoints are taken, the scheduled scan runs
                Instant later = now.plus(Duration.ofMinutes(15L * (1 + random.nextInt(200))));
                model.checkpoints(now, later);
                now = later;
                incremental.evaluate(model, null, now);
                full.evaluate(model, null, now);
            } else { // the clock moves on before the scan runs: the next report finds it in another slot
                now = now.plus(Duration.ofMinutes(15L * (1 + random.nextInt(100))));
                continue;
            }
            String where = "plan " + planNumber + ", change " + step;
            assertThat(incremental.open()).as(where).isEqualTo(full.open());
            assertThat(incremental.closed()).as(where).isEqualTo(full.closed());
        }
        partial[0] += incremental.partial;
        incremental.warnings.forEach(w -> {
            int[] n = raisedAndClosed.computeIfAbsent(w.kind, k -> new int[2]);
            n[0]++;
            n[1] += w.closedAt == null ? 0 : 1;
        });
        return changes;
    }

    /** A warning as the store keeps it. */
    private static final class Stored {
        final long task;
        final WarningKind kind;
        final Instant raisedAt;
        Instant closedAt;

        Stored(long task, WarningKind kind, Instant raisedAt) {
            this.task = task;
            this.kind = kind;
            this.raisedAt = raisedAt;
        }

        String key() {
            return task + " " + kind + " " + raisedAt + (closedAt == null ? "" : " closed " + closedAt);
        }
    }

    /** The warnings of one app, evaluated as WarningService evaluates them. */
    private static final class World {
        final List<Stored> warnings = new ArrayList<>();
        WarningEvaluation.TimeSlot fullyEvaluatedIn;
        int partial;

        /** {@code requested}: the tasks to evaluate, null for all; narrowed as the service narrows it. */
        void evaluate(Model model, Set<Long> requested, Instant now) {
            WarningEvaluation.TimeSlot slot = WarningEvaluation.TimeSlot.of(now, ZONE, DEADLINES);
            Set<Long> only = requested != null && slot.equals(fullyEvaluatedIn) ? requested : null;
            if (only == null) {
                fullyEvaluatedIn = slot;
            } else {
                partial++;
            }
            List<TrackedTask> tasks = model.tracked(now).stream()
                    .filter(t -> only == null || only.contains(t.id())).toList();
            Map<Long, Map<WarningKind, Stored>> open = new HashMap<>();
            warnings.stream().filter(w -> w.closedAt == null && (only == null || only.contains(w.task)))
                    .forEach(w -> open.computeIfAbsent(w.task, k -> new HashMap<>()).put(w.kind, w));
            Map<Long, Set<WarningKind>> holding = new LinkedHashMap<>();
            for (TrackedTask t : tasks) {
                holding.put(t.id(), WarningEvaluation.holding(t, model.checkpointsOf(t.id()),
                        t.storedStatus() == ProgressStatus.BLOCKED ? model.blockedSince(t, now) : null,
                        model.running, now, ZONE, CALENDAR, SETTINGS));
            }
            WarningEvaluation.Change<Stored> change = WarningEvaluation.reconcile(holding, open);
            change.raise().forEach(r -> warnings.add(new Stored(r.taskId(), r.kind(), now)));
            change.close().forEach(w -> w.closedAt = now);
        }

        Set<String> open() {
            Set<String> keys = new TreeSet<>();
            warnings.stream().filter(w -> w.closedAt == null).forEach(w -> keys.add(w.key()));
            return keys;
        }

        Set<String> closed() {
            Set<String> keys = new TreeSet<>();
            warnings.stream().filter(w -> w.closedAt != null).forEach(w -> keys.add(w.key()));
            return keys;
        }
    }

    /** A task's plan and progress. */
    private static final class Task {
        final long id;
        LocalDate plannedStart;
        LocalDate plannedFinish;
        final boolean keyTask;
        final Cadence chosen;
        final boolean hasAccountable;
        int percent;
        ProgressStatus status = ProgressStatus.NOT_STARTED;
        LocalDate actualStart;
        LocalDate actualFinish;
        /** The updates, oldest first: when and with which status. */
        final List<Map.Entry<Instant, ProgressStatus>> updates = new ArrayList<>();
        final List<WarningRules.Checkpoint> checkpoints = new ArrayList<>();

        Task(long id, LocalDate plannedStart, LocalDate plannedFinish, boolean keyTask, Cadence chosen,
             boolean hasAccountable) {
            this.id = id;
            this.plannedStart = plannedStart;
            this.plannedFinish = plannedFinish;
            this.keyTask = keyTask;
            this.chosen = chosen;
            this.hasAccountable = hasAccountable;
        }

        boolean awaiting() {
            return status == ProgressStatus.IN_PROGRESS && percent == 100;
        }
    }

    /** A project's leaf tasks and finish-to-start links, changed as the app's services change them. */
    private static final class Model {
        final List<Task> tasks = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        boolean running = true;

        static Model random(Random random) {
            Model m = new Model();
            int n = 3 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                LocalDate start = CALENDAR.shift(CALENDAR.onOrAfter(START), random.nextInt(30) - 5);
                LocalDate finish = CALENDAR.shift(start, random.nextInt(random.nextInt(4) == 0 ? 40 : 12));
                Cadence chosen = random.nextInt(8) == 0 ? Cadence.values()[random.nextInt(3)] : null;
                m.tasks.add(new Task(100 + i, start, finish, random.nextInt(8) == 0, chosen, random.nextBoolean()));
            }
            for (int i = 1; i < n; i++) {
                if (random.nextInt(3) > 0) {
                    m.links.add(new Link(100 + random.nextInt(i), 100 + i, DependencyType.FS, random.nextInt(3)));
                }
            }
            return m;
        }

        /** TrackingService.track: the cadence from the critical path over planned dates unless chosen. */
        List<TrackedTask> tracked(Instant now) {
            Set<Long> critical = CriticalPath.compute(tasks.stream()
                    .map(t -> new Span(t.id, t.plannedStart, t.plannedFinish)).toList(), links, CALENDAR).criticalIds();
            List<TrackedTask> list = new ArrayList<>();
            for (Task t : tasks) {
                int duration = CALENDAR.workingDaysBetween(t.plannedStart, t.plannedFinish);
                Cadence cadence = t.chosen != null ? t.chosen : Cadence.of(critical.contains(t.id), t.keyTask, duration);
                Instant last = t.updates.isEmpty() ? null : t.updates.get(t.updates.size() - 1).getKey();
                boolean due = running && t.status != ProgressStatus.DONE && !t.awaiting();
                UpdateState state = due ? DEADLINES.state(cadence, last,
                        t.actualStart != null ? t.actualStart : t.plannedStart, now) : UpdateState.none(cadence);
                list.add(new TrackedTask(t.id, 0, 1, "项目", "1." + t.id, "任务" + t.id, "交付物", 7L, "负责人",
                        t.plannedStart, t.plannedFinish, duration, t.actualStart, t.actualFinish, null, t.status, null,
                        t.percent, null, critical.contains(t.id), t.keyTask, false, cadence, t.chosen != null, last,
                        t.awaiting(), state));
            }
            return list;
        }

        List<WarningRules.Checkpoint> checkpointsOf(long id) {
            return List.copyOf(task(id).checkpoints);
        }

        /** TrackingService.blockedSince: the first update of the latest run of blocked ones. */
        LocalDate blockedSince(TrackedTask tracked, Instant now) {
            Task t = task(tracked.id());
            Instant first = null;
            for (int i = t.updates.size() - 1; i >= 0 && t.updates.get(i).getValue() == ProgressStatus.BLOCKED; i--) {
                first = t.updates.get(i).getKey();
            }
            return first != null ? LocalDate.ofInstant(first, ZONE)
                    : t.actualStart != null ? t.actualStart : LocalDate.ofInstant(now, ZONE);
        }

        Task task(long id) {
            return tasks.stream().filter(t -> t.id == id).findFirst().orElseThrow();
        }

        /** ProgressService.report (and an acceptance) on a random task, as its R; the task's id. */
        long report(Random random, Instant now) {
            Task t = tasks.get(random.nextInt(tasks.size()));
            LocalDate today = LocalDate.ofInstant(now, ZONE);
            ProgressStatus wanted = ProgressStatus.values()[random.nextInt(ProgressStatus.values().length)];
            int percent = wanted == ProgressStatus.DONE ? 100 : random.nextInt(4) == 0 ? 0 : random.nextInt(101);
            boolean accepting = t.awaiting() && random.nextBoolean();
            t.percent = percent;
            if (wanted == ProgressStatus.DONE || accepting) {
                t.percent = 100;
                if (t.actualStart == null) {
                    t.actualStart = today;
                }
                if (t.hasAccountable && !accepting) { // waits for its A
                    t.status = ProgressStatus.IN_PROGRESS;
                    t.actualFinish = null;
                } else {
                    t.status = ProgressStatus.DONE;
                    if (t.actualFinish == null) {
                        t.actualFinish = today;
                    }
                }
            } else {
                t.actualFinish = null;
                t.status = wanted == ProgressStatus.NOT_STARTED && percent > 0 ? ProgressStatus.IN_PROGRESS : wanted;
                if (t.status == ProgressStatus.NOT_STARTED) {
                    t.actualStart = null;
                } else if (t.actualStart == null) {
                    t.actualStart = today;
                }
            }
            t.updates.add(Map.entry(now, t.status));
            return t.id;
        }

        /** A bar dragged by a few working days, its successors pushed after it (TimelineService.move). */
        void move(Random random) {
            Task t = tasks.get(random.nextInt(tasks.size()));
            int by = random.nextInt(11) - 5;
            t.plannedStart = CALENDAR.shift(t.plannedStart, by);
            t.plannedFinish = CALENDAR.shift(t.plannedFinish, by);
            push(t);
        }

        private void push(Task predecessor) {
            for (Link l : links) {
                if (l.predecessor() == predecessor.id) {
                    Task s = task(l.successor());
                    LocalDate earliest = CALENDAR.shift(predecessor.plannedFinish, 1 + l.lag());
                    if (s.plannedStart.isBefore(earliest)) {
                        int length = CALENDAR.workingDaysBetween(s.plannedStart, s.plannedFinish);
                        s.plannedStart = earliest;
                        s.plannedFinish = CALENDAR.shift(earliest, Math.max(0, length - 1));
                        push(s);
                    }
                }
            }
        }

        /** CheckpointService.record: every Friday evening between the two instants, each open task's %. */
        void checkpoints(Instant from, Instant to) {
            if (!running) {
                return;
            }
            for (LocalDate day = LocalDate.ofInstant(from, ZONE); !day.isAfter(LocalDate.ofInstant(to, ZONE));
                 day = day.plusDays(1)) {
                Instant taken = day.atTime(18, 0).atZone(ZONE).toInstant();
                if (day.getDayOfWeek() != DayOfWeek.FRIDAY || taken.isBefore(from) || taken.isAfter(to)) {
                    continue;
                }
                LocalDate week = day.with(DayOfWeek.MONDAY);
                for (Task t : tasks) {
                    if (t.status != ProgressStatus.DONE && t.checkpoints.stream().noneMatch(c -> c.weekOf().equals(week))) {
                        t.checkpoints.add(new WarningRules.Checkpoint(week, t.percent,
                                ExpectedProgress.on(day, t.plannedStart, t.plannedFinish, CALENDAR)));
                    }
                }
            }
        }
    }
}
