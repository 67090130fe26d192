package com.campaigntracker.gantt;

import com.vaadin.flow.component.ComponentEvent;

/**
 * A change the user made in the browser. A listener that refuses it calls {@link #reject()}: the
 * chart then shows the task or link as it was before the gesture.
 */
public abstract class GanttChangeEvent extends ComponentEvent<Gantt> {

    private boolean rejected;

    protected GanttChangeEvent(Gantt source) {
        super(source, true);
    }

    public void reject() {
        rejected = true;
    }

    public boolean isRejected() {
        return rejected;
    }
}
