package com.campaigntracker.warning.ui;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.WarningService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Objects;

/** Deviation explanations (R11) of my projects: due ones with their countdown first; the R writes theirs here. */
@Route("explanations")
@Menu(order = 6, title = "nav.explanations", icon = "vaadin:comment-ellipsis-o")
@PermitAll
public class ExplanationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ExplanationService explanations;
    private final transient WarningService warnings;
    private final transient PeopleService people;
    private final transient Clock clock;
    final Grid<ExplanationLine> grid = new Grid<>();

    ExplanationsView(ExplanationService explanations, WarningService warnings, PeopleService people, Clock clock) {
        this.explanations = explanations;
        this.warnings = warnings;
        this.people = people;
        this.clock = clock;
        grid.setId("explanations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> e.projectName() + " · " + e.taskName()).setHeader(getTranslation("item.name"))
                .setKey("task").setFlexGrow(2);
        grid.addColumn(e -> e.kind() == null ? "" : getTranslation(e.kind().messageKey()))
                .setHeader(getTranslation("warning.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.ownerName(), "—")).setHeader(getTranslation("item.owner"))
                .setKey("owner").setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("item.status")).setKey("state").setAutoWidth(true);
        grid.addColumn(e -> e.cause() == null ? "" : getTranslation("explanation.cause." + e.causeType().name()) + ": "
                + e.cause()).setHeader(getTranslation("explanation.cause")).setKey("cause").setFlexGrow(2);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("nav.explanations")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(explanations.of(null).stream()
                .sorted(java.util.Comparator.comparing((ExplanationLine e) -> e.submittedAt() != null)
                        .thenComparing(ExplanationLine::dueAt)).toList());
    }

    private Component state(ExplanationLine e) {
        Span s = new Span();
        if (e.submittedAt() != null) {
            s.setText(getTranslation(e.late() ? "explanation.submittedLate" : "explanation.submittedOn",
                    Formats.dateTime(e.submittedAt(), clock.getZone(), getLocale())));
            if (e.late()) {
                s.addClassName("overdue-text");
            }
        } else if (e.overdue()) {
            s.setText(getTranslation("explanation.overdue", Formats.dateTime(e.dueAt(), clock.getZone(), getLocale())));
            s.addClassName("overdue-text");
        } else {
            s.setText(getTranslation("explanation.due", Formats.dateTime(e.dueAt(), clock.getZone(), getLocale())));
        }
        return s;
    }

    private Component action(ExplanationLine e) {
        if (e.submittedAt() != null || !Objects.equals(e.ownerId(), CurrentUser.personId())) {
            return new Span();
        }
        Button write = new Button(getTranslation("explanation.write"), ev -> new ExplanationDialog(e, explanations,
                warnings, people.people(), this::refresh).open());
        write.setId("explain-" + e.id());
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return write;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.explanations") + " · " + getTranslation("app.shortName");
    }
}
