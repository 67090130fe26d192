package com.campaigntracker.tracking.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.RiskStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The project's risk register (风险点): every risk point with its task, level, mitigation and owner. */
@Route("projects/:projectId/risks")
@PermitAll
public class RiskRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient com.campaigntracker.tracking.RiskLibrary library;

    private final transient RiskService risks;
    private final transient ProjectService projects;
    private final transient PeopleService people;
    private final transient Clock clock;
    final Grid<RiskLine> grid = new Grid<>();
    final Checkbox showClosed = new Checkbox();
    private long projectId;
    private WorkTree tree;
    private String title = "";

    RiskRegisterView(RiskService risks, ProjectService projects, PeopleService people, Clock clock,
                     com.campaigntracker.tracking.RiskLibrary library) {
        this.library = library;
        this.risks = risks;
        this.projects = projects;
        this.people = people;
        this.clock = clock;
        grid.setId("risk-register");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation("risk." + r.level().name()));
            badge.addClassNames("status-badge", "status-" + switch (r.level()) {
                case HIGH -> "red";
                case MEDIUM -> "orange";
                case LOW -> "grey";
            });
            return badge;
        }).setHeader(getTranslation("risk.level")).setKey("level").setAutoWidth(true);
        grid.addColumn(r -> r.taskWbs() + " " + r.taskName()).setHeader(getTranslation("item.name")).setKey("task")
                .setFlexGrow(1);
        grid.addColumn(RiskLine::description).setHeader(getTranslation("risk.description")).setKey("description")
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("risk." + r.probability().name()) + " / "
                + getTranslation("risk." + r.impact().name())).setHeader(getTranslation("risk.probabilityImpact"))
                .setKey("pi").setAutoWidth(true);
        grid.addColumn(r -> Objects.toString(r.mitigation(), "—")).setHeader(getTranslation("risk.mitigation"))
                .setKey("mitigation").setFlexGrow(2);
        grid.addColumn(r -> Objects.toString(r.ownerName(), "—")).setHeader(getTranslation("risk.owner"))
                .setKey("owner").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("risk.status." + r.status().name()) + " · "
                + Formats.dateTime(r.raisedAt(), clock.getZone(), getLocale()))
                .setHeader(getTranslation("risk.statusRaised")).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        showClosed.setId("show-closed");
        showClosed.setLabel(getTranslation("risk.showClosed"));
        showClosed.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        projectId = ProjectPage.id(event);
        tree = ProjectPage.load(this, projectId, projects::workTree, w -> w.project().name(), t -> title = t)
                .orElse(null);
        if (tree == null) {
            return;
        }
        Button add = new Button(getTranslation("risk.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        add.setId("add-risk");
        add.setVisible(!tree.project().closed()); // M6: a closed project's risks are part of its record
        HorizontalLayout bar = new HorizontalLayout(new ProjectNav(projectId, ProjectNav.Page.RISKS), add, showClosed);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        var p = tree.project();
        add(new H2(getTranslation("risk.register", tree.project().name())), new com.campaigntracker.shared.ui
                .RecordBanner(p.status().name(), p.closedAt(), p.reopenedAt(), p.reopenedByName(), p.reopenReason(),
                clock.getZone()), bar, grid);
        refresh();
    }

    private void refresh() {
        List<RiskLine> lines = risks.register(projectId);
        GridRows.show(grid, showClosed.getValue() ? lines : lines.stream().filter(r -> r.status() == RiskStatus.OPEN).toList());
    }

    private HorizontalLayout actions(RiskLine r) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDialog(r));
        edit.setId("edit-risk-" + r.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("risk.edit"));
        boolean open = r.status() == RiskStatus.OPEN;
        Button toggle = new Button(getTranslation(open ? "risk.close" : "risk.reopen"), e -> act(() ->
                risks.setStatus(r.id(), r.version(), open ? RiskStatus.CLOSED : RiskStatus.OPEN)));
        toggle.setId((open ? "close-risk-" : "reopen-risk-") + r.id());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (tree != null && tree.project().closed()) {
            return new HorizontalLayout();
        }
        return new HorizontalLayout(edit, toggle);
    }

    private void openDialog(RiskLine existing) {
        List<WorkItemRow> tasks = tree.rows().stream().filter(WorkItemRow::isLeaf).toList();
        new RiskDialog(existing, tasks, people.people(), (taskId, details) -> {
            if (existing == null) {
                risks.add(taskId, details);
            } else {
                risks.update(existing.id(), existing.version(), details);
            }
            Messages.show(getTranslation("risk.saved"), NotificationVariant.LUMO_SUCCESS);
            refresh();
        }, library).open();
    }

    private void act(Runnable step) {
        Messages.attempt(this, step);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }

}
