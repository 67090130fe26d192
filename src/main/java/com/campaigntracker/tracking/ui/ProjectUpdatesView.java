package com.campaigntracker.tracking.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.shared.ui.PercentBar;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.campaigntracker.shared.ui.StatusBadge;
import com.campaigntracker.tracking.Cadence;
import com.campaigntracker.tracking.CheckpointService;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.tracking.UpdateState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's updates at a glance (the manager's view of R8): every task with its cadence, last
 * update and next deadline, overdue ones first; the manager changes a task's cadence here.
 */
@Route("projects/:projectId/updates")
@PermitAll
public class ProjectUpdatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** "Automatic" in the cadence select: R8 decides. */
    private static final Optional<Cadence> AUTOMATIC = Optional.empty();

    private final transient TrackingService tracking;
    private final transient ProjectService projects;
    private final transient CheckpointService checkpoints;
    private final transient RiskService risks;
    final Grid<TrackedTask> grid = new Grid<>();
    final Checkbox onlyOverdue = new Checkbox();
    private long projectId;
    private boolean editable;
    private String title = "";
    private ZoneId zone;

    ProjectUpdatesView(TrackingService tracking, ProjectService projects, CheckpointService checkpoints,
                       RiskService risks) {
        this.tracking = tracking;
        this.projects = projects;
        this.checkpoints = checkpoints;
        this.risks = risks;
        grid.setId("project-updates");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(t -> t.wbs() + " " + t.name()).setHeader(getTranslation("item.name")).setKey("task")
                .setFlexGrow(2);
        grid.addColumn(t -> Objects.toString(t.ownerName(), "—")).setHeader(getTranslation("item.owner"))
                .setKey("owner").setAutoWidth(true);
        grid.addComponentColumn(t -> new StatusBadge(t.status())).setHeader(getTranslation("item.status"))
                .setKey("status").setAutoWidth(true);
        grid.addComponentColumn(t -> new PercentBar(t.percent())).setHeader(getTranslation("item.percent"))
                .setKey("percent").setAutoWidth(true);
        grid.addComponentColumn(this::cadence).setHeader(getTranslation("updates.cadence")).setKey("cadence")
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUpdate() == null ? "—" : Formats.dateTime(t.lastUpdate(), zone, getLocale()))
                .setHeader(getTranslation("updates.last")).setKey("last").setAutoWidth(true);
        grid.addComponentColumn(this::next).setHeader(getTranslation("updates.next")).setKey("next").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button progress = new Button(getTranslation("myTasks.history"), e -> new TaskProgressDialog(t,
                    tracking.history(t.id()), checkpoints.curve(t.id()), risks.ofTask(t.id()), zone).open());
            progress.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return progress;
        }).setKey("progress").setAutoWidth(true);
        onlyOverdue.setId("only-overdue");
        onlyOverdue.setLabel(getTranslation("updates.onlyOverdue"));
        onlyOverdue.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        projectId = ProjectPage.id(event);
        var tree = ProjectPage.load(this, projectId, projects::workTree, w -> w.project().name(), t -> title = t)
                .orElse(null);
        if (tree == null) {
            return;
        }
        editable = tree.project().editable();
        zone = tracking.deadlines().zone();
        onlyOverdue.setValue(event.getLocation().getQueryParameters().getParameters().containsKey("overdue"));
        HorizontalLayout bar = new HorizontalLayout(new ProjectNav(projectId, ProjectNav.Page.UPDATES), onlyOverdue);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        var p = tree.project();
        add(new H2(getTranslation("updates.title", title)), new com.campaigntracker.shared.ui.RecordBanner(
                p.status().name(), p.closedAt(), p.reopenedAt(), p.reopenedByName(), p.reopenReason(), zone), bar, grid);
        refresh();
    }

    private void refresh() {
        List<TrackedTask> tasks = tracking.tasksOf(projectId).stream()
                .filter(t -> !onlyOverdue.getValue() || t.update().overdue())
                .sorted(Comparator.comparing((TrackedTask t) -> !t.update().overdue())
                        .thenComparing(t -> t.update().due() == null ? java.time.Instant.MAX : t.update().due())
                        .thenComparing(TrackedTask::wbs))
                .toList();
        GridRows.show(grid, tasks);
    }

    private Component cadence(TrackedTask t) {
        if (!editable) {
            return new Span(getTranslation("cadence." + t.cadence().name()));
        }
        Select<Optional<Cadence>> select = new Select<>();
        select.setId("cadence-" + t.id());
        select.setItems(AUTOMATIC, Optional.of(Cadence.DAILY), Optional.of(Cadence.WEEKLY), Optional.of(Cadence.BIWEEKLY));
        select.setItemLabelGenerator(c -> c.map(v -> getTranslation("cadence." + v.name()))
                .orElse(getTranslation("updates.automatic")));
        select.setValue(t.cadenceChosen() ? Optional.of(t.cadence()) : AUTOMATIC);
        select.addValueChangeListener(e -> { // added after the initial value: every change is the user's
            if (Messages.attempt(this, () -> tracking.setCadence(t.id(), e.getValue().orElse(null)))) {
                Messages.show(getTranslation("updates.cadenceSaved", t.name()), NotificationVariant.LUMO_SUCCESS);
            }
            refresh();
        });
        select.setWidth("10rem");
        return select;
    }

    private Component next(TrackedTask t) {
        UpdateState u = t.update();
        Span span = new Span(u.due() == null ? "—" : Formats.dateTime(u.due(), zone, getLocale()));
        if (u.overdue()) {
            span.addClassName("overdue-text");
            span.setText(getTranslation("updates.overdueSince", Formats.dateTime(u.due(), zone, getLocale())));
        }
        return span;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
