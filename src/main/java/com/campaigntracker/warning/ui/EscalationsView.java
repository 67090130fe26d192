package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.warning.EscalationLine;
import com.campaigntracker.warning.EscalationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * 重大风险上报 (R13): the department head's inbox — open escalations with their 24-hour countdown first,
 * then the decisions taken, which stay with their projects. Everyone sees the escalations of the
 * projects they may see; only the head (or an administrator) decides. {@code ?project=id} filters.
 */
@Route("escalations")
@Menu(order = 7, title = "nav.escalations", icon = "vaadin:exclamation-circle-o")
@PermitAll
public class EscalationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EscalationService escalations;
    private final transient Clock clock;
    final Grid<EscalationLine> grid = new Grid<>();
    final ComboBox<String> project = new ComboBox<>();
    final Checkbox openOnly = new Checkbox();
    final Checkbox mineOnly = new Checkbox();
    final Span counts = new Span();
    private List<EscalationLine> all = List.of();

    EscalationsView(EscalationService escalations, Clock clock) {
        this.escalations = escalations;
        this.clock = clock;
        grid.setId("escalations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(x -> {
            Anchor link = new Anchor("projects/" + x.projectId(), x.projectName());
            link.getElement().setAttribute("router-link", true);
            return new Div(link, new Span(" · " + x.taskName()));
        }).setHeader(getTranslation("item.name")).setKey("task").setFlexGrow(2);
        grid.addColumn(this::why).setHeader(getTranslation("escalation.reason")).setKey("reason").setFlexGrow(2);
        grid.addColumn(x -> Objects.toString(x.headName(), getTranslation("escalation.admins")))
                .setHeader(getTranslation("escalation.head")).setKey("head").setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("monitoring.state")).setKey("state")
                .setWidth("15rem").setFlexGrow(0);
        grid.addColumn(x -> x.decisionType() == null ? "" : getTranslation(x.decisionType().messageKey()) + ": "
                + x.decision()).setHeader(getTranslation("escalation.decision")).setKey("decision").setFlexGrow(2);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
        project.setId("escalations-project");
        project.setLabel(getTranslation("project.name"));
        project.setClearButtonVisible(true);
        openOnly.setId("escalations-open");
        openOnly.setLabel(getTranslation("escalation.openOnly"));
        mineOnly.setId("escalations-mine");
        mineOnly.setLabel(getTranslation("escalation.mineOnly"));
        project.addValueChangeListener(e -> filter());
        openOnly.addValueChangeListener(e -> filter());
        mineOnly.addValueChangeListener(e -> filter());
        counts.setId("escalations-counts");
        HorizontalLayout filters = new HorizontalLayout(project, openOnly, mineOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("nav.escalations")), counts, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
        event.getLocation().getQueryParameters().getParameters().getOrDefault("project", List.of()).stream()
                .findFirst().flatMap(id -> all.stream().filter(x -> String.valueOf(x.projectId()).equals(id))
                        .map(EscalationLine::projectName).findFirst()).ifPresent(project::setValue);
    }

    private void load() {
        all = escalations.of(null);
        String chosen = project.getValue();
        project.setItems(all.stream().map(EscalationLine::projectName).distinct().sorted().toList());
        if (chosen != null && all.stream().anyMatch(x -> x.projectName().equals(chosen))) {
            project.setValue(chosen);
        }
        filter();
    }

    private void filter() {
        List<EscalationLine> inProject = all.stream()
                .filter(x -> project.getValue() == null || project.getValue().equals(x.projectName())).toList();
        GridRows.show(grid, inProject.stream().filter(x -> !openOnly.getValue() || x.open())
                .filter(x -> !mineOnly.getValue() || x.mine()).toList());
        counts.setText(getTranslation("escalation.counts", inProject.stream().filter(EscalationLine::open).count(),
                inProject.stream().filter(x -> x.open() && x.late()).count(),
                inProject.stream().filter(x -> !x.open()).count()));
    }

    /** The figures say it when there are any (finish slip, milestones); the reason's name otherwise. */
    private String why(EscalationLine x) {
        List<String> parts = new java.util.ArrayList<>();
        if (x.finishSlip() > 0) {
            parts.add(getTranslation("escalation.slip", x.finishSlip()));
        }
        if (x.milestones() != null) {
            parts.add(getTranslation("escalation.milestones", x.milestones()));
        }
        if (parts.isEmpty() || x.note() != null) {
            parts.add(0, getTranslation(x.reason().messageKey()));
        }
        if (x.note() != null) {
            parts.add(x.note());
        }
        return String.join(" · ", parts);
    }

    private Component state(EscalationLine x) {
        if (x.open()) {
            return Countdown.of(this, x.dueAt(), clock.instant(), clock.getZone(), getLocale());
        }
        Span s = new Span(getTranslation(x.late() ? "escalation.decidedLate" : "escalation.decidedOn",
                Objects.toString(x.decidedByName(), "—"),
                Formats.dateTime(x.decidedAt(), clock.getZone(), getLocale())));
        s.addClassNames("status-badge", x.late() ? "status-orange" : "status-green");
        return s;
    }

    private Component action(EscalationLine x) {
        if (!x.open() || !x.mine()) {
            return new Span();
        }
        Button decide = new Button(getTranslation("escalation.decide"),
                e -> new EscalationDialog(x, escalations, this::load).open());
        decide.setId("decide-" + x.id());
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return decide;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.escalations") + " · " + getTranslation("app.shortName");
    }
}
