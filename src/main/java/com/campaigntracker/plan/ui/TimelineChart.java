package com.campaigntracker.plan.ui;

import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.gantt.GanttColumn;
import com.campaigntracker.gantt.GanttZoom;
import com.campaigntracker.plan.DependencyRow;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineEdit;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.time.DateWindow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Gantt component and the timeline it shows: a freshly loaded timeline is sent whole, a saved
 * change only as the items and arrows it names. Keeps each row by its task id for the gestures.
 */
final class TimelineChart implements Serializable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TimelineChart.class);

    private final Component page;
    private final SerializableSupplier<Locale> locale;
    private final Gantt gantt = new Gantt();
    /** The zoom the user picks, and the one the chart fitted the plan into when it opened. */
    private final Select<GanttZoom> zoom = new Select<>();
    /** What the chart draws of a timeline: asked anew each time, as the overlays may have changed. */
    private final SerializableSupplier<TimelineChartData> chartData;
    private final DaysOffShading daysOff = new DaysOffShading();
    private final Map<Long, WorkItemRow> rows = new HashMap<>();
    /** Each item's parent's id as the chart knows it; a change applied in place keeps the tree as it is. */
    private final Map<Long, String> parents = new HashMap<>();
    private Timeline timeline;

    /** {@code page} translates the columns and the zoom; {@code locale} is its locale. */
    TimelineChart(Component page, SerializableSupplier<Locale> locale, SerializableSupplier<TimelineChartData> chartData) {
        this.page = page;
        this.locale = locale;
        this.chartData = chartData;
        gantt.setId("gantt");
        gantt.setDateRange(DateWindow.MIN, DateWindow.MAX);
        gantt.setSizeFull();
        gantt.setTooltipProvider(task -> {
            WorkItemRow row = row(task.id());
            return row == null ? List.of() : chartData.get().tooltip(timeline, row);
        });
        // the whole plan in sight when the chart opens: a bar past the pane's edge looks like no bar at all
        gantt.setFitZoom(true);
        zoom.setId("gantt-zoom");
        zoom.setWidth("8em");
        zoom.setItems(GanttZoom.values());
        zoom.setItemLabelGenerator(z -> page.getTranslation("gantt.zoom." + z.name()));
        zoom.setValue(GanttZoom.WEEK);
        zoom.addValueChangeListener(e -> gantt.setZoom(e.getValue()));
        gantt.addZoomFittedListener(e -> zoom.setValue(e.getZoom()));
    }

    Gantt gantt() {
        return gantt;
    }

    Select<GanttZoom> zoom() {
        return zoom;
    }

    /** The page's locale, which dates and labels of the chart follow. */
    Locale locale() {
        return locale.get();
    }

    Timeline timeline() {
        return timeline;
    }

    /** The row behind a task of the chart, null for none. */
    WorkItemRow row(String taskId) {
        return rows.get(Long.valueOf(taskId));
    }

    /** Today's line, the columns beside the bars in the page's language, and whether bars may be dragged. */
    void prepare(LocalDate today) {
        gantt.setLocale(locale());
        gantt.setToday(today);
        gantt.setReadOnly(!timeline.tree().project().editable());
        gantt.setColumns(List.of(
                GanttColumn.of(TimelineChartData.WBS, page.getTranslation("item.wbs"), 56, GanttColumn.Align.LEFT),
                GanttColumn.tree(TimelineChartData.NAME, page.getTranslation("item.name"), 200),
                GanttColumn.of(TimelineChartData.OWNER, page.getTranslation("item.owner"), 70, GanttColumn.Align.LEFT),
                GanttColumn.of(TimelineChartData.START, page.getTranslation("item.plannedStart"), 86, GanttColumn.Align.CENTER),
                GanttColumn.of(TimelineChartData.FINISH, page.getTranslation("item.plannedFinish"), 86, GanttColumn.Align.CENTER),
                GanttColumn.of(TimelineChartData.PERCENT, page.getTranslation("item.percent"), 50, GanttColumn.Align.RIGHT),
                GanttColumn.of(TimelineChartData.STATUS, page.getTranslation("item.status"), 64, GanttColumn.Align.LEFT)));
    }

    /** Takes a freshly loaded timeline and sends the chart what differs from what it shows. */
    void show(Timeline loaded) {
        long started = System.nanoTime();
        timeline = loaded;
        rows.clear();
        parents.clear();
        timeline.tree().rows().forEach(r -> {
            rows.put(r.id(), r);
            r.children().forEach(c -> parents.put(c.id(), String.valueOf(r.id())));
        });
        TimelineChartData data = chartData.get();
        daysOff.shade(gantt, timeline);
        gantt.setData(data.tasks(timeline, timeline.tree().project().editable()), data.links(timeline));
        log.debug("Chart of project {} built from its timeline in {} ms", timeline.tree().project().id(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Takes the timeline after a change saved on the shown one and sends the chart only the items and
     * arrows it names (the rest of the chart is as it was): no reload, no rebuild of every task.
     */
    void apply(TimelineEdit edit) {
        timeline = edit.timeline().orElseThrow();
        boolean editable = timeline.tree().project().editable();
        TimelineChartData data = chartData.get();
        Set<Long> changed = edit.changedItems();
        for (WorkItemRow row : timeline.tree().rows()) {
            if (changed.contains(row.id())) {
                rows.put(row.id(), row);
                gantt.updateTask(data.task(timeline, row, parents.get(row.id()), editable));
            }
        }
        for (DependencyRow d : timeline.dependencies()) {
            if (edit.changedDependencies().contains(d.id())) {
                gantt.updateLink(data.link(timeline, d));
            }
        }
        daysOff.shade(gantt, timeline);
    }
}
