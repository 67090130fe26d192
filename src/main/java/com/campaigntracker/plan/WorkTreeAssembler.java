package com.campaigntracker.plan;

import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the rows of a project's tree from its items and dependencies: WBS codes, rollups, statuses. */
final class WorkTreeAssembler {

    private final Map<WorkItem, List<WorkItem>> childrenByParent = new HashMap<>();
    private final Map<WorkItem, List<Dependency>> dependenciesBySuccessor = new HashMap<>();
    private final Map<WorkItem, String> wbsByItem = new HashMap<>();
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
                assembler.childrenByParent.computeIfAbsent(item.getParent(), k -> new ArrayList<>()).add(item);
            }
        }
        for (Dependency d : dependencies) {
            assembler.dependenciesBySuccessor.computeIfAbsent(d.getSuccessor(), k -> new ArrayList<>()).add(d);
        }
        assembler.numberWbs(roots, "");
        return roots.stream().sorted(BY_POSITION).map(assembler::row).toList();
    }

    private static final Comparator<WorkItem> BY_POSITION = Comparator.comparingInt(WorkItem::getPosition);

    private void numberWbs(List<WorkItem> siblings, String prefix) {
        List<WorkItem> sorted = siblings.stream().sorted(BY_POSITION).toList();
        for (int i = 0; i < sorted.size(); i++) {
            String wbs = prefix + (i + 1);
            wbsByItem.put(sorted.get(i), wbs);
            numberWbs(childrenByParent.getOrDefault(sorted.get(i), List.of()), wbs + ".");
        }
    }

    private WorkItemRow row(WorkItem item) {
        List<WorkItemRow> children = childrenByParent.getOrDefault(item, List.of()).stream()
                .sorted(BY_POSITION).map(this::row).toList();
        int percent = children.isEmpty() ? item.getPercentComplete() : ProgressRollup.percent(children, calendar);
        DisplayStatus status = children.isEmpty() ? item.displayStatus(today)
                : ProgressRollup.status(children.stream().map(WorkItemRow::status).toList());
        return new WorkItemRow(item.getId() == null ? 0 : item.getId(), wbsByItem.get(item), item.getLevel(),
                item.getName(), item.getDescription(), item.getDeliverables(),
                item.getOwner() == null ? null : item.getOwner().getDisplayName(),
                item.getPlannedStart(), item.getPlannedFinish(), item.getActualStart(), item.getActualFinish(),
                status, percent, item.getRiskLevel(), item.getRemarks(), item.getPriority(),
                item.getEstimateDays(), item.getBufferPercent(), item.isKeyTask(), item.isMilestone(),
                predecessorCodes(item), children);
    }

    private List<String> predecessorCodes(WorkItem item) {
        return dependenciesBySuccessor.getOrDefault(item, List.of()).stream()
                .map(d -> wbsByItem.get(d.getPredecessor()) + suffix(d))
                .sorted()
                .toList();
    }

    private static String suffix(Dependency d) {
        if (d.getType() == DependencyType.FS && d.getLagDays() == 0) {
            return "";
        }
        String lag = d.getLagDays() == 0 ? "" : (d.getLagDays() > 0 ? "+" : "") + d.getLagDays();
        return d.getType().name() + lag;
    }
}
