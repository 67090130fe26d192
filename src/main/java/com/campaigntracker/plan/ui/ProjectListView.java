package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.ui.PercentBar;
import com.campaigntracker.shared.ui.StatusBadge;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The campaigns the user takes part in, with where each stands; a click opens its plan. */
@Route("projects")
@Menu(order = 1, title = "nav.projects", icon = "vaadin:folder-open")
@PermitAll
class ProjectListView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProjectService projects;
    private final Grid<ProjectSummary> grid = new Grid<>();
    /** The row whose cell has the keyboard focus. */
    private ProjectSummary focused;
    private final Checkbox showArchived = new Checkbox();
    private final Paragraph empty = new Paragraph();

    ProjectListView(ProjectService projects, PeopleService people, java.time.Clock clock) {
        this.projects = projects;
        setSizeFull();
        H2 title = new H2(getTranslation("projects.title"));
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        header.setFlexGrow(1, title);
        if (CurrentUser.hasRole("ADMIN") || CurrentUser.hasRole("MANAGER")) {
            Button create = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create(),
                    e -> ProjectDialogs.create(this, projects, people, java.time.LocalDate.now(clock), this::open));
            create.setId("new-project");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button fromTemplate = new Button(getTranslation("projects.fromTemplate"), VaadinIcon.COPY_O.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("templates")));
            fromTemplate.setId("new-from-template");
            header.add(fromTemplate, create);
        }
        showArchived.setLabel(getTranslation("projects.showArchived"));
        showArchived.setId("show-archived");
        showArchived.addValueChangeListener(e -> refresh());
        header.add(showArchived);
        add(header);

        grid.setId("project-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectSummary::name).setKey("name").setHeader(getTranslation("project.name"))
                .setFlexGrow(3).setSortable(true);
        grid.addColumn(ProjectSummary::managerName).setKey("manager").setHeader(getTranslation("project.manager"));
        grid.addColumn(p -> Formats.date(p.start(), getLocale())).setKey("start")
                .setHeader(getTranslation("project.start"));
        grid.addColumn(p -> Formats.date(p.finish(), getLocale())).setKey("finish")
                .setHeader(getTranslation("project.finish"));
        grid.addColumn(p -> getTranslation(p.archived() ? "projectStatus.ARCHIVED" : "projectStatus." + p.status().name()))
                .setKey("status").setHeader(getTranslation("project.status"));
        grid.addComponentColumn(p -> new StatusBadge(p.progressStatus())).setKey("progress")
                .setHeader(getTranslation("project.progress"));
        grid.addComponentColumn(p -> new PercentBar(p.percentComplete())).setKey("percent")
                .setHeader(getTranslation("item.percent"));
        grid.addComponentColumn(this::archiveButton).setKey("archive").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        openOnEnter();
        empty.setText(getTranslation("projects.none"));
        add(empty, grid);
        refresh();
    }

    /** Keyboard users open the project whose row has the focus with Enter, as a click opens it. */
    private void openOnEnter() {
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        // only a key on the grid's own cells: Enter on the archive button in a row is that button's
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open(focused.id());
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
    }

    private Button archiveButton(ProjectSummary p) {
        Button archive = new Button(getTranslation(p.archived() ? "project.unarchive" : "project.archive"),
                VaadinIcon.ARCHIVE.create(), e -> {
            projects.setArchived(p.id(), !p.archived());
            refresh();
        });
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        archive.setVisible(p.manages());
        return archive;
    }

    private void refresh() {
        List<ProjectSummary> visible = projects.visibleProjects(showArchived.getValue());
        grid.setItems(visible);
        empty.setVisible(visible.isEmpty());
        grid.setVisible(!visible.isEmpty());
    }

    private void open(long projectId) {
        getUI().ifPresent(ui -> ui.navigate(ProjectPlanView.class,
                new RouteParameters(ProjectPlanView.PROJECT_ID, String.valueOf(projectId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " · " + getTranslation("app.shortName");
    }
}
