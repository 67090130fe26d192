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
        if (colour != null) { // what the colour means, as a tooltip and in words for screen readers
            String meaning = getTranslation("tile.attention." + colour);
            setTitle(meaning);
            Span spoken = new Span(meaning);
            spoken.addClassName("sr-only");
            add(spoken);
        }
    }

    String value() {
        return ((Span) getComponentAt(0)).getText();
    }
}
