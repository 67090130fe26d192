package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

/** Going to an app-relative address that may carry a query ({@code projects/5/discussion?task=12}). */
public final class AppLinks {

    private AppLinks() {
    }

    /** {@code UI.navigate(String)} refuses a query in the path: the two are taken apart first. */
    public static void open(UI ui, String link) {
        Location target = new Location(link);
        ui.navigate(target.getPath(), target.getQueryParameters());
    }
}
