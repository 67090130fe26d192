package com.campaigntracker.gantt;

/** The user confirmed deleting an arrow; it stays until the server removes it. */
public class LinkDeletedEvent extends GanttChangeEvent {

    private final String linkId;

    public LinkDeletedEvent(Gantt source, String linkId) {
        super(source);
        this.linkId = linkId;
    }

    public String getLinkId() {
        return linkId;
    }
}
