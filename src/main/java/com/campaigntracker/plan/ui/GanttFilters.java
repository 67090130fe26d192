package com.campaigntracker.plan.ui;

import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.WorkItemRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The chart's filters by owner, department and status: they show the matching tasks with the phases and modules above them. */
final class GanttFilters implements Serializable {

    private static final String ALL = "";

    private final Select<String> owner = new Select<>();
    private final Select<String> department = new Select<>();
    private final Select<DisplayStatus> status = new Select<>();

    /** {@code changed} runs whenever the user picks another value in one of them. */
    GanttFilters(Component page, SerializableRunnable changed) {
        owner.setWidth("9em");
        department.setWidth("9em");
        status.setWidth("9em");
        owner.setId("gantt-owner");
        department.setId("gantt-department");
        status.setId("gantt-status");
        owner.setLabel(page.getTranslation("gantt.filter.owner"));
        department.setLabel(page.getTranslation("gantt.filter.department"));
        status.setLabel(page.getTranslation("gantt.filter.status"));
        owner.setItemLabelGenerator(v -> v.isEmpty() ? page.getTranslation("gantt.filter.all") : v);
        department.setItemLabelGenerator(v -> v.isEmpty() ? page.getTranslation("gantt.filter.all") : v);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(page.getTranslation("gantt.filter.all"));
        status.setItems(DisplayStatus.values());
        status.setItemLabelGenerator(s -> s == null ? page.getTranslation("gantt.filter.all")
                : page.getTranslation(s.messageKey()));
        owner.addValueChangeListener(e -> changed.run());
        department.addValueChangeListener(e -> changed.run());
        status.addValueChangeListener(e -> changed.run());
    }

    Component[] fields() {
        return new Component[] {owner, department, status};
    }

    /** Offers the owners and departments of this timeline, "all" picked. */
    void fill(Timeline timeline) {
        Set<String> owners = new LinkedHashSet<>(List.of(ALL));
        timeline.tree().rows().stream().map(WorkItemRow::ownerName).filter(Objects::nonNull).sorted().forEach(owners::add);
        owner.setItems(owners);
        owner.setValue(ALL);
        Set<String> departments = new LinkedHashSet<>(List.of(ALL));
        timeline.ownerDepartments().values().stream().filter(Objects::nonNull).sorted().forEach(departments::add);
        department.setItems(departments);
        department.setValue(ALL);
    }

    boolean active() {
        String o = owner.getValue();
        String d = department.getValue();
        return (o != null && !o.isEmpty()) || (d != null && !d.isEmpty()) || status.getValue() != null;
    }

    /** Shows on the chart what the filters let through of the timeline, or everything when none is set. */
    void apply(Gantt gantt, Timeline timeline) {
        if (!active()) {
            gantt.setVisibleTasks(null);
            return;
        }
        Set<String> visible = new LinkedHashSet<>();
        collectVisible(timeline, timeline.tree().roots(), visible);
        gantt.setVisibleTasks(visible);
    }

    private boolean collectVisible(Timeline timeline, List<WorkItemRow> level, Set<String> visible) {
        String o = owner.getValue();
        String d = department.getValue();
        DisplayStatus s = status.getValue();
        boolean any = false;
        for (WorkItemRow row : level) {
            boolean below = collectVisible(timeline, row.children(), visible);
            boolean matches = row.isLeaf()
                    && (o == null || o.isEmpty() || o.equals(row.ownerName()))
                    && (d == null || d.isEmpty()
                        || (row.ownerId() != null && d.equals(timeline.ownerDepartments().get(row.ownerId()))))
                    && (s == null || s == row.status());
            if (matches || below) {
                visible.add(String.valueOf(row.id()));
                any = true;
            }
        }
        return any;
    }
}
