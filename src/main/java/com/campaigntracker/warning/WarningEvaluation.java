package com.campaigntracker.warning;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.tracking.ExpectedProgress;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.UpdateDeadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One evaluation of warnings (R10) as plain Java: what holds for a tracked task, and how the open
 * warnings of the evaluated tasks follow. The same for the full evaluation (every task of the project)
 * and for an update's (the tasks it changed), so that the property test can compare the two.
 */
final class WarningEvaluation {

    /** A warning to raise: the task and the kind. */
    record Raise(long taskId, WarningKind kind) {
    }

    /** What the evaluation changes: the warnings to raise (in task order) and the open ones to close. */
    record Change<W>(List<Raise> raise, List<W> close) {
    }

    /**
     * Where the clock stands for the rules: the day, and whether its working day has ended. Every
     * time-driven fact (late, behind the expected %, blocked too long, an update deadline at the end of
     * a working day) is the same at any two moments of one slot; so while a project's last full
     * evaluation was in the slot of now, only what changed since can change its warnings.
     */
    record TimeSlot(LocalDate day, boolean afterEndOfDay) {

        static TimeSlot of(Instant now, ZoneId zone, UpdateDeadlines deadlines) {
            LocalDate day = LocalDate.ofInstant(now, zone);
            return new TimeSlot(day, now.isAfter(deadlines.endOf(day)));
        }
    }

    private WarningEvaluation() {
    }

    /** The warnings that hold for the task at {@code now}; none while its project is not running. */
    static Set<WarningKind> holding(TrackedTask t, List<WarningRules.Checkpoint> checkpoints, LocalDate blockedSince,
                                    boolean running, Instant now, ZoneId zone, WorkingDayCalendar calendar,
                                    WarningRules.Settings settings) {
        if (!running) {
            return EnumSet.noneOf(WarningKind.class);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        // finished by its R and waiting for its A: done, on the day of that last report
        boolean done = !t.isOpen() || t.awaitingAcceptance();
        LocalDate finished = t.actualFinish() != null ? t.actualFinish()
                : t.awaitingAcceptance() && t.lastUpdate() != null ? LocalDate.ofInstant(t.lastUpdate(), zone)
                : null;
        return WarningRules.holding(new WarningRules.Facts(t.plannedFinish(), finished, done, t.update().overdue(),
                blockedSince, checkpoints, t.percent(),
                ExpectedProgress.on(today, t.plannedStart(), t.plannedFinish(), calendar)), today, calendar, settings);
    }

    /**
     * Raises what holds and is not open, closes what is open and no longer holds.
     *
     * @param holding what holds for each evaluated task, in the order warnings are raised
     * @param open    the open warnings of the evaluated items by item and kind; those of an item that is
     *                not among the tasks any more (a module that got tasks, a deleted row) all close
     */
    static <W> Change<W> reconcile(Map<Long, Set<WarningKind>> holding, Map<Long, Map<WarningKind, W>> open) {
        List<Raise> raise = new ArrayList<>();
        List<W> close = new ArrayList<>();
        Map<Long, Map<WarningKind, W>> left = new HashMap<>(open);
        holding.forEach((task, kinds) -> {
            Map<WarningKind, W> mine = left.getOrDefault(task, Map.of());
            for (WarningKind kind : kinds) {
                if (!mine.containsKey(kind)) {
                    raise.add(new Raise(task, kind));
                }
            }
            mine.forEach((kind, w) -> {
                if (!kinds.contains(kind)) {
                    close.add(w);
                }
            });
            left.remove(task);
        });
        left.values().forEach(byKind -> close.addAll(byKind.values()));
        return new Change<>(raise, close);
    }
}
