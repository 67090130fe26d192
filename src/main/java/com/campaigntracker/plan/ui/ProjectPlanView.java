package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A project's work tree with every column of the users' table, read-only; who, status and % come
 * first because that is what a manager scans for.
 */
@Route("projects/:projectId/plan")
@PermitAll
class ProjectPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROJECT_ID = "projectId";

    private final transient ProjectService projects;
    private final TreeGrid<WorkItemRow> grid = new TreeGrid<>();
    private String title = "";

    ProjectPlanView(ProjectService projects) {
        this.projects = projects;
        setSizeFull();
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<WorkTree> tree = event.getRouteParameters().getLong(PROJECT_ID).flatMap(projects::workTree);
        if (tree.isEmpty()) {
            title = getTranslation("project.notFound");
            Paragraph missing = new Paragraph(getTranslation("project.notFound"));
            missing.setId("project-not-found");
            add(missing);
            return;
        }
        title = tree.get().project().name();
        grid.setItems(tree.get().roots(), WorkItemRow::children);
        grid.expandRecursively(tree.get().roots(), 2);
        add(new ProjectHeader(tree.get().project()), grid);
    }

    private void configureGrid() {
        grid.setId("work-tree");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(row -> "level-" + row.level().name().toLowerCase(java.util.Locale.ROOT));
        grid.addColumn(WorkItemRow::wbs).setKey("wbs").setHeader(getTranslation("item.wbs"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addHierarchyColumn(WorkItemRow::name).setKey("name").setHeader(getTranslation("item.name"))
                .setWidth("14em").setFlexGrow(0).setFrozen(true).setResizable(true).setSortable(false);
        grid.addColumn(r -> getTranslation("level." + r.level().name())).setKey("level")
                .setHeader(getTranslation("item.level")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkItemRow::ownerName).setKey("owner").setHeader(getTranslation("item.owner"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new StatusBadge(r.status())).setKey("status")
                .setHeader(getTranslation("item.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new PercentBar(r.percentComplete())).setKey("percent")
                .setHeader(getTranslation("item.percent")).setAutoWidth(true).setFlexGrow(0);
        date("plannedStart", "item.plannedStart", WorkItemRow::plannedStart);
        date("plannedFinish", "item.plannedFinish", WorkItemRow::plannedFinish);
        date("actualStart", "item.actualStart", WorkItemRow::actualStart);
        date("actualFinish", "item.actualFinish", WorkItemRow::actualFinish);
        text("deliverables", "item.deliverables", WorkItemRow::deliverables, "14em");
        text("description", "item.description", WorkItemRow::description, "14em");
        grid.addColumn(r -> r.riskLevel() == null ? "" : getTranslation("risk." + r.riskLevel().name()))
                .setKey("risk").setHeader(getTranslation("item.risk")).setAutoWidth(true).setFlexGrow(0);
        text("remarks", "item.remarks", WorkItemRow::remarks, "14em");
        grid.addColumn(r -> getTranslation("priority." + r.priority().name())).setKey("priority")
                .setHeader(getTranslation("item.priority")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkItemRow::estimateDays).setKey("estimate").setHeader(getTranslation("item.estimate"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.percent(r.bufferPercent(), getLocale())).setKey("buffer")
                .setHeader(getTranslation("item.buffer")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> String.join(", ", r.predecessors())).setKey("predecessors")
                .setHeader(getTranslation("item.predecessors")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.keyTask() ? getTranslation("common.yes") : "").setKey("keyTask")
                .setHeader(getTranslation("item.keyTask")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.milestone() ? getTranslation("common.yes") : "").setKey("milestone")
                .setHeader(getTranslation("item.milestone")).setAutoWidth(true).setFlexGrow(0);
    }

    private void text(String key, String headerKey, ValueProvider<WorkItemRow, String> value, String width) {
        grid.addColumn(value).setKey(key).setHeader(getTranslation(headerKey)).setWidth(width).setFlexGrow(1)
                .setResizable(true).setTooltipGenerator(value::apply);
    }

    private void date(String key, String headerKey, ValueProvider<WorkItemRow, LocalDate> value) {
        grid.addColumn(r -> Formats.date(value.apply(r), getLocale())).setKey(key)
                .setHeader(getTranslation(headerKey)).setAutoWidth(true).setFlexGrow(0);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
