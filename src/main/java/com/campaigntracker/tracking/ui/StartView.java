package com.campaigntracker.tracking.ui;

import com.campaigntracker.shared.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page by role: members land on My Tasks, managers, heads and administrators on the portfolio. */
@Route("")
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(CurrentUser.hasRole("MEMBER") ? "my-tasks" : "portfolio");
    }
}
