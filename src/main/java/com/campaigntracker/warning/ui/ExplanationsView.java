package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.warning.CoordinationService;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.ImpactService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Deviation explanations (R11) and their coordination (R12) across my projects: due ones with their
 * countdown first, then those waiting for the manager, then the decided ones. The R writes theirs
 * here (also reached from the task: {@code ?task=id}); the manager coordinates here. Filters by
 * project and state ({@code ?project=id&state=…} from the dashboards).
 */
@Route("explanations")
@Menu(order = 6, title = "nav.explanations", icon = "vaadin:comment-ellipsis-o")
@PermitAll
public class ExplanationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ExplanationService explanations;
    private final transient CoordinationService coordination;
    private final transient ImpactService impacts;
    private final transient PeopleService people;
    private final transient Clock clock;
    private final transient com.campaigntracker.warning.MeasureLibrary library;
    final Grid<ExplanationLine> grid = new Grid<>();
    final ComboBox<String> project = new ComboBox<>();
    final ComboBox<ExplanationLine.State> state = new ComboBox<>();
    final Span counts = new Span();
    private List<ExplanationLine> all = List.of();

    ExplanationsView(ExplanationService explanations, CoordinationService coordination, ImpactService impacts,
                     PeopleService people, Clock clock, com.campaigntracker.warning.MeasureLibrary library) {
        this.library = library;
        this.explanations = explanations;
        this.coordination = coordination;
        this.impacts = impacts;
        this.people = people;
        this.clock = clock;
        grid.setId("explanations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> e.projectName() + " · " + e.taskName()).setHeader(getTranslation("item.name"))
                .setKey("task").setFlexGrow(2);
        grid.addColumn(e -> e.kind() == null ? "" : getTranslation(e.kind().messageKey()))
                .setHeader(getTranslation("warning.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.ownerName(), "—")).setHeader(getTranslation("item.owner"))
                .setKey("owner").setAutoWidth(true);
        grid.addComponentColumn(this::stateOf).setHeader(getTranslation("monitoring.state")).setKey("state")
                .setWidth("15rem").setFlexGrow(0);
        grid.addColumn(e -> e.cause() == null ? "" : getTranslation("explanation.cause." + e.causeType().name()) + ": "
                + e.cause()).setHeader(getTranslation("explanation.cause")).setKey("cause").setFlexGrow(2);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
        project.setId("explanations-project");
        project.setLabel(getTranslation("project.name"));
        project.setClearButtonVisible(true);
        state.setId("explanations-state");
        state.setLabel(getTranslation("monitoring.state"));
        state.setItems(ExplanationLine.State.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setClearButtonVisible(true);
        project.addValueChangeListener(e -> filter());
        state.addValueChangeListener(e -> filter());
        counts.setId("explanations-counts");
        HorizontalLayout filters = new HorizontalLayout(project, state);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("nav.explanations")), counts, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        first(query, "project").flatMap(id -> all.stream().filter(e -> String.valueOf(e.projectId()).equals(id))
                .map(ExplanationLine::projectName).findFirst()).ifPresent(project::setValue);
        first(query, "state").flatMap(s -> Arrays.stream(ExplanationLine.State.values())
                .filter(v -> v.name().equals(s)).findFirst()).ifPresent(state::setValue);
        // from the task: open its explanation straight away when it is mine to write
        first(query, "task").flatMap(id -> all.stream().filter(e -> String.valueOf(e.workItemId()).equals(id)
                && writable(e)).findFirst()).ifPresent(this::write);
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private void load() {
        all = explanations.of(null).stream().sorted(Comparator.comparing(ExplanationLine::state)
                .thenComparing(ExplanationLine::dueAt)).toList();
        String chosen = project.getValue();
        project.setItems(all.stream().map(ExplanationLine::projectName).distinct().sorted().toList());
        if (chosen != null && all.stream().anyMatch(e -> e.projectName().equals(chosen))) {
            project.setValue(chosen);
        }
        filter();
    }

    private void filter() {
        List<ExplanationLine> shown = all.stream()
                .filter(e -> project.getValue() == null || project.getValue().equals(e.projectName()))
                .filter(e -> state.getValue() == null || state.getValue() == e.state()).toList();
        GridRows.show(grid, shown);
        List<ExplanationLine> inProject = all.stream()
                .filter(e -> project.getValue() == null || project.getValue().equals(e.projectName())).toList();
        counts.setText(String.join(" · ", Arrays.stream(ExplanationLine.State.values()).map(s -> getTranslation(
                s.messageKey()) + " " + inProject.stream().filter(e -> e.state() == s).count()).toList()));
    }

    private Component stateOf(ExplanationLine e) {
        return switch (e.state()) {
            case DUE, OVERDUE -> Countdown.of(this, e.dueAt(), clock.instant(), clock.getZone(), getLocale());
            case AWAITING_COORDINATION -> badge(getTranslation(e.late() ? "explanation.submittedLate"
                    : "explanation.submittedOn", Formats.dateTime(e.submittedAt(), clock.getZone(), getLocale())),
                    e.late() ? "status-red" : "status-yellow");
            case ACCEPTED -> badge(e.revisionNumber() == null ? getTranslation(ExplanationLine.State.ACCEPTED
                    .messageKey()) : getTranslation("explanation.state.acceptedRevision", e.revisionNumber()),
                    "status-green");
            case REJECTED -> badge(getTranslation(ExplanationLine.State.REJECTED.messageKey()), "status-orange");
        };
    }

    private static Span badge(String text, String colour) {
        Span s = new Span(text);
        s.addClassNames("status-badge", colour);
        return s;
    }

    private boolean writable(ExplanationLine e) {
        // M6: a closed or cancelled project's explanations are part of its record
        return e.submittedAt() == null && !e.projectClosed() && Objects.equals(e.ownerId(), CurrentUser.personId());
    }

    private Component action(ExplanationLine e) {
        if (writable(e)) {
            Button write = new Button(getTranslation("explanation.write"), ev -> write(e));
            write.setId("explain-" + e.id());
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            return write;
        }
        if (e.submittedAt() == null) {
            return new Span();
        }
        boolean coordinate = e.editable() && e.state() == ExplanationLine.State.AWAITING_COORDINATION;
        Button open = new Button(getTranslation(coordinate ? "coordination.open" : "coordination.details"),
                ev -> new CoordinationDialog(e, coordination, impacts, people.people(), clock, this::load).open());
        open.setId("coordinate-" + e.id());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, coordinate ? ButtonVariant.LUMO_PRIMARY
                : ButtonVariant.LUMO_TERTIARY);
        return open;
    }

    private void write(ExplanationLine e) {
        new ExplanationDialog(e, explanations, impacts, library, people.people(), this::load).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.explanations") + " · " + getTranslation("app.shortName");
    }
}
