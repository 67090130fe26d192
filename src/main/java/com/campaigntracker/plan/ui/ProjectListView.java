package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The campaigns the user takes part in, with where each stands; a click opens its plan. */
@Route("projects")
@RouteAlias("")
@Menu(order = 1, title = "nav.projects", icon = "vaadin:folder-open")
@PermitAll
class ProjectListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ProjectSummary> grid = new Grid<>();

    ProjectListView(ProjectService projects) {
        setSizeFull();
        add(new H2(getTranslation("projects.title")));

        grid.setId("project-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectSummary::name).setKey("name").setHeader(getTranslation("project.name"))
                .setFlexGrow(3).setSortable(true);
        grid.addColumn(ProjectSummary::managerName).setKey("manager").setHeader(getTranslation("project.manager"));
        grid.addColumn(p -> Formats.date(p.start(), getLocale())).setKey("start")
                .setHeader(getTranslation("project.start"));
        grid.addColumn(p -> Formats.date(p.finish(), getLocale())).setKey("finish")
                .setHeader(getTranslation("project.finish"));
        grid.addColumn(p -> getTranslation("projectStatus." + p.status().name())).setKey("status")
                .setHeader(getTranslation("project.status"));
        grid.addComponentColumn(p -> new StatusBadge(p.progressStatus())).setKey("progress")
                .setHeader(getTranslation("project.progress"));
        grid.addComponentColumn(p -> new PercentBar(p.percentComplete())).setKey("percent")
                .setHeader(getTranslation("item.percent"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProjectPlanView.class,
                new RouteParameters(ProjectPlanView.PROJECT_ID, String.valueOf(e.getItem().id())))));

        List<ProjectSummary> visible = projects.visibleProjects();
        grid.setItems(visible);
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("projects.none")));
        } else {
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " · " + getTranslation("app.shortName");
    }
}
