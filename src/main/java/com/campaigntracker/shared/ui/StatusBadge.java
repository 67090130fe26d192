package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A status in its standard colour: grey, yellow, green, red, orange. */
public class StatusBadge extends Span {

    public StatusBadge(ColouredStatus status) {
        // a text node appended, not setText: that would first send a "clear" of the new span's children
        getElement().appendChild(com.vaadin.flow.dom.Element.createText(getTranslation(status.messageKey())));
        addClassNames("status-badge", "status-" + status.colour());
        getElement().setAttribute("data-status", status.name());
    }
}
