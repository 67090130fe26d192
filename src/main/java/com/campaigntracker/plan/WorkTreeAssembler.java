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

    private final Map<Long, List<ItemFields>> childrenByParent = new HashMap<>();
    private final Map<Long, List<DependencyRow>> dependenciesBySuccessor = new HashMap<>();
    private final Map<Long, String> wbsByItem = new HashMap<>();
    private final WorkingDayCalendar calendar;
    private final LocalDate today;

    private WorkTreeAssembler(WorkingDayCalendar calendar, LocalDate today) {
        this.calendar = calendar;
        this.today = today;
    }

    /** The roots' rows; {@code dependencies} none when the rows need no predecessor codes. */
    static List<WorkItemRow> assemble(List<ItemFields> items, List<DependencyRow> dependencies,
                                      WorkingDayCalendar calendar, LocalDate today) {
        WorkTreeAssembler assembler = new WorkTreeAssembler(calendar, today);
        List<ItemFields> roots = new ArrayList<>();
        for (ItemFields item : items) {
            if (item.parentId() == null) {
                roots.add(item);
            } else {
                assembler.childrenByParent.computeIfAbsent(item.parentId(), k -> new ArrayList<>()).add(item);
            }
        }
        for (DependencyRow d : dependencies) {
            assembler.dependenciesBySuccessor.computeIfAbsent(d.successorId(), k -> new ArrayList<>()).add(d);
        }
        assembler.wbsByItem.putAll(WbsNumbers.of(items, ItemFields::id, ItemFields::parentId, ItemFields::position));
        return roots.stream().sorted(BY_POSITION).map(assembler::row).toList();
    }

    /** Siblings in their places, as {@link WbsNumbers} numbers them. */
    private static final Comparator<ItemFields> BY_POSITION = Comparator.comparingInt(ItemFields::position)
            .thenComparingLong(ItemFields::id);

    private WorkItemRow row(ItemFields item) {
        List<WorkItemRow> children = childrenByParent.getOrDefault(item.id(), List.of()).stream()
                .sorted(BY_POSITION).map(this::row).toList();
        return row(item, wbsByItem.get(item.id()), predecessorCodes(item), children, calendar, today);
    }

    /** A leaf's row read alone, with its WBS code from the tree's shape; without predecessor codes. */
    static WorkItemRow leaf(ItemFields item, String wbs, WorkingDayCalendar calendar, LocalDate today) {
        return row(item, wbs, List.of(), List.of(), calendar, today);
    }

    /** A leaf's row again after its entity changed (its dates), with the WBS code and predecessors it had. */
    static WorkItemRow leaf(WorkItem item, WorkItemRow before, WorkingDayCalendar calendar, LocalDate today) {
        return row(ItemFields.of(item), before.wbs(), before.predecessors(), List.of(), calendar, today);
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

    private static WorkItemRow row(ItemFields item, String wbs, List<String> predecessors, List<WorkItemRow> children,
                                   WorkingDayCalendar calendar, LocalDate today) {
        boolean leaf = children.isEmpty();
        int percent;
        DisplayStatus status;
        LocalDate start;
        LocalDate finish;
        Integer duration;
        if (leaf) {
            percent = item.percentComplete();
            status = item.displayStatus(today);
            start = item.plannedStart();
            finish = item.plannedFinish();
            duration = start == null || finish == null ? null : calendar.workingDaysBetween(start, finish);
        } else {
            Rollup r = Rollup.of(children, calendar);
            percent = r.percent;
            status = r.status;
            start = r.start;
            finish = r.finish;
            duration = r.duration;
        }
        List<String> hints = leaf ? PlanHints.forLeaf(duration, item.deliverables(), item.milestone()) : List.of();
        return new WorkItemRow(item.id(), item.version(), wbs, item.level(), item.name(), item.description(),
                item.deliverables(), item.ownerId(), item.ownerName(), start, finish, duration, item.actualStart(),
                item.actualFinish(), status, item.status(), leaf ? item.blockedReason() : null, percent,
                item.riskLevel(), item.remarks(), item.priority(), item.estimateDays(), item.bufferPercent(),
                item.keyTask(), item.milestone(), predecessors, hints, children);
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

    private List<String> predecessorCodes(ItemFields item) {
        return dependenciesBySuccessor.getOrDefault(item.id(), List.of()).stream()
                .map(d -> new PredecessorCode(wbsByItem.get(d.predecessorId()), d.type(), d.lagDays()).format())
                .sorted()
                .toList();
    }
}
