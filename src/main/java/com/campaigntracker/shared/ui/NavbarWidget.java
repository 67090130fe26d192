package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.Component;

/** Something a feature module puts in the top bar of every page (e.g. the notification bell). */
public interface NavbarWidget {

    Component create();
}
