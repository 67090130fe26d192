package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.warning.CauseType;
import com.campaigntracker.warning.MeasureEntry;
import com.campaigntracker.warning.MeasureLibrary;
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
 * 有效应对措施 / Measures that worked: the remedial measures of finished campaigns, with the causes they
 * answered and how often the task then kept the dates agreed at the coordination; searched and
 * filtered by kind of cause. The deviation form offers the same measures for similar causes.
 */
@Route("measure-library")
@Menu(order = 10, title = "nav.measureLibrary", icon = "vaadin:lightbulb")
@PermitAll
public class MeasureLibraryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MeasureLibrary library;
    final TextField search = new TextField();
    final ComboBox<CauseType> causeType = new ComboBox<>();
    final Grid<MeasureEntry> grid = new Grid<>();
    final Span counts = new Span();
    private List<MeasureEntry> all = List.of();

    MeasureLibraryView(MeasureLibrary library) {
        this.library = library;
        search.setId("measure-library-search");
        search.setLabel(getTranslation("measureLibrary.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        causeType.setId("measure-library-cause");
        causeType.setLabel(getTranslation("explanation.causeType"));
        causeType.setItems(CauseType.values());
        causeType.setItemLabelGenerator(c -> getTranslation("explanation.cause." + c.name()));
        causeType.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        causeType.addValueChangeListener(e -> refresh());
        grid.setId("measure-library");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MeasureEntry::description).setHeader(getTranslation("measureLibrary.measure"))
                .setKey("measure").setFlexGrow(3);
        grid.addColumn(e -> String.join(getTranslation("list.separator"), e.causes()))
                .setHeader(getTranslation("measureLibrary.causes")).setKey("causes").setFlexGrow(3);
        grid.addColumn(e -> String.join(getTranslation("list.separator"),
                        e.causeTypes().stream().map(c -> getTranslation("explanation.cause." + c.name())).toList()))
                .setHeader(getTranslation("explanation.causeType")).setKey("type").setAutoWidth(true);
        grid.addColumn(e -> getTranslation("measureLibrary.record", e.timesTaken(), e.timesWorked(),
                        e.percentWorked())).setHeader(getTranslation("measureLibrary.worked")).setKey("record")
                .setAutoWidth(true);
        grid.addColumn(e -> String.join(getTranslation("list.separator"), e.sourceProjects()))
                .setHeader(getTranslation("riskLibrary.sources")).setKey("sources").setFlexGrow(2);
        counts.setId("measure-library-counts");
        HorizontalLayout filters = new HorizontalLayout(search, causeType);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("nav.measureLibrary")), new Paragraph(getTranslation("measureLibrary.explain")),
                filters, counts, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        all = library.entries(null, null); // read once; typing filters what is here
        refresh();
    }

    private void refresh() {
        List<MeasureEntry> found = all.stream().filter(e -> e.matches(causeType.getValue(), search.getValue()))
                .toList();
        GridRows.show(grid, found);
        counts.setText(getTranslation("measureLibrary.counts", found.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.measureLibrary") + " · " + getTranslation("app.shortName");
    }
}
