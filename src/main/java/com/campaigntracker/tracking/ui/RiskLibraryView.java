package com.campaigntracker.tracking.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.tracking.RiskLibrary;
import com.campaigntracker.tracking.RiskLibraryEntry;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * 风险点库 / Risk library: the risks of finished campaigns, with the measures taken and how often the task
 * then finished on time; searched by words and filtered by level.
 */
@Route("risk-library")
@Menu(order = 9, title = "nav.riskLibrary", icon = "vaadin:book")
@PermitAll
public class RiskLibraryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RiskLibrary library;
    final TextField search = new TextField();
    final ComboBox<RiskLevel> level = new ComboBox<>();
    final Grid<RiskLibraryEntry> grid = new Grid<>();
    final Span counts = new Span();
    private List<RiskLibraryEntry> all = List.of();

    RiskLibraryView(RiskLibrary library) {
        this.library = library;
        search.setId("risk-library-search");
        search.setLabel(getTranslation("riskLibrary.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        level.setId("risk-library-level");
        level.setLabel(getTranslation("risk.level"));
        level.setItems(RiskLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("risk." + l.name()));
        level.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        grid.setId("risk-library");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RiskLibraryEntry::description).setHeader(getTranslation("risk.description")).setKey("risk")
                .setFlexGrow(3);
        grid.addColumn(e -> e.category() + " · " + e.trigger()).setHeader(getTranslation("riskLibrary.where"))
                .setKey("where").setFlexGrow(2);
        grid.addColumn(e -> getTranslation("risk." + e.level().name())).setHeader(getTranslation("risk.level"))
                .setKey("level").setAutoWidth(true);
        grid.addColumn(e -> String.join(getTranslation("list.separator"), e.measures())).setHeader(getTranslation("riskLibrary.measures"))
                .setKey("measures").setFlexGrow(3);
        grid.addColumn(e -> getTranslation("riskLibrary.seen", e.timesSeen(), e.timesWorked()))
                .setHeader(getTranslation("riskLibrary.record")).setKey("seen").setAutoWidth(true);
        grid.addColumn(e -> String.join(getTranslation("list.separator"), e.sourceProjects()))
                .setHeader(getTranslation("riskLibrary.sources")).setKey("sources").setFlexGrow(2);
        counts.setId("risk-library-counts");
        HorizontalLayout filters = new HorizontalLayout(search, level);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("nav.riskLibrary")), new Paragraph(getTranslation("riskLibrary.explain")), filters,
                counts, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        all = library.entries(null, null); // read once; typing filters what is here
        refresh();
    }

    private void refresh() {
        List<RiskLibraryEntry> found = all.stream().filter(e -> e.matches(search.getValue(), level.getValue()))
                .toList();
        GridRows.show(grid, found);
        counts.setText(getTranslation("riskLibrary.counts", found.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.riskLibrary") + " · " + getTranslation("app.shortName");
    }
}
