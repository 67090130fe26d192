package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a Gantt chart of one project shows: the work tree, its dependencies, the critical path
 * with each task's total float (R5) and the baseline to compare with, on the calendar it was
 * computed with.
 *
 * @param totalFloat       working days each dated leaf task may slip without moving the project's finish
 * @param ownerDepartments department name by owner id, for filtering
 * @param today            the day it was computed on, from which lateness is counted
 */
public record Timeline(WorkTree tree, List<DependencyRow> dependencies, Map<Long, Integer> totalFloat,
                       Set<Long> criticalItems, Set<Long> criticalDependencies, Optional<BaselineInfo> baseline,
                       Map<Long, String> ownerDepartments, WorkingDayCalendar calendar, LocalDate today) {

    /** How far a late task really runs past its planned finish: up to {@code until}, {@code workingDays} late. */
    public record Overrun(LocalDate until, int workingDays) {
    }

    /** The baseline's number, when and by whom it was saved, and its dates per item. */
    public record BaselineInfo(int number, Instant savedAt, String savedBy, Map<Long, BaselineSpan> spans) {
    }

    public Optional<BaselineSpan> baselineOf(long itemId) {
        return baseline.map(b -> b.spans().get(itemId));
    }

    /**
     * Working days the item's planned finish lies after its baseline finish (negative: ahead), or
     * empty without a baseline for it.
     */
    public Optional<Integer> slip(WorkItemRow row) {
        return baselineOf(row.id()).flatMap(b -> slip(b, row.plannedFinish()));
    }

    /** Working days a finish lies after a baseline's (negative: ahead); empty without a finish. */
    public Optional<Integer> slip(BaselineSpan b, LocalDate planned) {
        if (planned == null) {
            return Optional.empty();
        }
        if (planned.equals(b.finish())) {
            return Optional.of(0);
        }
        return Optional.of(planned.isAfter(b.finish())
                ? calendar.workingDaysBetween(calendar.shift(b.finish(), 1), planned)
                : -calendar.workingDaysBetween(calendar.shift(planned, 1), b.finish()));
    }

    /**
     * The part of a late leaf that lies after its planned finish (R9's "delayed"): up to today while it is
     * open, up to its actual finish when it finished after the plan. Empty when it is not late, or not yet
     * by a working day (a task due on Friday is not late on Saturday).
     */
    public Optional<Overrun> overrun(WorkItemRow row) {
        if (!row.isLeaf() || row.plannedFinish() == null) {
            return Optional.empty();
        }
        LocalDate until = row.storedStatus() == ProgressStatus.DONE ? row.actualFinish() : today;
        if (until == null || !until.isAfter(row.plannedFinish())) {
            return Optional.empty();
        }
        int days = calendar.workingDaysBetween(row.plannedFinish().plusDays(1), until);
        return days > 0 ? Optional.of(new Overrun(until, days)) : Optional.empty();
    }
}
