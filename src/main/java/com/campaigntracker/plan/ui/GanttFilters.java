package com.campaigntracker.plan.ui;

import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.WorkItemRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The chart's filters by owner, department and status: they show the matching tasks with the phases and
 * modules above them. Combo boxes rather than selects: a select sends every choice as a component with the
 * page (a third of a 500-task Gantt's first answer), a combo box sends its choices when opened, and a long
 * list of owners can be narrowed by typing. Empty (cleared) means all.
 */
final class GanttFilters implements Serializable {

    private final ComboBox<String> owner = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final ComboBox<DisplayStatus> status = new ComboBox<>();

    /** {@code changed} runs whenever the user picks another value in one of them. */
    GanttFilters(Component page, SerializableRunnable changed) {
        prepare(page, owner, "gantt-owner", "gantt.filter.owner", changed);
        prepare(page, department, "gantt-department", "gantt.filter.department", changed);
        prepare(page, status, "gantt-status", "gantt.filter.status", changed);
        status.setItems(DisplayStatus.values());
        status.setItemLabelGenerator(s -> page.getTranslation(s.messageKey()));
    }

    private static void prepare(Component page, ComboBox<?> field, String id, String labelKey,
            SerializableRunnable changed) {
        field.setId(id);
        field.setWidth("9em");
        field.setLabel(page.getTranslation(labelKey));
        field.setPlaceholder(page.getTranslation("gantt.filter.all"));
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> changed.run());
    }

    Component[] fields() {
        return new Component[] {owner, department, status};
    }

    /** Offers the owners and departments of this timeline, none picked. */
    void fill(Timeline timeline) {
        Set<String> owners = new TreeSet<>();
        timeline.tree().rows().stream().map(WorkItemRow::ownerName).filter(Objects::nonNull).forEach(owners::add);
        owner.setItems(owners);
        owner.clear();
        Set<String> departments = new TreeSet<>();
        timeline.ownerDepartments().values().stream().filter(Objects::nonNull).forEach(departments::add);
        department.setItems(departments);
        department.clear();
    }

    boolean active() {
        return owner.getValue() != null || department.getValue() != null || status.getValue() != null;
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
                    && (o == null || o.equals(row.ownerName()))
                    && (d == null || (row.ownerId() != null && d.equals(timeline.ownerDepartments().get(row.ownerId()))))
                    && (s == null || s == row.status());
            if (matches || below) {
                visible.add(String.valueOf(row.id()));
                any = true;
            }
        }
        return any;
    }
}
