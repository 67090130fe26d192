package com.campaigntracker.schedule;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * R5: the critical path — a forward and a backward pass over the leaf tasks on the working-day
 * calendar; a task whose total float is 0 (or less) is critical.
 *
 * <p>Forward pass: a task starts at the latest of its own planned start (kept as "start no earlier
 * than", so a task without predecessors stays where it is planned) and the starts its predecessors
 * allow ({@link DependencyRules#earliestStart}). The project finishes with the latest early finish.
 * Backward pass: a task must finish by the earliest of the project finish and the latest finish each
 * outgoing link allows. Total float = working days from early start to late start.
 *
 * <p>Because the forward pass already moves a task that its plan starts too early, the early dates
 * satisfy every dependency and the float is never negative; it is kept signed, and "critical" means
 * {@code <= 0}, so a later rule that adds deadlines can make it negative without changing callers.
 *
 * <p>Runs in O(tasks + links + days in the project): one topological order (Kahn), each link read
 * once in each pass.
 */
public final class CriticalPath {

    private CriticalPath() {
    }

    /**
     * @param spans leaf tasks with their planned dates; undated ones are left out
     * @param links dependencies; a link with an end that is not a dated span is left out
     * @throws IllegalArgumentException on a dependency cycle, or two spans with the same id
     */
    public static Result compute(Collection<Span> spans, Collection<Link> links, WorkingDayCalendar calendar) {
        Map<Long, Span> planned = new LinkedHashMap<>();
        for (Span s : spans) {
            if (s.isDated() && planned.put(s.id(), s) != null) {
                throw new IllegalArgumentException("Two spans with id " + s.id());
            }
        }
        DependencyGraph graph = DependencyGraph.between(planned.keySet(), links);
        List<Long> order = graph.topologicalOrder(planned.keySet());

        Map<Long, Integer> duration = new HashMap<>();
        Map<Long, Span> early = new HashMap<>();
        LocalDate projectFinish = null;
        for (Long id : order) {
            Span plan = planned.get(id);
            int d = plan.duration(calendar);
            duration.put(id, d);
            LocalDate start = calendar.onOrAfter(plan.start());
            for (Link l : graph.incoming(id)) {
                LocalDate allowed = DependencyRules.earliestStart(l, early.get(l.predecessor()), d, calendar);
                if (allowed.isAfter(start)) {
                    start = allowed;
                }
            }
            Span e = new Span(id, start, calendar.finishFor(start, d));
            early.put(id, e);
            if (projectFinish == null || e.finish().isAfter(projectFinish)) {
                projectFinish = e.finish();
            }
        }

        Map<Long, Span> late = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Long id = order.get(i);
            int d = duration.get(id);
            // capped at the project finish even with successors: an SS/SF successor alone would let a
            // long task slide past the end of the project
            LocalDate finish = projectFinish;
            for (Link l : graph.outgoing(id)) {
                LocalDate allowed = latestFinish(l, late.get(l.successor()), d, calendar);
                if (allowed.isBefore(finish)) {
                    finish = allowed;
                }
            }
            late.put(id, new Span(id, calendar.startFor(finish, d), finish));
        }

        WorkingDayCount count = order.isEmpty() ? null : new WorkingDayCount(calendar, early.values(), late.values());
        Map<Long, Task> tasks = new LinkedHashMap<>();
        Set<Long> criticalIds = new LinkedHashSet<>();
        for (Long id : order) {
            Span e = early.get(id);
            Span l = late.get(id);
            Task t = new Task(id, e.start(), e.finish(), l.start(), l.finish(), count.signedBetween(e.start(), l.start()));
            tasks.put(id, t);
            if (t.isCritical()) {
                criticalIds.add(id);
            }
        }
        Set<Link> criticalLinks = new LinkedHashSet<>();
        for (Link l : graph.links()) {
            if (criticalIds.contains(l.predecessor()) && criticalIds.contains(l.successor())) {
                // driving: the successor starts exactly when this link lets it (for FF/SF the start
                // follows from the finish the link imposes, so this is the same as comparing finishes)
                LocalDate imposed = DependencyRules.earliestStart(l, early.get(l.predecessor()),
                        duration.get(l.successor()), calendar);
                if (imposed.equals(early.get(l.successor()).start())) {
                    criticalLinks.add(l);
                }
            }
        }
        return new Result(tasks, criticalIds, criticalLinks, projectFinish);
    }

    /**
     * The latest finish a link allows its predecessor, given the successor's late dates: each rule of
     * {@link DependencyRules} read backwards. All dates here are working days, and shifting a working
     * day by n and then by -n gives it back, so this is the exact inverse.
     */
    static LocalDate latestFinish(Link link, Span successorLate, int predecessorDuration, WorkingDayCalendar calendar) {
        return switch (link.type()) {
            case FS -> calendar.shift(successorLate.start(), -(1 + link.lag()));
            case SS -> calendar.finishFor(calendar.shift(successorLate.start(), -link.lag()), predecessorDuration);
            case FF -> calendar.shift(successorLate.finish(), -link.lag());
            case SF -> calendar.finishFor(calendar.shift(successorLate.finish(), -link.lag()), predecessorDuration);
        };
    }

    /** Early and late dates of one task, and its total float in working days. */
    public record Task(long id, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
                       LocalDate lateFinish, int totalFloat) {

        public boolean isCritical() {
            return totalFloat <= 0;
        }
    }

    /** The outcome of both passes; immutable. */
    public static final class Result {

        private final Map<Long, Task> tasks;
        private final Map<Long, Integer> totalFloat;
        private final Set<Long> criticalIds;
        private final Set<Link> criticalLinks;
        private final LocalDate projectFinish;

        private Result(Map<Long, Task> tasks, Set<Long> criticalIds, Set<Link> criticalLinks, LocalDate projectFinish) {
            this.tasks = Collections.unmodifiableMap(tasks);
            Map<Long, Integer> floats = new LinkedHashMap<>();
            tasks.forEach((id, t) -> floats.put(id, t.totalFloat()));
            this.totalFloat = Collections.unmodifiableMap(floats);
            this.criticalIds = Collections.unmodifiableSet(criticalIds);
            this.criticalLinks = Collections.unmodifiableSet(criticalLinks);
            this.projectFinish = projectFinish;
        }

        /** Every dated task, in topological order. */
        public Map<Long, Task> tasks() {
            return tasks;
        }

        public boolean contains(long id) {
            return tasks.containsKey(id);
        }

        /** @throws NoSuchElementException when {@code id} was not a dated span */
        public Task task(long id) {
            Task t = tasks.get(id);
            if (t == null) {
                throw new NoSuchElementException("No dated task " + id);
            }
            return t;
        }

        /** @throws NoSuchElementException when {@code id} was not a dated span */
        public int totalFloat(long id) {
            return task(id).totalFloat();
        }

        /** False for a task that was not computed (undated or unknown). */
        public boolean isCritical(long id) {
            return criticalIds.contains(id);
        }

        /** Critical task ids, in topological order. */
        public Set<Long> criticalIds() {
            return criticalIds;
        }

        /** Total float in working days by task id, in topological order. */
        public Map<Long, Integer> totalFloat() {
            return totalFloat;
        }

        /** Both ends critical and the link is the one that sets the successor's early start. */
        public boolean isCritical(Link link) {
            return criticalLinks.contains(link);
        }

        public Set<Link> criticalLinks() {
            return criticalLinks;
        }

        /** The latest early finish; null when there is no dated task. */
        public LocalDate projectFinish() {
            return projectFinish;
        }
    }

    /**
     * Working days between two dates in O(1): a running count over the days the passes produced.
     * {@link WorkingDayCalendar#workingDaysBetween} walks day by day, which for thousands of tasks
     * with a float of months or years adds up.
     */
    private static final class WorkingDayCount {

        private final long firstDay;
        private final int[] before; // before[i] = working days in [firstDay, firstDay + i)

        WorkingDayCount(WorkingDayCalendar calendar, Collection<Span> early, Collection<Span> late) {
            LocalDate first = null;
            LocalDate last = null;
            for (Collection<Span> spans : List.of(early, late)) {
                for (Span s : spans) {
                    first = first == null || s.start().isBefore(first) ? s.start() : first;
                    last = last == null || s.start().isAfter(last) ? s.start() : last;
                }
            }
            firstDay = first.toEpochDay();
            int days = Math.toIntExact(last.toEpochDay() - firstDay + 1);
            before = new int[days + 1];
            LocalDate d = first;
            for (int i = 0; i < days; i++, d = d.plusDays(1)) {
                before[i + 1] = before[i] + (calendar.isWorkingDay(d) ? 1 : 0);
            }
        }

        /** For working days a and b: 0 when equal, positive when b is later, negative when earlier. */
        int signedBetween(LocalDate a, LocalDate b) {
            return before[index(b)] - before[index(a)];
        }

        private int index(LocalDate day) {
            return (int) (day.toEpochDay() - firstDay);
        }
    }
}
