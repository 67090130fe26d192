package com.campaigntracker.tracking.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.gantt.GanttColumn;
import com.campaigntracker.gantt.GanttTask;
import com.campaigntracker.gantt.GanttTaskType;
import com.campaigntracker.gantt.GanttZoom;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.PercentBar;
import com.campaigntracker.tracking.DashboardService;
import com.campaigntracker.tracking.Health;
import com.campaigntracker.tracking.MonitoringFigures;
import com.campaigntracker.tracking.ProjectDashboard;
import com.campaigntracker.tracking.Workload;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The portfolio, start page of managers and heads: every project I may see with its health and the
 * figures that need attention, filtered by department, status and health; the projects on one
 * timeline; and how many open tasks each person holds week by week, so overloads show.
 */
@Route("portfolio")
@Menu(order = 1, title = "nav.portfolio", icon = "vaadin:dashboard")
@PermitAll
public class PortfolioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Weeks the workload looks ahead. */
    static final int WORKLOAD_WEEKS = 8;

    private final transient DashboardService dashboards;
    private final transient Clock clock;
    final Grid<ProjectDashboard> grid = new Grid<>();
    final ComboBox<String> department = new ComboBox<>();
    final ComboBox<ProjectStatus> status = new ComboBox<>();
    final ComboBox<Health> health = new ComboBox<>();
    final Gantt timeline = new Gantt();
    final Grid<Workload.PersonLoad> workload = new Grid<>();
    private List<ProjectDashboard> all = List.of();

    PortfolioView(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
        addClassName("portfolio");
        department.setId("filter-department");
        department.setLabel(getTranslation("project.department"));
        department.setClearButtonVisible(true);
        status.setId("filter-status");
        status.setLabel(getTranslation("project.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("projectStatus." + s.name()));
        status.setClearButtonVisible(true);
        health.setId("filter-health");
        health.setLabel(getTranslation("portfolio.health"));
        health.setItems(Health.values());
        health.setItemLabelGenerator(h -> getTranslation(h.messageKey()));
        health.setClearButtonVisible(true);
        department.addValueChangeListener(e -> filter());
        status.addValueChangeListener(e -> filter());
        health.addValueChangeListener(e -> filter());
        configureGrid();
        timeline.setId("portfolio-timeline");
        timeline.setHeight("320px");
        timeline.setReadOnly(true);
        timeline.addTaskDoubleClickedListener(e -> {
            if (e.getTaskId().startsWith("p")) {
                getUI().ifPresent(ui -> ui.navigate("projects/" + e.getTaskId().substring(1)));
            }
        });
        workload.setId("workload");
        workload.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        DashboardService.Overview overview = dashboards.overview(WORKLOAD_WEEKS);
        all = overview.projects();
        department.setItems(all.stream().map(d -> d.project().departmentName()).filter(Objects::nonNull).distinct()
                .sorted().toList());
        HorizontalLayout filters = new HorizontalLayout(department, status, health);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("nav.portfolio")), filters, grid, new H3(getTranslation("portfolio.timeline")),
                timeline, new H3(getTranslation("portfolio.workload", Workload.OVERLOAD)), workloadGrid(overview.workload()));
        timeline.setLocale(getLocale());
        timeline.setToday(LocalDate.now(clock));
        timeline.setZoom(GanttZoom.MONTH);
        timeline.setColumns(List.of(GanttColumn.tree("name", getTranslation("item.name"), 180),
                GanttColumn.of("health", getTranslation("portfolio.health"), 70, GanttColumn.Align.LEFT)));
        filter();
    }

    private void configureGrid() {
        grid.setId("portfolio-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(d -> {
            Anchor link = new Anchor("projects/" + d.project().id(), d.project().name());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("project.name")).setWidth("11rem").setFlexGrow(1).setKey("name");
        grid.addComponentColumn(d -> {
            Span badge = new Span(getTranslation(d.health().messageKey()));
            badge.addClassNames("status-badge", "status-" + d.health().colour());
            return badge;
        }).setHeader(getTranslation("portfolio.health")).setKey("health").setAutoWidth(true);
        // what needs someone now, beside the health it explains
        grid.addColumn(d -> d.monitoring().openWarnings()).setHeader(getTranslation("dashboard.openWarnings"))
                .setKey("warnings").setAutoWidth(true);
        grid.addComponentColumn(this::deviations).setHeader(getTranslation("portfolio.deviations"))
                .setKey("deviations").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("project.status")).setKey("status")
                .setAutoWidth(true);
        grid.addColumn(d -> Objects.toString(d.project().departmentName(), "—"))
                .setHeader(getTranslation("project.department")).setKey("department").setAutoWidth(true);
        grid.addComponentColumn(d -> new PercentBar(d.project().percentComplete()))
                .setHeader(getTranslation("item.percent")).setKey("percent").setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.project().finish(), getLocale()))
                .setHeader(getTranslation("project.finish")).setKey("finish").setAutoWidth(true);
        grid.addColumn(d -> d.finishSlip() == null ? "—" : getTranslation("dashboard.days", d.finishSlip()))
                .setHeader(getTranslation("dashboard.finishSlip")).setKey("slip").setAutoWidth(true);
        grid.addColumn(ProjectDashboard::lateTasks).setHeader(getTranslation("dashboard.late")).setKey("late")
                .setAutoWidth(true);
        grid.addColumn(ProjectDashboard::overdueUpdates).setHeader(getTranslation("dashboard.overdueUpdates"))
                .setKey("overdueUpdates").setAutoWidth(true);
        grid.addColumn(ProjectDashboard::openRisks).setHeader(getTranslation("portfolio.openRisks"))
                .setKey("risks").setAutoWidth(true);
    }

    /** The project's status; a closed one counts down to its retrospective (R14), red once overdue. */
    private Span status(ProjectDashboard d) {
        Span s = new Span(getTranslation("projectStatus." + d.project().status().name()));
        if (d.retrospectiveDue() != null) {
            boolean late = d.retrospectiveOverdue(clock.instant());
            Span due = new Span(getTranslation(late ? "portfolio.retrospectiveOverdue" : "portfolio.retrospectiveDue",
                    Formats.shortDate(java.time.LocalDate.ofInstant(d.retrospectiveDue(), clock.getZone()),
                            getLocale())));
            due.addClassNames("status-badge", late ? "status-red" : "status-orange", "retrospective-due");
            s.add(new Span(" "), due);
        }
        return s;
    }

    /**
     * The deviations in hand: explanations due, coordinations pending, escalations open, each a small
     * badge; past their 24 hours red (R11, R13), otherwise orange.
     */
    private Span deviations(ProjectDashboard d) {
        MonitoringFigures m = d.monitoring();
        Span all = new Span();
        all.addClassName("deviation-badges");
        badge(all, "portfolio.explanations", m.explanationsDue(), m.explanationsOverdue() > 0, "explanations");
        badge(all, "portfolio.coordinations", m.coordinationsPending(), false, "coordinations");
        badge(all, "portfolio.escalations", m.escalationsOpen(), m.escalationsLate() > 0, "escalations");
        if (all.getChildren().findAny().isEmpty()) {
            all.setText("—");
        }
        return all;
    }

    private void badge(Span into, String key, int count, boolean late, String kind) {
        if (count > 0) {
            Span b = new Span(getTranslation(key, count));
            b.addClassNames("status-badge", late ? "status-red" : "status-orange", "deviation-" + kind);
            if (late) {
                b.addClassName("late");
            }
            into.add(b);
        }
    }

    private void filter() {
        List<ProjectDashboard> shown = all.stream()
                .filter(d -> department.getValue() == null || department.getValue().equals(d.project().departmentName()))
                .filter(d -> status.getValue() == null || status.getValue() == d.project().status())
                .filter(d -> health.getValue() == null || health.getValue() == d.health())
                .toList();
        GridRows.show(grid, shown);
        timeline.setData(timelineTasks(shown), List.of());
    }

    /** One bar per project in its health colour, its next milestones as diamonds under it. */
    private List<GanttTask> timelineTasks(List<ProjectDashboard> shown) {
        Locale locale = getLocale();
        List<GanttTask> tasks = new ArrayList<>();
        for (ProjectDashboard d : shown) {
            if (d.project().start() == null || d.project().finish() == null) {
                continue;
            }
            String id = "p" + d.project().id();
            tasks.add(GanttTask.builder(id, d.project().name()).dates(d.project().start(), d.project().finish())
                    .progress(d.project().percentComplete()).type(GanttTaskType.TASK)
                    .cssClass("bar-" + d.health().colour()).readOnly(true).open(false)
                    .cell("name", d.project().name()).cell("health", getTranslation(d.health().messageKey()))
                    .tooltip(getTranslation("project.manager"), Objects.toString(d.project().managerName(), "—"))
                    .tooltip(getTranslation("item.percent"), Formats.percent(d.project().percentComplete(), locale))
                    .build());
            for (ProjectDashboard.Milestone m : d.nextMilestones()) {
                tasks.add(GanttTask.builder("m" + m.id(), m.name()).parent(id).dates(m.date(), m.date())
                        .type(GanttTaskType.MILESTONE).readOnly(true).cell("name", m.name())
                        .tooltip(getTranslation("item.plannedFinish"), Formats.date(m.date(), locale)).build());
            }
        }
        return tasks;
    }

    /**
     * The workload grid, or a line saying nobody holds open tasks in these weeks: an empty grid of ten
     * columns would cost about 16 KB to draw nothing (its columns, headers and renderers).
     */
    private com.vaadin.flow.component.Component workloadGrid(Workload load) {
        if (load.people().isEmpty()) {
            workload.setItems(List.of());
            com.vaadin.flow.component.html.Paragraph none =
                    new com.vaadin.flow.component.html.Paragraph(getTranslation("portfolio.noWorkload"));
            none.setId("no-workload");
            return none;
        }
        workload.removeAllColumns();
        workload.addColumn(Workload.PersonLoad::name).setHeader(getTranslation("portfolio.person")).setKey("person")
                .setAutoWidth(true).setFrozen(true);
        for (int w = 0; w < load.weeks().size(); w++) {
            int week = w;
            workload.addComponentColumn(p -> {
                int n = p.openTasks().get(week);
                Span cell = new Span(n == 0 ? "" : String.valueOf(n));
                cell.addClassName(n > Workload.OVERLOAD ? "load-over" : n == Workload.OVERLOAD ? "load-full" : "load-ok");
                if (n >= Workload.OVERLOAD) { // the colour says it; so do a tooltip and the text a screen reader reads
                    String state = getTranslation(n > Workload.OVERLOAD ? "portfolio.loadOver" : "portfolio.loadFull");
                    cell.setTitle(state);
                    Span spoken = new Span(" " + state);
                    spoken.addClassName("sr-only");
                    cell.add(spoken);
                }
                return cell;
            }).setHeader(Formats.shortDate(load.weeks().get(w), getLocale())).setKey("week-" + w).setAutoWidth(true);
        }
        workload.addColumn(p -> String.join(getTranslation("list.separator"), p.projects())).setHeader(getTranslation("portfolio.projects"))
                .setKey("projects").setFlexGrow(1);
        GridRows.show(workload, load.people());
        Div box = new Div(workload);
        box.setWidthFull();
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portfolio") + " · " + getTranslation("app.shortName");
    }
}
