package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A status in its standard colour: grey, yellow, green, red, orange. */
public class StatusBadge extends Span {

    public StatusBadge(ColouredStatus status) {
        setText(getTranslation(status.messageKey()));
        addClassNames("status-badge", "status-" + status.colour());
        getElement().setAttribute("data-status", status.name());
    }
}
