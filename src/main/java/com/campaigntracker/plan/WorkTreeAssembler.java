package com.campaigntracker.plan;

import com.campaigntracker.schedule.PredecessorCode;
import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the rows of a project's tree from its items and dependencies: WBS codes, rollups, statuses. */
final class WorkTreeAssembler {

    // keyed by id (the entities' hashCode is one per class, which makes a HashMap of 10,000 items a
    // list); an item not saved yet (an import preview) is its own key
    private final Map<Object, List<WorkItem>> childrenByParent = new HashMap<>();
    private final Map<Object, List<Dependency>> dependenciesBySuccessor = new HashMap<>();
    private final Map<Object, String> wbsByItem = new HashMap<>();
    private final WorkingDayCalendar calendar;
    private final LocalDate today;

    private WorkTreeAssembler(WorkingDayCalendar calendar, LocalDate today) {
        this.calendar = calendar;
        this.today = today;
    }

    static List<WorkItemRow> assemble(List<WorkItem> items, List<Dependency> dependencies,
                                      WorkingDayCalendar calendar, LocalDate today) {
        WorkTreeAssembler assembler = new WorkTreeAssembler(calendar, today);
        List<WorkItem> roots = new ArrayList<>();
        for (WorkItem item : items) {
            if (item.getParent() == null) {
                roots.add(item);
            } else {
                assembler.childrenByParent.computeIfAbsent(key(item.getParent()), k -> new ArrayList<>()).add(item);
            }
        }
        for (Dependency d : dependencies) {
            assembler.dependenciesBySuccessor.computeIfAbsent(key(d.getSuccessor()), k -> new ArrayList<>()).add(d);
        }
        assembler.numberWbs(roots, "");
        return roots.stream().sorted(BY_POSITION).map(assembler::row).toList();
    }

    private static Object key(WorkItem item) {
        return item.getId() != null ? item.getId() : item;
    }

    private static final Comparator<WorkItem> BY_POSITION = Comparator.comparingInt(WorkItem::getPosition);

    private void numberWbs(List<WorkItem> siblings, String prefix) {
        List<WorkItem> sorted = siblings.stream().sorted(BY_POSITION).toList();
        for (int i = 0; i < sorted.size(); i++) {
            String wbs = prefix + (i + 1);
            wbsByItem.put(key(sorted.get(i)), wbs);
            numberWbs(childrenByParent.getOrDefault(key(sorted.get(i)), List.of()), wbs + ".");
        }
    }

    private WorkItemRow row(WorkItem item) {
        List<WorkItemRow> children = childrenByParent.getOrDefault(key(item), List.of()).stream()
                .sorted(BY_POSITION).map(this::row).toList();
        return row(item, wbsByItem.get(key(item)), predecessorCodes(item), children, calendar, today);
    }

    /** A leaf's row again after its entity changed (its dates), with the WBS code and predecessors it had. */
    static WorkItemRow leaf(WorkItem item, WorkItemRow before, WorkingDayCalendar calendar, LocalDate today) {
        return row(item, before.wbs(), before.predecessors(), List.of(), calendar, today);
    }

    /** A parent's row again over changed children: its own fields as they were, the rollups (R1) anew. */
    static WorkItemRow parent(WorkItemRow before, List<WorkItemRow> children, WorkingDayCalendar calendar) {
        Rollup r = Rollup.of(children, calendar);
        return new WorkItemRow(before.id(), before.version(), before.wbs(), before.level(), before.name(),
                before.description(), before.deliverables(), before.ownerId(), before.ownerName(), r.start, r.finish,
                r.duration, before.actualStart(), before.actualFinish(), r.status, before.storedStatus(), null,
                r.percent, before.riskLevel(), before.remarks(), before.priority(), before.estimateDays(),
                before.bufferPercent(), before.keyTask(), before.milestone(), before.predecessors(), List.of(), children);
    }

    private static WorkItemRow row(WorkItem item, String wbs, List<String> predecessors, List<WorkItemRow> children,
                                   WorkingDayCalendar calendar, LocalDate today) {
        boolean leaf = children.isEmpty();
        int percent;
        DisplayStatus status;
        LocalDate start;
        LocalDate finish;
        Integer duration;
        if (leaf) {
            percent = item.getPercentComplete();
            status = item.displayStatus(today);
            start = item.getPlannedStart();
            finish = item.getPlannedFinish();
            duration = start == null || finish == null ? null : calendar.workingDaysBetween(start, finish);
        } else {
            Rollup r = Rollup.of(children, calendar);
            percent = r.percent;
            status = r.status;
            start = r.start;
            finish = r.finish;
            duration = r.duration;
        }
        List<String> hints = leaf ? PlanHints.forLeaf(duration, item.getDeliverables(), item.isMilestone()) : List.of();
        return new WorkItemRow(item.getId() == null ? 0 : item.getId(), item.getVersion(), wbs,
                item.getLevel(), item.getName(), item.getDescription(), item.getDeliverables(),
                item.getOwner() == null ? null : item.getOwner().getId(),
                item.getOwner() == null ? null : item.getOwner().getDisplayName(),
                start, finish, duration, item.getActualStart(), item.getActualFinish(),
                status, item.getStatus(), leaf ? item.getBlockedReason() : null, percent, item.getRiskLevel(), item.getRemarks(), item.getPriority(),
                item.getEstimateDays(), item.getBufferPercent(), item.isKeyTask(), item.isMilestone(),
                predecessors, hints, children);
    }

    /** What a parent takes from its children (R1: it spans them). */
    private record Rollup(LocalDate start, LocalDate finish, Integer duration, int percent, DisplayStatus status) {

        static Rollup of(List<WorkItemRow> children, WorkingDayCalendar calendar) {
            LocalDate start = children.stream().map(WorkItemRow::plannedStart)
                    .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            LocalDate finish = children.stream().map(WorkItemRow::plannedFinish)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            return new Rollup(start, finish,
                    start == null || finish == null ? null : calendar.workingDaysBetween(start, finish),
                    ProgressRollup.percent(children, calendar),
                    ProgressRollup.status(children.stream().map(WorkItemRow::status).toList()));
        }
    }

    private List<String> predecessorCodes(WorkItem item) {
        return dependenciesBySuccessor.getOrDefault(key(item), List.of()).stream()
                .map(d -> new PredecessorCode(wbsByItem.get(key(d.getPredecessor())), d.getType(), d.getLagDays()).format())
                .sorted()
                .toList();
    }
}
