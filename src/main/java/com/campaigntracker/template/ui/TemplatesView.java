package com.campaigntracker.template.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.template.TemplateService;
import com.campaigntracker.template.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * 模板 / Templates: the built-in campaign types and the templates saved from projects; a row shows
 * its plan (offsets and durations in working days, placeholders, risks); from here a manager makes
 * a project from a template or saves a project as one ({@code ?saveFrom=} opens that form).
 */
@Route("templates")
@Menu(order = 3, title = "nav.templates", icon = "vaadin:copy-o")
@RolesAllowed({"ADMIN", "MANAGER", "HEAD"})
public class TemplatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SAVE_FROM = "saveFrom";

    private final transient TemplateService templates;
    private final transient ProjectService projects;
    private final transient PeopleService people;
    private final ZoneId zone;
    private final java.time.Clock clock;
    final Grid<TemplateSummary> grid = new Grid<>();
    final TemplatePreview preview = new TemplatePreview();
    final Button saveProject = new Button();

    TemplatesView(TemplateService templates, ProjectService projects, PeopleService people, java.time.Clock clock) {
        this.templates = templates;
        this.projects = projects;
        this.people = people;
        this.zone = clock.getZone();
        this.clock = clock;
        saveProject.setText(getTranslation("template.saveProject"));
        saveProject.setIcon(VaadinIcon.COPY_O.create());
        saveProject.setId("save-project-as-template");
        saveProject.addClickListener(e -> openSave(null));
        saveProject.setVisible(CurrentUser.hasRole("ADMIN") || CurrentUser.hasRole("MANAGER"));
        grid.setId("templates");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("template.name")).setKey("name")
                .setFlexGrow(3);
        grid.addColumn(t -> t.tasks()).setHeader(getTranslation("template.tasks")).setKey("tasks")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("template.days", t.workingDays())).setHeader(getTranslation("template.span"))
                .setKey("span").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.placeholders().size()).setHeader(getTranslation("template.placeholders"))
                .setKey("placeholders").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::source).setHeader(getTranslation("template.source")).setKey("source").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> preview.show(e.getValue()));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.templates")), saveProject);
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        header.setWidthFull();
        header.setFlexGrow(1, header.getComponentAt(0));
        add(header, new Paragraph(getTranslation("template.explain")), grid, preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh(null);
        event.getLocation().getQueryParameters().getSingleParameter(SAVE_FROM).flatMap(TemplatesView::number)
                .ifPresent(this::openSave);
    }

    private Span nameCell(TemplateSummary t) {
        Span name = new Span(t.name());
        if (t.builtIn()) {
            Span badge = new Span(getTranslation("template.builtIn"));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            return new Span(name, badge);
        }
        return name;
    }

    private String source(TemplateSummary t) {
        if (t.builtIn()) {
            return getTranslation("template.shipped");
        }
        String when = t.createdAt() == null ? "" : Formats.date(t.createdAt().atZone(zone).toLocalDate(), getLocale());
        return getTranslation("template.savedFrom", t.sourceProjectName() == null ? "—" : t.sourceProjectName(),
                t.createdBy() == null ? "—" : t.createdBy(), when);
    }

    private HorizontalLayout actions(TemplateSummary t) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (CurrentUser.hasRole("ADMIN") || CurrentUser.hasRole("MANAGER")) {
            Button create = new Button(getTranslation("template.createProject"), VaadinIcon.PLUS.create(),
                    e -> new CreateFromTemplateDialog(templates, people, t, java.time.LocalDate.now(clock),
                            this::opened).open());
            create.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            create.setId("create-from-" + t.key().replace(':', '-'));
            actions.add(create);
        }
        if (t.deletable()) {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(t));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            delete.setTooltipText(getTranslation("action.delete"));
            delete.setId("delete-" + t.key().replace(':', '-'));
            actions.add(delete);
        }
        return actions;
    }

    private void confirmDelete(TemplateSummary t) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("template.deleteTitle"),
                getTranslation("template.deleteText", t.name()), getTranslation("action.delete"),
                e -> {
                    if (Messages.attempt(this, () -> templates.delete(t.key()))) {
                        refresh(null);
                    } else {
                        refresh(t.key());
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void openSave(Long projectId) {
        List<ProjectSummary> mine = projects.visibleProjects().stream().filter(ProjectSummary::manages).toList();
        if (mine.isEmpty()) {
            Messages.show(getTranslation("template.noProjects"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        new SaveTemplateDialog(templates, people, mine, projectId, key -> {
            Messages.show(getTranslation("template.saved"), NotificationVariant.LUMO_SUCCESS);
            refresh(key);
        }).open();
    }

    private void opened(long projectId) {
        Messages.show(getTranslation("template.created"), NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/plan"));
    }

    void refresh(String select) {
        List<TemplateSummary> all = templates.templates(getLocale());
        GridRows.show(grid, all);
        all.stream().filter(t -> t.key().equals(select)).findFirst().ifPresentOrElse(grid::select,
                () -> preview.show(null));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.templates") + " · " + getTranslation("app.shortName");
    }
}
