package com.campaigntracker.warning;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which warnings hold for one task today (R10), as plain rules over plain facts, so that every boundary
 * is tested without a database. Days are working days on the organisation's calendar.
 */
public final class WarningRules {

    /** One task's facts. {@code checkpoints}: the recorded weekly checkpoints, oldest first. */
    public record Facts(LocalDate plannedFinish, LocalDate actualFinish, boolean done, boolean updateOverdue,
                        LocalDate blockedSince, List<Checkpoint> checkpoints, int percentNow, int expectedNow) {
    }

    /** A weekly checkpoint: the week's Monday, the % recorded and the % expected then. */
    public record Checkpoint(LocalDate weekOf, int percent, int expected) {
    }

    /**
     * @param behindTolerance points below the expected % that still count as on plan (default 0)
     * @param blockedDays     working days a task may stay blocked before it warns
     */
    public record Settings(int behindTolerance, int blockedDays) {
    }

    private WarningRules() {
    }

    public static Set<WarningKind> holding(Facts f, LocalDate today, WorkingDayCalendar calendar, Settings s) {
        Set<WarningKind> kinds = EnumSet.noneOf(WarningKind.class);
        if (late(f, today, calendar)) {
            kinds.add(WarningKind.LATE);
        }
        // behind at the last two checkpoints and still behind today: catching up (or a new plan) closes it
        if (!f.done() && behindTwoCheckpointsRunning(f.checkpoints(), s.behindTolerance())
                && f.percentNow() < f.expectedNow() - s.behindTolerance()) {
            kinds.add(WarningKind.BEHIND_EXPECTED);
        }
        if (!f.done() && f.updateOverdue()) {
            kinds.add(WarningKind.UPDATE_OVERDUE);
        }
        if (!f.done() && f.blockedSince() != null
                && workingDaysAfter(f.blockedSince(), today, calendar) > s.blockedDays()) {
            kinds.add(WarningKind.BLOCKED_TOO_LONG);
        }
        return kinds;
    }

    /**
     * (a) Finished, or still open, more than one working day after the planned finish: a task due on
     * Monday is not late on Tuesday, and is on Wednesday.
     */
    static boolean late(Facts f, LocalDate today, WorkingDayCalendar calendar) {
        if (f.plannedFinish() == null) {
            return false;
        }
        LocalDate reference = f.done() ? f.actualFinish() : today;
        return reference != null && workingDaysAfter(f.plannedFinish(), reference, calendar) > 1;
    }

    /** (b) The last two checkpoints, of two consecutive weeks, both below the expected % (less the tolerance). */
    static boolean behindTwoCheckpointsRunning(List<Checkpoint> checkpoints, int tolerance) {
        if (checkpoints.size() < 2) {
            return false;
        }
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        Checkpoint before = checkpoints.get(checkpoints.size() - 2);
        return before.weekOf().plusWeeks(1).equals(last.weekOf())
                && behind(last, tolerance) && behind(before, tolerance);
    }

    private static boolean behind(Checkpoint c, int tolerance) {
        return c.percent() < c.expected() - tolerance;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    static int workingDaysAfter(LocalDate from, LocalDate to, WorkingDayCalendar calendar) {
        return to.isAfter(from) ? calendar.workingDaysBetween(from.plusDays(1), to) : 0;
    }
}
