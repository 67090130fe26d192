package com.campaigntracker.plan.ui;

import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.gantt.GanttTask;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineEdit;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.shared.ui.AppLinks;
import com.campaigntracker.plan.WorkItemHistoryService;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A project's schedule as a Gantt chart beside its tree: drag a bar to move or stretch a task, drag
 * its progress, draw an arrow for a dependency ({@link GanttGestures}); lay the critical path, the
 * baseline or a revision over it ({@link ScheduleOverlays}); filter it ({@link GanttFilters}). The
 * chart receives only what changed ({@link TimelineChart}).
 */
@Route("projects/:projectId/gantt")
@PermitAll
class ProjectGanttView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProjectGanttView.class);

    private final transient TimelineService timelines;
    private final transient Clock clock;
    private final transient WorkItemHistoryService histories;
    private final transient WorkingCalendarService calendars;
    private final TimelineChart chart = new TimelineChart(this, this::getLocale, this::chartData);
    private final ScheduleOverlays overlays;
    private final GanttFilters filters = new GanttFilters(this, this::applyFilter);
    private long projectId;
    private String title = "";

    ProjectGanttView(TimelineService timelines, WorkItemHistoryService histories, Clock clock,
                     WorkingCalendarService calendars) {
        this.calendars = calendars;
        this.timelines = timelines;
        this.histories = histories;
        this.clock = clock;
        setSizeFull();
        overlays = new ScheduleOverlays(this, timelines, chart, clock.getZone(), this::refresh);
        new GanttGestures(this, timelines, chart, this::apply, this::refresh);
        chart.gantt().addTaskDoubleClickedListener(e -> showDetails(e.getTaskId()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = ProjectPage.id(event);
        removeAll();
        overlays.reset(projectId);
        long started = System.nanoTime();
        Optional<Timeline> loaded = ProjectPage.load(this, projectId, timelines::timeline,
                t -> t.tree().project().name(), t -> title = t);
        log.debug("Timeline of project {} loaded in {} ms", projectId, (System.nanoTime() - started) / 1_000_000);
        if (loaded.isEmpty()) {
            return;
        }
        chart.show(loaded.get());
        chart.prepare(LocalDate.now(clock));
        Timeline timeline = chart.timeline();
        add(new ProjectHeader(timeline.tree().project(), clock.getZone()));
        HolidaysHint.of(calendars, timeline.tree().project()).ifPresent(this::add);
        add(toolbar(), chart.gantt());
        setFlexGrow(1, chart.gantt());
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout bar = new HorizontalLayout(new ProjectNav(projectId, ProjectNav.Page.GANTT),
                chart.zoom());
        bar.add(overlays.toggles());
        bar.add(filters.fields());
        overlays.revisionPicker().ifPresent(bar::add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap");
        overlays.saveBaselineButton().ifPresent(bar::add);
        filters.fill(chart.timeline());
        return bar;
    }

    private TimelineChartData chartData() {
        return overlays.chartData();
    }

    /** A change saved on the shown timeline: only what it names travels. */
    private void apply(TimelineEdit edit) {
        chart.apply(edit);
        if (filters.active()) {
            applyFilter(); // a moved task's status may have changed: what the filters show follows it
        }
    }

    private void refresh() {
        timelines.timeline(projectId).ifPresent(chart::show);
        applyFilter();
    }

    private void applyFilter() {
        filters.apply(chart.gantt(), chart.timeline());
    }

    /** What a double click on a bar shows: the task's facts, with the way to the table and to its history. */
    private void showDetails(String taskId) {
        GanttTask task = chart.gantt().getTask(taskId);
        new TaskDetailsDialog(task, chart.gantt().tooltip(task.id()),
                () -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/plan")),
                () -> new HistoryDialog(task.text(), histories.history(Long.parseLong(task.id())), clock.getZone())
                        .open(),
                () -> getUI().ifPresent(ui -> AppLinks.open(ui,
                        PlanRoutes.taskDiscussion(projectId, Long.parseLong(task.id())))))
                .open();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
