package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of My account that another module adds (the API's tokens): the page shows every such bean below
 * its own parts, so the people module does not depend on the modules that add them.
 */
public interface AccountSection {

    /** A new section for the signed-in person's page. */
    Component create();

    /** Where it goes among the added sections (lowest first). */
    default int order() {
        return 0;
    }
}
