package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.DisplayStatus;
import com.vaadin.flow.component.html.Span;

/** A status in its standard colour: grey, yellow, green, red, orange. */
class StatusBadge extends Span {

    StatusBadge(DisplayStatus status) {
        setText(getTranslation(status.messageKey()));
        addClassNames("status-badge", "status-" + status.colour());
        getElement().setAttribute("data-status", status.name());
    }
}
