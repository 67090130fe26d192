package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the My account page that another module adds (the calendar feeds, the API's tokens): the page shows every such
 * bean below its own fields, so people, which owns the page, needs no module above it.
 */
public interface AccountSection {

    /** A new component for one visit of the page, for the signed-in person. */
    Component create();

    /** Where it stands among the others, lower first. */
    default int order() {
        return 0;
    }
}
