package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.gantt.GanttChangeEvent;
import com.campaigntracker.gantt.GanttColumn;
import com.campaigntracker.gantt.GanttTask;
import com.campaigntracker.gantt.GanttZoom;
import com.campaigntracker.gantt.LinkCreatedEvent;
import com.campaigntracker.gantt.LinkDeletedEvent;
import com.campaigntracker.gantt.ProgressChangedEvent;
import com.campaigntracker.gantt.TaskMovedEvent;
import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.EditOutcome;
import com.campaigntracker.plan.RevisionInfo;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineEdit;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemHistoryService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.schedule.DependencyType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A project's schedule as a Gantt chart beside its tree: drag a bar to move or stretch a task, drag
 * its progress, draw an arrow for a dependency. Every gesture is saved through the timeline service,
 * which snaps to working days and moves successors; the chart then receives only what changed.
 */
@Route("projects/:projectId/gantt")
@PermitAll
class ProjectGanttView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL = "";
    /** Years of weekends and holidays sent to the chart at most: a plan's scale, not a century. */
    private static final int SHADED_YEARS = 12;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProjectGanttView.class);

    private final transient TimelineService timelines;
    private final transient Clock clock;
    private final transient WorkItemHistoryService histories;
    private final Gantt gantt = new Gantt();
    private final Select<GanttZoom> zoom = new Select<>();
    private final Checkbox critical = new Checkbox();
    private final Checkbox baseline = new Checkbox();
    /** A schedule revision laid over the baseline instead of the plan as it is (R12); empty: the plan. */
    private final Select<RevisionInfo> revision = new Select<>();
    private Map<Long, com.campaigntracker.plan.BaselineSpan> revisionDates;
    private boolean revisionShown;
    private final Select<String> ownerFilter = new Select<>();
    private final Select<String> departmentFilter = new Select<>();
    private final Select<DisplayStatus> statusFilter = new Select<>();
    private final Map<Long, WorkItemRow> rows = new HashMap<>();
    /** Each item's parent's id as the chart knows it; a change applied in place keeps the tree as it is. */
    private final Map<Long, String> parents = new HashMap<>();
    /** The years of days off last sent, and the calendar they came from. */
    private LocalDate shadedFrom;
    private LocalDate shadedTo;
    private com.campaigntracker.calendar.WorkingDayCalendar shadedCalendar;
    private Timeline timeline;
    private long projectId;
    private String title = "";

    private final transient com.campaigntracker.calendar.WorkingCalendarService calendars;

    ProjectGanttView(TimelineService timelines, WorkItemHistoryService histories, Clock clock,
                     com.campaigntracker.calendar.WorkingCalendarService calendars) {
        this.calendars = calendars;
        this.timelines = timelines;
        this.histories = histories;
        this.clock = clock;
        setSizeFull();
        gantt.setId("gantt");
        gantt.setDateRange(DateWindow.MIN, DateWindow.MAX);
        gantt.setSizeFull();
        gantt.addTaskMovedListener(e -> reschedule(e, false));
        gantt.addTaskResizedListener(e -> reschedule(e, true));
        gantt.addProgressChangedListener(this::progress);
        gantt.addLinkCreatedListener(this::link);
        gantt.addLinkDeletedListener(this::unlink);
        gantt.setTooltipProvider(task -> {
            WorkItemRow row = rows.get(Long.valueOf(task.id()));
            return row == null ? List.of() : chartData().tooltip(timeline, row);
        });
        gantt.addTaskDoubleClickedListener(e -> {
            GanttTask task = gantt.getTask(e.getTaskId());
            new TaskDetailsDialog(task, gantt.tooltip(task.id()), () -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/plan")),
                    () -> new HistoryDialog(task.text(), histories.history(Long.parseLong(task.id())), clock.getZone())
                            .open()).open();
        });

        zoom.setId("gantt-zoom");
        zoom.setWidth("8em");
        ownerFilter.setWidth("9em");
        departmentFilter.setWidth("9em");
        statusFilter.setWidth("9em");
        zoom.setItems(GanttZoom.values());
        zoom.setItemLabelGenerator(z -> getTranslation("gantt.zoom." + z.name()));
        zoom.setValue(GanttZoom.WEEK);
        zoom.addValueChangeListener(e -> gantt.setZoom(e.getValue()));
        // the whole plan in sight when the chart opens: a bar past the pane's edge looks like no bar at all
        gantt.setFitZoom(true);
        gantt.addZoomFittedListener(e -> zoom.setValue(e.getZoom()));
        critical.setId("gantt-critical");
        critical.setLabel(getTranslation("gantt.criticalPath"));
        critical.addValueChangeListener(e -> refresh());
        baseline.setId("gantt-baseline");
        baseline.setLabel(getTranslation("gantt.baseline"));
        baseline.addValueChangeListener(e -> {
            gantt.setBaselinesShown(e.getValue());
            refresh();
        });
        revision.setId("gantt-revision");
        revision.setLabel(getTranslation("gantt.revision"));
        revision.setWidth("16em");
        revision.setEmptySelectionAllowed(true);
        revision.setEmptySelectionCaption(getTranslation("gantt.revision.current"));
        revision.setItemLabelGenerator(r -> r == null ? getTranslation("gantt.revision.current")
                : getTranslation("gantt.revision.label", r.number(), Formats.date(
                        LocalDate.ofInstant(r.savedAt(), clock.getZone()), getLocale()), r.reason()));
        revision.addValueChangeListener(e -> {
            if (!revisionShown) {
                return;
            }
            RevisionInfo chosen = e.getValue();
            revisionDates = chosen == null ? null
                    : timelines.revision(projectId, chosen.number()).orElse(null);
            gantt.setReadOnly(revisionDates != null || !timeline.tree().project().editable());
            if (revisionDates != null && !baseline.getValue()) {
                baseline.setValue(true); // a revision is read against the baseline; this refreshes
            } else {
                refresh();
            }
        });
        ownerFilter.setId("gantt-owner");
        departmentFilter.setId("gantt-department");
        statusFilter.setId("gantt-status");
        ownerFilter.setLabel(getTranslation("gantt.filter.owner"));
        departmentFilter.setLabel(getTranslation("gantt.filter.department"));
        statusFilter.setLabel(getTranslation("gantt.filter.status"));
        ownerFilter.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("gantt.filter.all") : v);
        departmentFilter.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("gantt.filter.all") : v);
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("gantt.filter.all"));
        statusFilter.setItems(DisplayStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("gantt.filter.all") : getTranslation(s.messageKey()));
        ownerFilter.addValueChangeListener(e -> applyFilter());
        departmentFilter.addValueChangeListener(e -> applyFilter());
        statusFilter.addValueChangeListener(e -> applyFilter());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = ProjectPage.id(event);
        removeAll();
        revisionDates = null;
        revisionShown = false; // the list is refilled below; its clearing must not reload the chart
        revision.clear();
        long started = System.nanoTime();
        Optional<Timeline> loaded = ProjectPage.load(this, projectId, timelines::timeline,
                t -> t.tree().project().name(), t -> title = t);
        log.debug("Timeline of project {} loaded in {} ms", projectId, (System.nanoTime() - started) / 1_000_000);
        if (loaded.isEmpty()) {
            return;
        }
        show(loaded.get());
        gantt.setLocale(getLocale());
        gantt.setToday(LocalDate.now(clock));
        gantt.setReadOnly(!timeline.tree().project().editable());
        gantt.setColumns(List.of(
                GanttColumn.of(TimelineChartData.WBS, getTranslation("item.wbs"), 56, GanttColumn.Align.LEFT),
                GanttColumn.tree(TimelineChartData.NAME, getTranslation("item.name"), 200),
                GanttColumn.of(TimelineChartData.OWNER, getTranslation("item.owner"), 70, GanttColumn.Align.LEFT),
                GanttColumn.of(TimelineChartData.START, getTranslation("item.plannedStart"), 86, GanttColumn.Align.CENTER),
                GanttColumn.of(TimelineChartData.FINISH, getTranslation("item.plannedFinish"), 86, GanttColumn.Align.CENTER),
                GanttColumn.of(TimelineChartData.PERCENT, getTranslation("item.percent"), 50, GanttColumn.Align.RIGHT),
                GanttColumn.of(TimelineChartData.STATUS, getTranslation("item.status"), 64, GanttColumn.Align.LEFT)));
        add(new ProjectHeader(timeline.tree().project(), clock.getZone()));
        HolidaysHint.of(calendars, timeline.tree().project()).ifPresent(this::add);
        add(toolbar(), gantt);
        setFlexGrow(1, gantt);
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout bar = new HorizontalLayout(new ProjectNav(projectId, ProjectNav.Page.GANTT), zoom,
                critical, baseline, ownerFilter, departmentFilter, statusFilter);
        List<RevisionInfo> revisions = timelines.revisions(projectId);
        if (!revisions.isEmpty()) {
            List<RevisionInfo> newestFirst = new ArrayList<>(revisions);
            java.util.Collections.reverse(newestFirst);
            revision.setItems(newestFirst);
            bar.add(revision);
        }
        revisionShown = true;
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap");
        if (timeline.tree().project().editable()) {
            Button save = new Button(getTranslation("gantt.saveBaseline"), VaadinIcon.FLAG_CHECKERED.create(),
                    e -> saveBaseline());
            save.setId("save-baseline");
            save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(save);
        }
        Set<String> owners = new LinkedHashSet<>(List.of(ALL));
        timeline.tree().rows().stream().map(WorkItemRow::ownerName).filter(Objects::nonNull).sorted().forEach(owners::add);
        ownerFilter.setItems(owners);
        ownerFilter.setValue(ALL);
        Set<String> departments = new LinkedHashSet<>(List.of(ALL));
        timeline.ownerDepartments().values().stream().filter(Objects::nonNull).sorted().forEach(departments::add);
        departmentFilter.setItems(departments);
        departmentFilter.setValue(ALL);
        return bar;
    }

    /** Takes a freshly loaded timeline and sends the chart what differs from what it shows. */
    private void show(Timeline loaded) {
        long started = System.nanoTime();
        timeline = loaded;
        rows.clear();
        parents.clear();
        timeline.tree().rows().forEach(r -> {
            rows.put(r.id(), r);
            r.children().forEach(c -> parents.put(c.id(), String.valueOf(r.id())));
        });
        TimelineChartData data = chartData();
        shadeNonWorkingDays();
        gantt.setData(data.tasks(timeline, timeline.tree().project().editable()), data.links(timeline));
        log.debug("Chart of project {} built from its timeline in {} ms", projectId, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Takes the timeline after a change saved on the shown one and sends the chart only the items and
     * arrows it names (the rest of the chart is as it was): no reload, no rebuild of every task.
     */
    private void apply(TimelineEdit edit) {
        timeline = edit.timeline().orElseThrow();
        boolean editable = timeline.tree().project().editable();
        TimelineChartData data = chartData();
        Set<Long> changed = edit.changedItems();
        for (WorkItemRow row : timeline.tree().rows()) {
            if (changed.contains(row.id())) {
                rows.put(row.id(), row);
                gantt.updateTask(data.task(timeline, row, parents.get(row.id()), editable));
            }
        }
        for (com.campaigntracker.plan.DependencyRow d : timeline.dependencies()) {
            if (edit.changedDependencies().contains(d.id())) {
                gantt.updateLink(data.link(timeline, d));
            }
        }
        shadeNonWorkingDays();
        if (filtered()) {
            applyFilter(); // a moved task's status may have changed: what the filters show follows it
        }
    }

    private TimelineChartData chartData() {
        return new TimelineChartData(this, getLocale(), critical.getValue(), baseline.getValue(), revisionDates);
    }

    /** The calendar's days off around the plan, shaded on the day scale. */
    private void shadeNonWorkingDays() {
        LocalDate first = TimelineChartData.earliest(timeline);
        LocalDate last = TimelineChartData.latest(timeline);
        if (first != null && last != null) {
            // whole years around the plan: a drag rarely changes them, so the options rarely travel again;
            // never beyond the dates a plan may hold, nor more years than a chart's scale shows
            LocalDate from = max(DateWindow.MIN, min(DateWindow.MAX, first).withDayOfYear(1).minusYears(1));
            LocalDate to = min(DateWindow.MAX, max(from, last).withMonth(12).withDayOfMonth(31).plusYears(1));
            to = min(to, from.plusYears(SHADED_YEARS).minusDays(1));
            if (from.equals(shadedFrom) && to.equals(shadedTo) && timeline.calendar() == shadedCalendar) {
                return; // the same years of the same calendar: the same days
            }
            List<LocalDate> off = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (!timeline.calendar().isWorkingDay(d)) {
                    off.add(d);
                }
            }
            gantt.setNonWorkingDays(off);
            shadedFrom = from;
            shadedTo = to;
            shadedCalendar = timeline.calendar();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void refresh() {
        timelines.timeline(projectId).ifPresent(this::show);
        applyFilter();
    }

    private void reschedule(TaskMovedEvent e, boolean resize) {
        WorkItemRow row = rows.get(Long.valueOf(e.getTaskId()));
        Timeline shown = timeline;
        // a revision laid over the chart is read-only, so a shown timeline here is the plan as it is
        change(e, () -> timelines.reschedule(shown, row.id(), row.version(), e.getStart(), e.getEnd(), resize));
    }

    private void progress(ProgressChangedEvent e) {
        WorkItemRow row = rows.get(Long.valueOf(e.getTaskId()));
        change(e, () -> {
            timelines.setProgress(row.id(), row.version(), e.getPercent());
            return TimelineEdit.reload(new EditOutcome(List.of()));
        });
    }

    private void link(LinkCreatedEvent e) {
        change(e, () -> TimelineEdit.reload(timelines.link(Long.parseLong(e.getSourceId()),
                Long.parseLong(e.getTargetId()), DependencyType.valueOf(e.getType().name()), 0)));
    }

    private void unlink(LinkDeletedEvent e) {
        change(e, () -> {
            timelines.unlink(Long.parseLong(e.getLinkId()));
            return TimelineEdit.reload(new EditOutcome(List.of()));
        });
    }

    /**
     * Saves one gesture. Refused: the chart puts it back and says why. Either way the chart is brought
     * up to date with what is saved, which after a conflict means the other person's version: in place
     * when the service could bring the shown timeline up to date, else by loading it again.
     */
    private void change(GanttChangeEvent e, java.util.function.Supplier<TimelineEdit> action) {
        TimelineEdit saved = null;
        try {
            saved = action.get();
            PlanMessages.moved(this, "gantt.moved", saved.outcome());
        } catch (TranslatableException ex) { // a ConcurrentEditException or a date out of bounds too: the refresh below shows their version
            e.reject();
            PlanMessages.refuse(this, ex);
        } catch (AccessDeniedException ex) {
            e.reject();
            PlanMessages.show(getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
            // two saves of the same rows at the same moment: the version check passed for both
            e.reject();
            PlanMessages.show(getTranslation("gantt.error.simultaneous"), NotificationVariant.LUMO_ERROR);
        } finally {
            if (saved != null && saved.timeline().isPresent()) {
                apply(saved);
            } else {
                refresh();
            }
        }
    }

    private void saveBaseline() {
        try {
            int number = timelines.saveBaseline(projectId);
            PlanMessages.show(getTranslation("gantt.baselineSaved", number), NotificationVariant.LUMO_SUCCESS);
            baseline.setValue(true);
            refresh();
        } catch (AccessDeniedException ex) {
            PlanMessages.show(getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
    }

    /** Filters show the matching tasks with the phases and modules above them. */
    private void applyFilter() {
        String owner = ownerFilter.getValue();
        String department = departmentFilter.getValue();
        DisplayStatus status = statusFilter.getValue();
        if (!filtered()) {
            gantt.setVisibleTasks(null);
            return;
        }
        Set<String> visible = new LinkedHashSet<>();
        collectVisible(timeline.tree().roots(), owner, department, status, visible);
        gantt.setVisibleTasks(visible);
    }

    private boolean filtered() {
        String owner = ownerFilter.getValue();
        String department = departmentFilter.getValue();
        return (owner != null && !owner.isEmpty()) || (department != null && !department.isEmpty())
                || statusFilter.getValue() != null;
    }

    private boolean collectVisible(List<WorkItemRow> level, String owner, String department, DisplayStatus status,
                                   Set<String> visible) {
        boolean any = false;
        for (WorkItemRow row : level) {
            boolean below = collectVisible(row.children(), owner, department, status, visible);
            boolean matches = row.isLeaf()
                    && (owner == null || owner.isEmpty() || owner.equals(row.ownerName()))
                    && (department == null || department.isEmpty()
                        || (row.ownerId() != null && department.equals(timeline.ownerDepartments().get(row.ownerId()))))
                    && (status == null || status == row.status());
            if (matches || below) {
                visible.add(String.valueOf(row.id()));
                any = true;
            }
        }
        return any;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
