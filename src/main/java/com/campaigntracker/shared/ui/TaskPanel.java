package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;

/**
 * A part of a task's page that another module adds (the task's files beside its discussion): the page
 * shows every such bean, so neither module reaches into the other's views.
 */
public interface TaskPanel {

    /**
     * @param open false for a task deleted since: what it shows is read, nothing is added
     */
    Component create(long itemId, boolean open, ZoneId zone);
}
