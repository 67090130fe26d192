package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.excel.ImportColumn;
import com.campaigntracker.plan.excel.ImportPreview;
import com.campaigntracker.plan.excel.ProgressTableColumn;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Every column of an uploaded table, labelled with its header as the file writes it and a first value,
 * with a select of what it is read as (a field, or ignored). A change is handed to the view, which
 * reads the file again with it; the select of each column is {@code import-column-<0-based index>}.
 */
class ImportColumnsSection extends VerticalLayout {

    private final BiConsumer<Integer, Optional<ProgressTableColumn>> onChoice;
    private final Paragraph remembered = new Paragraph();
    private final FormLayout selects = new FormLayout();

    ImportColumnsSection(BiConsumer<Integer, Optional<ProgressTableColumn>> onChoice) {
        this.onChoice = onChoice;
        setId("import-columns");
        setPadding(false);
        remembered.setId("import-remembered");
        remembered.setText(getTranslation("import.columns.remembered"));
        selects.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3), new FormLayout.ResponsiveStep("80em", 4));
        add(new H3(getTranslation("import.columns.title")), new Paragraph(getTranslation("import.columns.explain")),
                remembered, selects);
        show(null);
    }

    void show(ImportPreview preview) {
        boolean shown = preview != null && !preview.columns().isEmpty();
        setVisible(shown);
        remembered.setVisible(shown && preview.remembered());
        selects.removeAll();
        if (shown) {
            preview.columns().forEach(column -> selects.add(select(column)));
        }
    }

    private Select<ProgressTableColumn> select(ImportColumn column) {
        Select<ProgressTableColumn> select = new Select<>();
        select.setId("import-column-" + column.index());
        // the user's own header: set as text, never as HTML
        select.setLabel(column.header().isBlank() ? getTranslation("import.columns.letter", column.letters())
                : column.header());
        select.setHelperText(column.sample());
        select.setItems(ProgressTableColumn.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("import.field.ignored"));
        select.setItemLabelGenerator(f -> f == null ? getTranslation("import.field.ignored")
                : getTranslation("import.field." + f.name()));
        select.setValue(column.field());
        select.addValueChangeListener(e -> {
            if (e.getValue() != column.field()) {
                onChoice.accept(column.index(), Optional.ofNullable(e.getValue()));
            }
        });
        return select;
    }
}
