package com.campaigntracker.gantt;

/**
 * An arrow drawn from one bar to another. Nothing is drawn until the server accepts: it adds the
 * link, with its own id, through {@link Gantt#setData}.
 */
public class LinkCreatedEvent extends GanttChangeEvent {

    private final String sourceId;
    private final String targetId;
    private final GanttLinkType type;

    public LinkCreatedEvent(Gantt source, String sourceId, String targetId, GanttLinkType type) {
        super(source);
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.type = type;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getTargetId() {
        return targetId;
    }

    public GanttLinkType getType() {
        return type;
    }
}
