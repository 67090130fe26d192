package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.schedule.CycleDetector;
import com.campaigntracker.schedule.Link;
import com.campaigntracker.schedule.Span;
import com.campaigntracker.schedule.SuccessorScheduler;
import com.campaigntracker.shared.time.DateWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** R4 after a date change: refuse it, or move the item and its successors as far as needed. */
final class DependencyKeeper {

    private DependencyKeeper() {
    }

    /** @return what moved besides the edit itself, by item id, in move order */
    static Map<Long, Span> keep(ProjectPlan plan, WorkItem item, DependencyMode mode) {
        Map<Long, Span> spans = new HashMap<>();
        for (WorkItem w : plan.items) {
            spans.put(w.getId(), new Span(w.getId(), w.getPlannedStart(), w.getPlannedFinish()));
        }
        List<Link> links = plan.links.stream().map(ProjectPlan::link).toList();
        Map<Long, Span> moved = schedule(spans, links, plan.calendar, item.getId(), mode, plan.rows);
        moved.forEach((id, span) -> plan.item(id).setPlannedDates(span.start(), span.finish()));
        return moved;
    }

    /**
     * What {@link #keep} moves, worked out on the items' dates alone ({@code spans}, the item's own at its
     * new dates) and written to no entity: {@code spans} is updated with the moves.
     *
     * @param rows the plan's rows by id, for the WBS codes and names of a refusal
     * @return what moved besides the edit itself, by item id, in move order
     */
    static Map<Long, Span> schedule(Map<Long, Span> spans, List<Link> links, WorkingDayCalendar calendar, long itemId,
                                    DependencyMode mode, Map<Long, WorkItemRow> rows) {
        SuccessorScheduler scheduler = new SuccessorScheduler(links, calendar);
        Map<Long, Span> moved = new LinkedHashMap<>();
        Span own = spans.get(itemId);
        List<SuccessorScheduler.Violation> early = scheduler.violations(own, spans);
        if (!early.isEmpty()) {
            SuccessorScheduler.Violation v = early.stream()
                    .max(Comparator.comparing(SuccessorScheduler.Violation::earliestStart)).orElseThrow();
            if (mode != DependencyMode.MOVE_SUCCESSORS) {
                WorkItemRow pred = rows.get(v.link().predecessor());
                String key = mode == DependencyMode.PUSH_SUCCESSORS ? "plan.error.waitsForPredecessor"
                        : "plan.error.startsTooEarly";
                WorkItemRow row = rows.get(itemId);
                throw new PlanEditException(key, row.wbs(), row.name(), pred.wbs(), pred.name(), v.earliestStart());
            }
            own = own.startingOn(v.earliestStart(), calendar);
            spans.put(itemId, own);
            moved.put(itemId, own);
        }
        Map<Long, Span> successors = scheduler.moveSuccessors(List.of(itemId), spans);
        if (!successors.isEmpty()) {
            if (mode == DependencyMode.REFUSE) {
                throw new PlanEditException("plan.error.breaksSuccessors", successors.keySet().stream()
                        .map(id -> rows.get(id).wbs() + " " + rows.get(id).name())
                        .collect(Collectors.joining(", ")));
            }
            successors.forEach((id, span) -> {
                DateWindow.require(span.finish(), "item.plannedFinish"); // pushed past 2099: refused, rolled back
                spans.put(id, span);
                moved.put(id, span);
            });
        }
        return moved;
    }

    /** Refuses a set of dependencies with a cycle, naming every task in it (R4). */
    static void requireNoCycle(ProjectPlan plan, List<Dependency> all) {
        CycleDetector.findCycle(all.stream().map(ProjectPlan::link).toList()).ifPresent(cycle -> {
            throw new PlanEditException("plan.error.cycle", cycle.stream()
                    .map(id -> plan.rows.get(id).wbs() + " " + plan.rows.get(id).name())
                    .collect(Collectors.joining(" → ")) + " → " + plan.rows.get(cycle.get(0)).wbs());
        });
    }

    /** The moved items with their WBS codes and names, as the user is told. */
    static List<EditOutcome.MovedItem> describe(ProjectPlan plan, Map<Long, Span> moved) {
        return describe(plan.rows, moved);
    }

    /** The same, the WBS codes and names taken from {@code rows} (by id). */
    static List<EditOutcome.MovedItem> describe(Map<Long, WorkItemRow> rows, Map<Long, Span> moved) {
        List<EditOutcome.MovedItem> items = new ArrayList<>();
        moved.forEach((id, span) -> {
            WorkItemRow row = rows.get(id);
            items.add(new EditOutcome.MovedItem(id, row.wbs(), row.name(), span.start(), span.finish()));
        });
        return items;
    }
}
