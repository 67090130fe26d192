package com.campaigntracker.gantt;


/** An arrow from {@code source} to {@code target}; {@code lag} in the server's own unit, shown as is. */
public record GanttLink(String id, String source, String target, GanttLinkType type, int lag, String css) {

    public GanttLink {
        GanttIds.check(id);
        GanttIds.check(source);
        GanttIds.check(target);
        type = type == null ? GanttLinkType.FS : type;
        css = css == null ? "" : css;
    }
}
