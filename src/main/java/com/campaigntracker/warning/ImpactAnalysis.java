package com.campaigntracker.warning;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.schedule.Link;
import com.campaigntracker.schedule.Propagation;
import com.campaigntracker.schedule.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a deviation would do to the plan (R11's impact scope): given a task's proposed new dates, the
 * tasks downstream of it through the dependency graph, those that would move and to when, whether the
 * task is critical, the project finish before and after with the slip in working days, and the
 * milestones that would move. Plain Java over the schedule engine: the plan itself is not touched.
 */
public final class ImpactAnalysis {

    /**
     * @param downstream every task the deviating one reaches through dependencies (moved or not)
     * @param moved      the tasks that would move, with their new dates
     * @param finishSlip working days the project finish would move (0 when it stays)
     */
    public record Impact(long taskId, Span proposed, boolean critical, List<Long> downstream, Map<Long, Span> moved,
                         LocalDate finishBefore, LocalDate finishAfter, int finishSlip, List<Long> milestonesMoved) {
    }

    private ImpactAnalysis() {
    }

    /**
     * @param spans      every dated leaf task's current dates
     * @param milestones the ids of milestone tasks
     * @param critical   the ids of critical tasks
     */
    public static Impact of(long taskId, LocalDate proposedStart, LocalDate proposedFinish, Map<Long, Span> spans,
                            Collection<Link> links, Set<Long> milestones, Set<Long> critical,
                            WorkingDayCalendar calendar) {
        Span proposed = new Span(taskId, proposedStart, proposedFinish);
        Map<Long, Span> after = new HashMap<>(spans);
        after.put(taskId, proposed);
        Map<Long, Span> moved = Propagation.moveSuccessors(List.of(taskId), after, links, calendar);
        after.putAll(moved);
        LocalDate finishBefore = latestFinish(spans.values());
        LocalDate finishAfter = latestFinish(after.values());
        int slip = finishBefore == null || finishAfter == null || !finishAfter.isAfter(finishBefore) ? 0
                : calendar.workingDaysBetween(finishBefore.plusDays(1), finishAfter);
        List<Long> milestonesMoved = new java.util.ArrayList<>();
        Span current = spans.get(taskId);
        if (milestones.contains(taskId) && current != null && !proposedFinish.equals(current.finish())) {
            milestonesMoved.add(taskId); // a late milestone moves itself
        }
        moved.keySet().stream().filter(milestones::contains).forEach(milestonesMoved::add);
        return new Impact(taskId, proposed, critical.contains(taskId), downstream(taskId, links), moved, finishBefore,
                finishAfter, slip, List.copyOf(milestonesMoved));
    }

    /** Every task reachable from the given one by following dependencies forward, nearest first. */
    static List<Long> downstream(long taskId, Collection<Link> links) {
        Map<Long, List<Long>> next = new HashMap<>();
        links.forEach(l -> next.computeIfAbsent(l.predecessor(), k -> new ArrayList<>()).add(l.successor()));
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> frontier = new ArrayList<>(List.of(taskId));
        for (int i = 0; i < frontier.size(); i++) {
            for (Long s : next.getOrDefault(frontier.get(i), List.of())) {
                if (s != taskId && seen.add(s)) {
                    frontier.add(s);
                }
            }
        }
        return List.copyOf(seen);
    }

    private static LocalDate latestFinish(Collection<Span> spans) {
        return spans.stream().filter(Span::isDated).map(Span::finish).max(LocalDate::compareTo).orElse(null);
    }
}
