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
        WorkingDayCalendar calendar = plan.calendar;
        List<Link> links = plan.links.stream().map(ProjectPlan::link).toList();
        SuccessorScheduler scheduler = new SuccessorScheduler(links, calendar);
        Map<Long, Span> spans = new HashMap<>();
        for (WorkItem w : plan.items) {
            spans.put(w.getId(), new Span(w.getId(), w.getPlannedStart(), w.getPlannedFinish()));
        }
        Map<Long, Span> moved = new LinkedHashMap<>();
        Span own = spans.get(item.getId());
        List<SuccessorScheduler.Violation> early = scheduler.violations(own, spans);
        if (!early.isEmpty()) {
            SuccessorScheduler.Violation v = early.stream()
                    .max(Comparator.comparing(SuccessorScheduler.Violation::earliestStart)).orElseThrow();
            if (mode != DependencyMode.MOVE_SUCCESSORS) {
                WorkItemRow pred = plan.rows.get(v.link().predecessor());
                String key = mode == DependencyMode.PUSH_SUCCESSORS ? "plan.error.waitsForPredecessor"
                        : "plan.error.startsTooEarly";
                throw new PlanEditException(key, plan.rows.get(item.getId()).wbs(),
                        item.getName(), pred.wbs(), pred.name(), v.earliestStart());
            }
            own = own.startingOn(v.earliestStart(), calendar);
            spans.put(item.getId(), own);
            item.setPlannedDates(own.start(), own.finish());
            moved.put(item.getId(), own);
        }
        Map<Long, Span> successors = scheduler.moveSuccessors(List.of(item.getId()), spans);
        if (!successors.isEmpty()) {
            if (mode == DependencyMode.REFUSE) {
                throw new PlanEditException("plan.error.breaksSuccessors", successors.keySet().stream()
                        .map(id -> plan.rows.get(id).wbs() + " " + plan.rows.get(id).name())
                        .collect(Collectors.joining(", ")));
            }
            successors.forEach((id, span) -> {
                DateWindow.require(span.finish(), "item.plannedFinish"); // pushed past 2099: refused, rolled back
                plan.item(id).setPlannedDates(span.start(), span.finish());
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
        List<EditOutcome.MovedItem> items = new ArrayList<>();
        moved.forEach((id, span) -> {
            WorkItemRow row = plan.rows.get(id);
            items.add(new EditOutcome.MovedItem(id, row.wbs(), row.name(), span.start(), span.finish()));
        });
        return items;
    }
}
