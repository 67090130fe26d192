package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.schedule.Span;
import com.campaigntracker.shared.db.Fingerprint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Per project, what tracking a few of its tasks needs from the rest of the tree: each item's WBS code and
 * place in the tree's order, which items are leaves, and which tasks are on the critical path. Kept between
 * requests and worked out again only when the database's fingerprint of the project's structure, planned dates
 * and dependencies has changed, or the calendar: a progress update, the most frequent change, leaves the shape
 * standing, and a change made on another instance is seen at the next read as one made here.
 */
@Component
class ScheduleShapes {

    /** More projects than a company runs at once; past it the shapes are forgotten and worked out again. */
    private static final int MOST_PROJECTS = 1_000;

    private final WorkItemRepository workItems;
    private final DependencyRepository dependencies;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    ScheduleShapes(WorkItemRepository workItems, DependencyRepository dependencies) {
        this.workItems = workItems;
        this.dependencies = dependencies;
    }

    /** An item's WBS code, its index in the tree's order, and whether it has no children (it is tracked). */
    record Place(String wbs, int order, boolean leaf) {
    }

    /** The places of every item of the project and its critical tasks. */
    record Shape(Map<Long, Place> places, Set<Long> critical) {
    }

    private record Kept(Fingerprint fingerprint, WorkingDayCalendar calendar, Shape shape) {
    }

    /** The project's shape now, in the caller's transaction (whose view of the plan it matches). */
    Shape of(long projectId, WorkingDayCalendar calendar) {
        Fingerprint fingerprint = Fingerprint.of(workItems.scheduleFingerprint(projectId));
        Kept last = kept.get(projectId);
        if (last != null && last.calendar() == calendar && last.fingerprint().equals(fingerprint)) {
            return last.shape();
        }
        Shape shape = shape(projectId, calendar);
        if (kept.size() >= MOST_PROJECTS) {
            kept.clear();
        }
        kept.put(projectId, new Kept(fingerprint, calendar, shape));
        return shape;
    }

    private Shape shape(long projectId, WorkingDayCalendar calendar) {
        List<PlacedItem> items = workItems.placedItemsOf(projectId);
        Set<Long> parents = new HashSet<>();
        items.forEach(i -> {
            if (i.parentId() != null) {
                parents.add(i.parentId());
            }
        });
        Map<Long, String> codes = WbsNumbers.of(items, PlacedItem::id, PlacedItem::parentId, PlacedItem::position);
        Map<Long, Place> places = new HashMap<>();
        int order = 0;
        for (Map.Entry<Long, String> code : codes.entrySet()) {
            places.put(code.getKey(), new Place(code.getValue(), order++, !parents.contains(code.getKey())));
        }
        // the critical path over the dated leaves, as a timeline computes it
        Map<Long, PlacedItem> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        List<Span> leaves = codes.keySet().stream().map(byId::get).filter(i -> !parents.contains(i.id()))
                .filter(i -> i.plannedStart() != null && i.plannedFinish() != null)
                .map(i -> new Span(i.id(), i.plannedStart(), i.plannedFinish())).toList();
        Set<Long> critical = TimelineService.critical(projectId, leaves, dependencies.rowsOfProject(projectId), calendar)
                .items();
        return new Shape(Map.copyOf(places), Set.copyOf(critical));
    }
}
