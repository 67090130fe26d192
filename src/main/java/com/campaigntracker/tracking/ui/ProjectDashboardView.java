package com.campaigntracker.tracking.ui;

import com.campaigntracker.shared.ui.KeyboardClick;
import com.campaigntracker.chart.Chart;
import com.campaigntracker.chart.ChartOptions;
import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.EmergencyBuffer;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.campaigntracker.shared.ui.StatusBadge;
import com.campaigntracker.tracking.DashboardService;
import com.campaigntracker.tracking.MonitoringFigures;
import com.campaigntracker.tracking.ProjectDashboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The project at a glance: health, the figures that need attention, status mix, burn-up, buffer and milestones. */
@Route("projects/:projectId")
@PermitAll
public class ProjectDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DashboardService dashboards;
    private final transient com.campaigntracker.plan.ProjectService projects;
    private final transient java.time.Clock clock;
    private String title = "";

    ProjectDashboardView(DashboardService dashboards, com.campaigntracker.plan.ProjectService projects,
                         java.time.Clock clock) {
        this.dashboards = dashboards;
        this.projects = projects;
        this.clock = clock;
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectPage.load(this, ProjectPage.id(event), dashboards::project, d -> d.project().name(), t -> title = t)
                .ifPresent(this::show);
    }

    private void show(ProjectDashboard d) {
        removeAll();
        Locale locale = getLocale();
        title = d.project().name();
        H2 name = new H2(d.project().name());
        name.setId("project-name");
        Span health = new Span(getTranslation(d.health().messageKey()));
        health.setId("project-health");
        health.addClassNames("status-badge", "status-" + d.health().colour());
        Div head = new Div(name, health);
        head.addClassName("dashboard-head");
        var status = d.project().status();
        if (d.project().closed()) {
            Span closed = new Span(getTranslation("projectStatus." + status.name()));
            closed.setId("project-closed");
            closed.addClassNames("status-badge", "status-grey");
            head.add(closed);
            if (com.campaigntracker.shared.security.CurrentUser.hasRole("ADMIN")) {
                // M6: only an administrator reopens a record, with a reason the audit log keeps
                com.vaadin.flow.component.button.Button reopen = new com.vaadin.flow.component.button.Button(
                        getTranslation("record.reopen"), e -> new ReopenProjectDialog(d.project(), projects,
                        () -> reload(d.project().id())).open());
                reopen.setId("reopen-project");
                head.add(reopen);
            }
        } else if (d.project().editable()) {
            // R14: the manager closes a finished project, or stops it with a reason
            com.vaadin.flow.component.button.Button close = new com.vaadin.flow.component.button.Button(
                    getTranslation("closing.close"), e -> new CloseProjectDialog(d.project(), false, projects,
                    () -> reload(d.project().id())).open());
            close.setId("close-project");
            com.vaadin.flow.component.button.Button cancel = new com.vaadin.flow.component.button.Button(
                    getTranslation("closing.cancel"), e -> new CloseProjectDialog(d.project(), true, projects,
                    () -> reload(d.project().id())).open());
            cancel.setId("cancel-project");
            cancel.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
            close.setVisible(status == com.campaigntracker.plan.ProjectStatus.ACTIVE);
            head.add(close, cancel);
        }
        var p = d.project();
        add(head, new com.campaigntracker.shared.ui.RecordBanner(p.status().name(), p.closedAt(), p.reopenedAt(),
                p.reopenedByName(), p.reopenReason(), clock.getZone()), new ProjectNav(p.id(), ProjectNav.Page.DASHBOARD));

        Div tiles = new Div();
        tiles.addClassName("tiles");
        if (d.retrospectiveDue() != null) {
            // R14: the retrospective's countdown, first where the manager looks
            boolean late = d.retrospectiveOverdue(clock.instant());
            tiles.add(linked(new Tile("tile-retrospective", getTranslation(late ? "dashboard.retrospectiveOverdue"
                    : "dashboard.retrospectiveDue"), com.campaigntracker.shared.i18n.Formats.dateTime(
                    d.retrospectiveDue(), clock.getZone(), locale), late ? "red" : "orange"),
                    "projects/" + d.project().id() + "/retrospective", Map.of()));
        }
        tiles.add(new Tile("tile-percent", getTranslation("dashboard.percent"),
                Formats.percent(d.project().percentComplete(), locale), null));
        tiles.add(new Tile("tile-on-time", getTranslation("dashboard.onTime", d.finishedOnTime(), d.finished()),
                d.onTimeRate() == null ? "—" : Formats.percent(d.onTimeRate(), locale),
                d.onTimeRate() != null && d.onTimeRate() < 80 ? "orange" : null));
        Tile overdue = new Tile("tile-overdue-updates", getTranslation("dashboard.overdueUpdates"),
                String.valueOf(d.overdueUpdates()), d.overdueUpdates() > 0 ? "red" : null);
        overdue.addClassName("tile-link");
        KeyboardClick.asLink(overdue);
        overdue.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("projects/" + d.project().id() + "/updates",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("overdue", "")))));
        tiles.add(overdue);
        MonitoringFigures m = d.monitoring();
        Map<String, String> project = Map.of("project", String.valueOf(d.project().id()));
        tiles.add(linked(new Tile("tile-warnings", getTranslation("dashboard.openWarnings"),
                String.valueOf(m.openWarnings()), m.openWarnings() > 0 ? "red" : null), "warnings", project));
        tiles.add(linked(new Tile("tile-explanations", getTranslation("dashboard.explanationsDue"),
                m.explanationsOverdue() > 0 ? getTranslation("dashboard.ofWhichOverdue", m.explanationsDue(),
                        m.explanationsOverdue()) : String.valueOf(m.explanationsDue()),
                m.explanationsOverdue() > 0 ? "red" : m.explanationsDue() > 0 ? "orange" : null),
                "explanations", project));
        tiles.add(linked(new Tile("tile-coordinations", getTranslation("dashboard.coordinationsPending"),
                String.valueOf(m.coordinationsPending()), m.coordinationsPending() > 0 ? "orange" : null),
                "explanations", Map.of("project", String.valueOf(d.project().id()), "state", "AWAITING_COORDINATION")));
        tiles.add(linked(new Tile("tile-escalations", getTranslation("dashboard.escalationsOpen"),
                m.escalationsLate() > 0 ? getTranslation("dashboard.ofWhichOverdue", m.escalationsOpen(),
                        m.escalationsLate()) : String.valueOf(m.escalationsOpen()),
                m.escalationsLate() > 0 ? "red" : m.escalationsOpen() > 0 ? "orange" : null), "escalations", project));
        tiles.add(new Tile("tile-late", getTranslation("dashboard.late"), String.valueOf(d.lateTasks()),
                d.lateTasks() > 0 ? "red" : null));
        tiles.add(new Tile("tile-blocked", getTranslation("dashboard.blocked"), String.valueOf(d.blockedTasks()),
                d.blockedTasks() > 0 ? "orange" : null));
        tiles.add(new Tile("tile-risks", getTranslation("dashboard.openRisks", d.highRisks()),
                String.valueOf(d.openRisks()), d.highRisks() > 0 ? "orange" : null));
        tiles.add(new Tile("tile-slip", getTranslation("dashboard.finishSlip"), d.finishSlip() == null ? "—"
                : getTranslation("dashboard.days", d.finishSlip()), d.finishSlip() != null && d.finishSlip() > 0 ? "red" : null));
        add(tiles);

        Div charts = new Div();
        charts.addClassName("dashboard-charts");
        charts.add(panel("dashboard.byStatus", statusChart(d)));
        charts.add(panel("dashboard.burnUp", burnUpChart(d, locale)));
        charts.add(panel("dashboard.buffer", bufferChart(d, locale)));
        charts.add(panel("dashboard.milestones", milestones(d, locale)));
        add(charts);
    }

    private void reload(long projectId) {
        dashboards.project(projectId).ifPresent(this::show);
    }

    /** A tile that opens the list it counts, filtered to this project. */
    private Tile linked(Tile tile, String location, Map<String, String> query) {
        tile.addClassName("tile-link");
        KeyboardClick.asLink(tile);
        tile.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(location,
                com.vaadin.flow.router.QueryParameters.simple(query))));
        return tile;
    }

    private Div panel(String titleKey, com.vaadin.flow.component.Component content) {
        Div panel = new Div(new H3(getTranslation(titleKey)), content);
        panel.addClassName("dashboard-panel");
        return panel;
    }

    private com.vaadin.flow.component.Component statusChart(ProjectDashboard d) {
        Chart chart = new Chart();
        chart.setId("status-chart");
        chart.setOption(ChartOptions.pie(Arrays.stream(DisplayStatus.values()).filter(s -> d.byStatus().get(s) > 0)
                .map(s -> new ChartOptions.Slice(getTranslation(s.messageKey()), d.byStatus().get(s),
                        StatusColours.hex(s.colour()))).toList()).build());
        return chart;
    }

    private com.vaadin.flow.component.Component burnUpChart(ProjectDashboard d, Locale locale) {
        if (d.burnUp().isEmpty()) {
            return new Paragraph(getTranslation("dashboard.noDates"));
        }
        Chart chart = new Chart();
        chart.setId("burnup-chart");
        chart.setOption(ChartOptions.categories(d.burnUp().stream().map(p -> Formats.shortDate(p.day(), locale)).toList(), 100)
                .line(getTranslation("dashboard.planned"), d.burnUp().stream().map(ProjectDashboard.BurnUpPoint::planned)
                        .toList(), StatusColours.PLANNED, true)
                .line(getTranslation("dashboard.actual"), d.burnUp().stream().map(ProjectDashboard.BurnUpPoint::actual)
                        .toList(), StatusColours.ACTUAL, false)
                .build());
        return chart;
    }

    /** R18: how much of the emergency buffer the schedule uses, against how far the work is. */
    private com.vaadin.flow.component.Component bufferChart(ProjectDashboard d, Locale locale) {
        EmergencyBuffer buffer = d.project().emergencyBuffer();
        if (buffer == null) {
            return new Paragraph(getTranslation("dashboard.noBuffer"));
        }
        Chart chart = new Chart();
        chart.setId("buffer-chart");
        chart.setHeight("160px");
        String colour = buffer.overrun() ? "red" : buffer.percentUsed() > d.project().percentComplete() ? "orange" : "green";
        chart.setOption(ChartOptions.horizontal(List.of(getTranslation("dashboard.bufferUsed", buffer.usedDays(),
                        buffer.days()), getTranslation("dashboard.percent")))
                .bar(getTranslation("dashboard.buffer"), List.of(buffer.percentUsed(), d.project().percentComplete()),
                        StatusColours.hex(colour), null)
                .build());
        return chart;
    }

    private com.vaadin.flow.component.Component milestones(ProjectDashboard d, Locale locale) {
        Div list = new Div();
        list.setId("next-milestones");
        if (d.nextMilestones().isEmpty()) {
            list.add(new Paragraph(getTranslation("dashboard.noMilestones")));
        }
        for (ProjectDashboard.Milestone m : d.nextMilestones()) {
            Div line = new Div(new Span("◆ " + m.wbs() + " " + m.name() + " · " + Formats.date(m.date(), locale) + " "),
                    new StatusBadge(m.status()));
            line.addClassName("milestone-line");
            list.add(line);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
