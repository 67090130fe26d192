package com.campaigntracker.raci.ui;

import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrix;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * A project's RACI matrix (R6): its work tree down the side, people across the top under their
 * departments, a letter per cell set with a click or a key; each item's problems shown in its row.
 */
@Route("projects/:projectId/raci")
@PermitAll
class RaciMatrixView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL = "";
    /** The filter's choice "the project's people": those holding a letter and the manager. */
    private static final String PROJECT = "\u0000project";
    /**
     * Above this many people a column each (a cell component per task and person) makes the page too heavy to
     * open at once: it opens on the project's people, and the filter shows a department or everyone.
     */
    static final int PROJECT_FIRST_OVER = 40;

    private final transient RaciMatrixService service;
    private final Select<String> departmentFilter = new Select<>();
    private final Select<Long> personFilter = new Select<>();
    private RaciMatrix matrix;
    private long projectId;
    private String title = "";
    private TreeGrid<WorkItemRow> grid;
    private Div gridHolder = new Div();

    private final java.time.ZoneId zone;

    RaciMatrixView(RaciMatrixService service, java.time.Clock clock) {
        this.service = service;
        this.zone = clock.getZone();
        setSizeFull();
        departmentFilter.setId("raci-department");
        departmentFilter.setLabel(getTranslation("raci.filter.department"));
        departmentFilter.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("raci.filter.all")
                : PROJECT.equals(d) ? getTranslation("raci.filter.project") : d);
        personFilter.setId("raci-person");
        personFilter.setLabel(getTranslation("raci.filter.person"));
        personFilter.setEmptySelectionAllowed(true);
        personFilter.setEmptySelectionCaption(getTranslation("raci.filter.all"));
        departmentFilter.addValueChangeListener(e -> {
            if (matrix != null) {
                Long chosen = personFilter.getValue();
                List<Long> inDepartment = matrix.people().stream().filter(p -> inFilter(e.getValue(), p))
                        .map(PersonOption::id).toList();
                personFilter.setItems(inDepartment);
                personFilter.setValue(chosen != null && inDepartment.contains(chosen) ? chosen : null);
            }
            showGrid();
        });
        personFilter.addValueChangeListener(e -> showGrid());
        gridHolder.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = ProjectPage.id(event);
        removeAll();
        Optional<RaciMatrix> loaded = ProjectPage.load(this, projectId, service::matrix,
                m -> m.tree().project().name(), t -> title = t);
        if (loaded.isEmpty()) {
            return;
        }
        matrix = loaded.get();
        H2 name = new H2(title);
        name.setId("project-name");
        Paragraph help = new Paragraph(getTranslation("raci.help"));
        help.addClassName("raci-help");
        Set<String> departments = new LinkedHashSet<>(List.of(PROJECT, ALL));
        matrix.people().forEach(p -> departments.add(department(p)));
        departmentFilter.setItems(departments);
        String first = matrix.people().size() > PROJECT_FIRST_OVER ? PROJECT : ALL;
        departmentFilter.setValue(first);
        personFilter.setItems(matrix.people().stream().filter(p -> inFilter(first, p)).map(PersonOption::id).toList());
        personFilter.setItemLabelGenerator(id -> id == null ? getTranslation("raci.filter.all")
                : matrix.people().stream().filter(p -> p.id() == id).map(PersonOption::label).findFirst().orElse(""));
        HorizontalLayout bar = new HorizontalLayout(new ProjectNav(projectId, ProjectNav.Page.RACI), departmentFilter,
                personFilter, exportLink());
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var p = matrix.tree().project();
        add(name, new com.campaigntracker.shared.ui.RecordBanner(p.status().name(), p.closedAt(), p.reopenedAt(),
                p.reopenedByName(), p.reopenReason(), zone), bar, help, gridHolder);
        setFlexGrow(1, gridHolder);
        showGrid();
    }

    private String department(PersonOption p) {
        return p.departmentName() == null ? getTranslation("raci.noDepartment") : p.departmentName();
    }

    private List<PersonOption> shownPeople() {
        String department = departmentFilter.getValue();
        Long person = personFilter.getValue();
        return matrix.people().stream()
                .filter(p -> inFilter(department, p))
                .filter(p -> person == null || person == p.id())
                .toList();
    }

    /** Whether the department filter's choice shows this person's column. */
    private boolean inFilter(String choice, PersonOption p) {
        if (choice == null || choice.isEmpty()) {
            return true;
        }
        if (PROJECT.equals(choice)) {
            return java.util.Objects.equals(matrix.tree().project().managerId(), p.id())
                    || matrix.cells().values().stream().anyMatch(c -> c.containsKey(p.id()));
        }
        return choice.equals(department(p));
    }

    private void showGrid() {
        if (matrix == null) {
            return;
        }
        gridHolder.removeAll();
        grid = new TreeGrid<>();
        grid.setId("raci-matrix");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.addHierarchyColumn(r -> r.wbs() + " " + r.name()).setKey("item").setHeader(getTranslation("item.name"))
                .setWidth("18rem").setFlexGrow(0).setFrozen(true); // rem: em would differ between header and body cells
        boolean editable = matrix.editable();
        List<PersonOption> people = shownPeople();
        Map<String, List<Grid.Column<WorkItemRow>>> byDepartment = new LinkedHashMap<>();
        for (PersonOption p : people) {
            Grid.Column<WorkItemRow> column = grid.addComponentColumn(row -> cell(row, p, editable))
                    .setKey("person-" + p.id()).setHeader(p.displayName()).setWidth("4.5rem").setFlexGrow(0)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.CENTER);
            byDepartment.computeIfAbsent(department(p), k -> new ArrayList<>()).add(column);
        }
        grid.addComponentColumn(this::problems).setKey("problems").setHeader(getTranslation("raci.problems"))
                .setAutoWidth(true);
        if (!people.isEmpty()) {
            HeaderRow groups = grid.prependHeaderRow();
            byDepartment.forEach((department, columns) -> {
                if (columns.size() == 1) {
                    groups.getCell(columns.get(0)).setText(department);
                } else {
                    groups.join(columns.toArray(Grid.Column[]::new)).setText(department);
                }
            });
        }
        grid.setItems(matrix.tree().roots(), WorkItemRow::children);
        grid.expandRecursively(matrix.tree().roots(), 3);
        gridHolder.add(grid);
    }

    private RaciCell cell(WorkItemRow row, PersonOption person, boolean editable) {
        RaciLetter letter = matrix.letter(row.id(), person.id());
        java.util.Set<RaciLetter> heldByOthers = java.util.EnumSet.noneOf(RaciLetter.class);
        matrix.cells().getOrDefault(row.id(), Map.of()).forEach((who, l) -> {
            if (who != person.id() && (l == RaciLetter.R || l == RaciLetter.A)) {
                heldByOthers.add(l);
            }
        });
        RaciCell cell = new RaciCell(letter, RaciLetter.next(letter, heldByOthers), editable,
                getTranslation("raci.cell", person.displayName(), row.wbs(), row.name()),
                value -> set(row, person, letter, value));
        cell.setId("raci-" + row.id() + "-" + person.id());
        return cell;
    }

    private Div problems(WorkItemRow row) {
        Div box = new Div();
        for (String key : matrix.problems().getOrDefault(row.id(), List.of())) {
            Span badge = new Span(getTranslation(key));
            badge.addClassName("raci-problem");
            badge.addClassName(key.endsWith("noA") ? "raci-warning" : "raci-violation");
            box.add(badge);
        }
        return box;
    }

    private void set(WorkItemRow row, PersonOption person, RaciLetter expected, RaciLetter value) {
        try {
            service.set(projectId, row.id(), person.id(), expected, value);
        } catch (TranslatableException e) { // a conflict, or the item was deleted meanwhile
            Messages.show(text(e), NotificationVariant.LUMO_ERROR);
        } catch (org.springframework.dao.DataIntegrityViolationException
                 | org.springframework.dao.OptimisticLockingFailureException e) {
            Messages.show(getTranslation("gantt.error.simultaneous"), NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException e) {
            Messages.show(getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
        service.matrix(projectId).ifPresent(m -> matrix = m);
        showGrid();
        grid.select(row);
    }

    private String text(TranslatableException e) {
        return getTranslation(e.messageKey(), e.args());
    }


    private Anchor exportLink() {
        StreamResource file = new StreamResource("RACI " + title.replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx",
                () -> new ByteArrayInputStream(service.export(projectId,
                        shownPeople().stream().map(PersonOption::id).toList(), this::getTranslation)));
        file.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Anchor link = new Anchor(file, "");
        link.getElement().setAttribute("download", true);
        link.add(new Button(getTranslation("raci.export"), VaadinIcon.DOWNLOAD.create()));
        link.setId("raci-export");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
