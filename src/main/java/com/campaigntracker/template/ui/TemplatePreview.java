package com.campaigntracker.template.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.template.Placeholder;
import com.campaigntracker.template.TemplateBody;
import com.campaigntracker.template.TemplateItem;
import com.campaigntracker.template.TemplateRisk;
import com.campaigntracker.template.TemplateSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A template's plan as it will become a project: days counted in working days from the start. */
class TemplatePreview extends VerticalLayout {

    /** One item with its WBS code, as the preview lists it. */
    record Line(String wbs, TemplateItem item, TemplateBody.DayRange days) {
    }

    private final H3 title = new H3();
    private final Paragraph description = new Paragraph();
    private final FlexLayout placeholders = new FlexLayout();
    final Grid<Line> items = new Grid<>();
    private TemplateBody body;

    TemplatePreview() {
        setId("template-preview");
        setPadding(false);
        placeholders.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        placeholders.getStyle().set("gap", "var(--lumo-space-s)");
        items.setId("template-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addColumn(Line::wbs).setHeader(getTranslation("item.wbs")).setKey("wbs").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(l -> l.item().name()).setHeader(getTranslation("template.item")).setKey("name")
                .setFlexGrow(2).setClassNameGenerator(l -> "level-" + l.item().level().name().toLowerCase());
        items.addColumn(l -> l.item().deliverables()).setHeader(getTranslation("item.deliverables"))
                .setKey("deliverables").setFlexGrow(2);
        items.addColumn(l -> l.days() == null ? ""
                        : getTranslation("template.dayRange", l.days().first(), l.days().last()))
                .setHeader(getTranslation("template.when")).setKey("when").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(l -> label(l.item().responsible())).setHeader(getTranslation("myTasks.role.R")).setKey("r")
                .setFlexGrow(1);
        items.addColumn(l -> label(l.item().accountable())).setHeader(getTranslation("myTasks.role.A")).setKey("a")
                .setFlexGrow(1);
        items.addColumn(l -> labels(Stream.concat(l.item().consulted().stream(), l.item().informed().stream())
                .toList())).setHeader(getTranslation("template.ci")).setKey("ci").setFlexGrow(1);
        items.addColumn(l -> l.item().predecessors() == null ? "" : l.item().predecessors())
                .setHeader(getTranslation("item.predecessors")).setKey("predecessors").setAutoWidth(true);
        items.addColumn(l -> l.item().cadence() == null ? "" : getTranslation("cadence." + l.item().cadence().name()))
                .setHeader(getTranslation("template.cadence")).setKey("cadence").setAutoWidth(true);
        items.addColumn(l -> String.join(getTranslation("list.separator"),
                        l.item().risks().stream().map(TemplateRisk::description).toList()))
                .setHeader(getTranslation("template.risks")).setKey("risks").setFlexGrow(2);
        add(title, description, placeholders, items);
        setVisible(false);
    }

    void show(TemplateSummary template) {
        setVisible(template != null);
        if (template == null) {
            body = null;
            GridRows.show(items, List.of());
            return;
        }
        body = template.body();
        title.setText(template.name());
        description.setText(template.description() == null ? "" : template.description());
        description.setVisible(template.description() != null);
        placeholders.removeAll();
        placeholders.add(new Span(getTranslation("template.placeholders") + ":"));
        for (Placeholder p : body.placeholders()) {
            Span chip = new Span(p.label());
            chip.getElement().getThemeList().add("badge");
            placeholders.add(chip);
        }
        List<String> wbs = body.wbs();
        List<TemplateBody.DayRange> days = body.dayRanges();
        List<Line> lines = new ArrayList<>(wbs.size());
        for (int i = 0; i < wbs.size(); i++) {
            lines.add(new Line(wbs.get(i), body.items().get(i), days.get(i)));
        }
        GridRows.show(items, lines);
    }

    private String label(String key) {
        return key == null || body == null ? "" : body.placeholder(key).map(Placeholder::label).orElse(key);
    }

    private String labels(List<String> keys) {
        return String.join(getTranslation("list.separator"), keys.stream().map(this::label).toList());
    }
}
