package com.campaigntracker.tracking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure of a dashboard: a big value, its label, and a colour when it asks for attention. */
class Tile extends Div {

    Tile(String id, String label, String value, String colour) {
        setId(id);
        addClassName("tile");
        if (colour != null) {
            addClassName("tile-" + colour);
        }
        Span v = new Span(value);
        v.addClassName("tile-value");
        Span l = new Span(label);
        l.addClassName("tile-label");
        add(v, l);
    }

    String value() {
        return ((Span) getComponentAt(0)).getText();
    }
}
