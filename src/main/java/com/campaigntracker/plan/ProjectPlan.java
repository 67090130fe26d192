package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.schedule.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One project's items, dependencies and assembled rows, loaded for an edit inside its transaction. */
final class ProjectPlan {

    final List<WorkItem> items;
    final List<Dependency> links;
    final WorkingDayCalendar calendar;
    final Map<Long, WorkItemRow> rows = new HashMap<>();
    private final Map<Long, WorkItem> byId = new HashMap<>();

    ProjectPlan(List<WorkItem> items, List<Dependency> links, WorkingDayCalendar calendar, List<WorkItemRow> roots) {
        this.items = items;
        this.links = links;
        this.calendar = calendar;
        items.forEach(w -> byId.put(w.getId(), w));
        index(roots);
    }

    private void index(List<WorkItemRow> rowsToIndex) {
        for (WorkItemRow r : rowsToIndex) {
            rows.put(r.id(), r);
            index(r.children());
        }
    }

    static Link link(Dependency d) {
        return new Link(d.getPredecessor().getId(), d.getSuccessor().getId(), d.getType(), d.getLagDays());
    }

    WorkItem item(long id) {
        WorkItem item = byId.get(id);
        if (item == null) {
            throw new java.util.NoSuchElementException("No item " + id + " in this plan");
        }
        return item;
    }

    /** Children of {@code parent} (phases when null), in any order. */
    List<WorkItem> children(WorkItem parent) {
        return items.stream().filter(w -> Objects.equals(w.getParent(), parent)).toList();
    }

    /** The item and everything below it. */
    List<WorkItem> subtree(WorkItem root) {
        List<WorkItem> all = new ArrayList<>();
        all.add(root);
        for (WorkItem child : children(root)) {
            all.addAll(subtree(child));
        }
        return all;
    }

    /** How many levels hang below {@code item}: 0 for a leaf. */
    int levelsBelow(WorkItem item) {
        return children(item).stream().mapToInt(c -> 1 + levelsBelow(c)).max().orElse(0);
    }

    /** Numbers the siblings 0, 1, 2… in their present order: no gap after a move or a delete. */
    static void renumber(List<WorkItem> siblings) {
        List<WorkItem> sorted = siblings.stream().sorted(java.util.Comparator.comparingInt(WorkItem::getPosition))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            sorted.get(i).setPosition(i);
        }
    }

    /** After the item changed level, its children follow it one level down each. */
    void relevelDescendants(WorkItem item) {
        for (WorkItem child : children(item)) {
            child.placeUnder(item, item.getLevel().childLevel(), child.getPosition());
            relevelDescendants(child);
        }
    }
}
