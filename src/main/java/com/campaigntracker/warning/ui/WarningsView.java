package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.warning.WarningKind;
import com.campaigntracker.warning.WarningLine;
import com.campaigntracker.warning.WarningService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Open warnings across my projects (R10), newest first, with counts by kind; filter by project and kind. */
@Route("warnings")
@Menu(order = 5, title = "nav.warnings", icon = "vaadin:warning")
@PermitAll
public class WarningsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient WarningService warnings;
    private final transient Clock clock;
    final Grid<WarningLine> grid = new Grid<>();
    final ComboBox<String> project = new ComboBox<>();
    final ComboBox<WarningKind> kind = new ComboBox<>();
    final Span counts = new Span();
    private List<WarningLine> all = List.of();

    WarningsView(WarningService warnings, Clock clock) {
        this.warnings = warnings;
        this.clock = clock;
        grid.setId("warnings");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(w -> {
            Span badge = new Span(getTranslation(w.kind().messageKey()));
            badge.addClassNames("status-badge",
                    w.kind().severity() == WarningKind.Severity.HIGH ? "status-red" : "status-orange");
            return badge;
        }).setHeader(getTranslation("warning.kind")).setKey("kind").setAutoWidth(true);
        grid.addComponentColumn(w -> {
            Anchor link = new Anchor("projects/" + w.projectId(), w.projectName());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("project.name")).setKey("project").setAutoWidth(true);
        grid.addColumn(w -> w.taskWbs() + " " + w.taskName()).setHeader(getTranslation("item.name")).setKey("task")
                .setFlexGrow(1);
        grid.addColumn(w -> Objects.toString(w.ownerName(), "—")).setHeader(getTranslation("item.owner"))
                .setKey("owner").setAutoWidth(true);
        grid.addColumn(w -> Formats.dateTime(w.raisedAt(), clock.getZone(), getLocale()))
                .setHeader(getTranslation("warning.raisedAt")).setKey("raised").setAutoWidth(true);
        grid.addComponentColumn(this::explain).setKey("action").setAutoWidth(true);
        project.setId("warnings-project");
        project.setLabel(getTranslation("project.name"));
        project.setClearButtonVisible(true);
        kind.setId("warnings-kind");
        kind.setLabel(getTranslation("warning.kind"));
        kind.setItems(WarningKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setClearButtonVisible(true);
        project.addValueChangeListener(e -> filter());
        kind.addValueChangeListener(e -> filter());
        counts.setId("warnings-counts");
        HorizontalLayout filters = new HorizontalLayout(project, kind);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("nav.warnings")), counts, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        all = warnings.open(null);
        project.setItems(all.stream().map(WarningLine::projectName).distinct().sorted().toList());
        // from a project's dashboard: its warnings
        event.getLocation().getQueryParameters().getParameters().getOrDefault("project", List.of()).stream()
                .findFirst().flatMap(id -> all.stream().filter(w -> String.valueOf(w.projectId()).equals(id))
                        .map(WarningLine::projectName).findFirst()).ifPresent(project::setValue);
        filter();
    }

    /** R11 from the warning: its R writes the explanation it asks for; the others see where it stands. */
    private com.vaadin.flow.component.Component explain(WarningLine w) {
        if (w.kind().severity() != WarningKind.Severity.HIGH) {
            return new Span();
        }
        boolean mine = w.explanationDue() && Objects.equals(w.ownerId(), CurrentUser.personId());
        Button b = new Button(getTranslation(mine ? "myTasks.explain" : "warning.seeExplanation"),
                e -> getUI().ifPresent(ui -> ui.navigate(ExplanationsView.class, QueryParameters.simple(Map.of(
                        "project", String.valueOf(w.projectId()), "task", String.valueOf(w.workItemId()))))));
        b.setId("explain-warning-" + w.id());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, mine ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void filter() {
        List<WarningLine> shown = all.stream()
                .filter(w -> project.getValue() == null || project.getValue().equals(w.projectName()))
                .filter(w -> kind.getValue() == null || kind.getValue() == w.kind()).toList();
        GridRows.show(grid, shown);
        counts.setText(String.join(" · ", Arrays.stream(WarningKind.values()).map(k -> getTranslation(k.messageKey())
                + " " + shown.stream().filter(w -> w.kind() == k).count()).toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.warnings") + " · " + getTranslation("app.shortName");
    }
}
