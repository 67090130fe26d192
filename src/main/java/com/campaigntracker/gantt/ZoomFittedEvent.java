package com.campaigntracker.gantt;

import com.vaadin.flow.component.ComponentEvent;

/** The chart chose a wider zoom so that every bar fits its width (see {@link Gantt#setFitZoom}). */
public class ZoomFittedEvent extends ComponentEvent<Gantt> {

    private final GanttZoom zoom;

    public ZoomFittedEvent(Gantt source, GanttZoom zoom) {
        super(source, true);
        this.zoom = zoom;
    }

    public GanttZoom getZoom() {
        return zoom;
    }
}
