package com.campaigntracker.closing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One titled part of the retrospective's form. Unpadded, with the form's own spacing, so the parts stack
 * exactly as the fields did when they sat in one column.
 */
abstract class FormSection extends VerticalLayout {

    private final H3 heading = new H3();
    private final String headingKey;

    FormSection(String headingKey) {
        this.headingKey = headingKey;
        setPadding(false);
    }

    /** Starts the section afresh: its heading in the current language, nothing below it yet. */
    void restart() {
        removeAll();
        heading.setText(getTranslation(headingKey));
        add(heading);
    }

    abstract void setReadOnly(boolean readOnly);

    /** Fields side by side, wrapping on a narrow screen. */
    static HorizontalLayout row(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }
}
