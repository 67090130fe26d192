package com.campaigntracker.archive.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.shared.ui.DatePickers;
import com.campaigntracker.archive.ArchiveException;
import com.campaigntracker.archive.ArchiveFilter;
import com.campaigntracker.archive.ArchiveLine;
import com.campaigntracker.archive.ArchiveService;
import com.campaigntracker.people.DepartmentOption;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * 归档 / Archive (R15): every archived review report of the projects I may see, searched by name, time
 * (the campaign's period) and department; any version's PDF (its hash checked again) and frozen progress
 * table (as Excel) one click away. A project's manager generates the next version here.
 */
@Route("archive")
@Menu(order = 8, title = "nav.archive", icon = "vaadin:archive")
@PermitAll
public class ArchiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ArchiveService archive;
    private final transient ProjectService projects;
    private final transient PeopleService people;
    private final transient Clock clock;
    final TextField search = new TextField();
    final DatePicker from = DatePickers.bounded(new DatePicker());
    final DatePicker to = DatePickers.bounded(new DatePicker());
    final ComboBox<DepartmentOption> department = new ComboBox<>();
    final Grid<ArchiveLine> grid = new Grid<>();
    final Span counts = new Span();
    final ComboBox<ProjectSummary> project = new ComboBox<>();
    final Select<Locale> language = new Select<>();
    final Button generate = new Button();

    ArchiveView(ArchiveService archive, ProjectService projects, PeopleService people, Clock clock) {
        this.archive = archive;
        this.projects = projects;
        this.people = people;
        this.clock = clock;
        search.setId("archive-search");
        search.setLabel(getTranslation("archive.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("archive-from");
        from.setLabel(getTranslation("archive.from"));
        to.setId("archive-to");
        to.setLabel(getTranslation("archive.to"));
        department.setId("archive-department");
        department.setLabel(getTranslation("project.department"));
        department.setItemLabelGenerator(DepartmentOption::name);
        department.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());

        grid.setId("archive-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArchiveLine::projectName).setHeader(getTranslation("project.name")).setKey("project")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("archive.versionNumber", a.number())).setHeader(getTranslation("archive.version")).setKey("version")
                .setAutoWidth(true);
        grid.addColumn(a -> Objects.toString(a.departmentName(), "—")).setHeader(getTranslation("project.department"))
                .setKey("department").setAutoWidth(true);
        grid.addColumn(a -> (a.periodStart() == null ? "" : Formats.shortDate(a.periodStart(), getLocale())) + " – "
                + (a.periodEnd() == null ? "" : Formats.shortDate(a.periodEnd(), getLocale())))
                .setHeader(getTranslation("archive.period")).setKey("period").setAutoWidth(true);
        grid.addColumn(a -> getTranslation("archive.generatedBy", Formats.dateTime(a.createdAt(), clock.getZone(),
                        getLocale()), Objects.toString(a.createdBy(), "—")))
                .setHeader(getTranslation("archive.generated")).setKey("generated").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span hash = new Span(a.sha256().substring(0, 12) + "…");
            hash.getElement().setAttribute("title", a.sha256());
            hash.addClassName("hash");
            return hash;
        }).setHeader(getTranslation("archive.sha256")).setKey("sha256").setAutoWidth(true);
        grid.addComponentColumn(this::downloads).setKey("downloads").setAutoWidth(true);
        counts.setId("archive-counts");

        project.setId("archive-project");
        project.setLabel(getTranslation("archive.generateFor"));
        project.setItemLabelGenerator(ProjectSummary::name);
        project.setWidth("20rem");
        language.setId("archive-language");
        language.setLabel(getTranslation("archive.language"));
        language.setItems(AppLocales.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("archive.language." + l.getLanguage()));
        generate.setText(getTranslation("archive.generate"));
        generate.setId("archive-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        department.setItems(people.departments());
        List<ProjectSummary> mine = projects.visibleProjects(true).stream().filter(ProjectSummary::manages).toList();
        project.setItems(mine);
        language.setValue(getLocale().getLanguage().equals("zh") ? AppLocales.CHINESE : Locale.ENGLISH);
        event.getLocation().getQueryParameters().getParameters().getOrDefault("project", List.of()).stream()
                .findFirst().flatMap(id -> mine.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst())
                .ifPresent(project::setValue);
        add(new H2(getTranslation("nav.archive")));
        if (!mine.isEmpty()) {
            HorizontalLayout make = new HorizontalLayout(project, language, generate);
            make.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            make.getStyle().set("flex-wrap", "wrap");
            add(new H3(getTranslation("archive.newVersion")), make);
        }
        HorizontalLayout filters = new HorizontalLayout(search, from, to, department);
        filters.getStyle().set("flex-wrap", "wrap");
        Anchor compare = new Anchor("archive/compare", getTranslation("archive.compare"));
        compare.getElement().setAttribute("router-link", true);
        compare.setId("archive-compare");
        add(new H3(getTranslation("archive.archived")), filters, new Div(counts, new Span(" · "), compare), grid);
        refresh();
    }

    private void refresh() {
        List<ArchiveLine> found = archive.search(new ArchiveFilter(search.getValue(), from.getValue(), to.getValue(),
                department.getValue() == null ? null : department.getValue().id()));
        GridRows.show(grid, found);
        counts.setText(getTranslation("archive.counts", found.size(),
                found.stream().map(ArchiveLine::projectId).distinct().count()));
    }

    private void generate() {
        if (project.getValue() == null) {
            Messages.show(getTranslation("archive.error.chooseProject"), NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            ArchiveLine made = archive.generate(project.getValue().id(), language.getValue());
            Messages.show(getTranslation("archive.generated.done", made.projectName(), made.number()),
                    NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (TranslatableException ex) {
            Messages.show(Messages.text(this, ex), NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException ex) {
            Messages.show(getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
    }

    private Component downloads(ArchiveLine a) {
        Anchor pdf = new Anchor(download(() -> archive.pdf(a.id()), a.fileName("pdf"),
                "application/pdf"), getTranslation("archive.pdf"));
        pdf.setId("archive-pdf-" + a.id());
        pdf.getElement().setAttribute("download", true);
        Locale locale = getLocale();
        Anchor excel = new Anchor(download(() -> archive.excel(a.id(), locale), a.fileName("xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), getTranslation("archive.excel"));
        excel.setId("archive-excel-" + a.id());
        excel.getElement().setAttribute("download", true);
        return new Div(new Div(pdf), new Div(excel)); // one above the other: the grid stays narrow
    }

    /**
     * A download made when it is asked for; refused bytes (a hash that no longer matches) answer with an
     * error and a message in the page instead of a file.
     */
    private DownloadHandler download(Supplier<byte[]> bytes, String fileName, String type) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] data = bytes.get();
                return new DownloadResponse(new ByteArrayInputStream(data), fileName, type, data.length);
            } catch (ArchiveException ex) {
                String text = event.getUI().getTranslation(ex.messageKey(), ex.args());
                event.getUI().access(() -> Notification.show(text, 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
                return DownloadResponse.error(409, text);
            } catch (AccessDeniedException ex) {
                return DownloadResponse.error(403, event.getUI().getTranslation("error.notAllowed"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.archive") + " · " + getTranslation("app.shortName");
    }
}
