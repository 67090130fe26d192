package com.campaigntracker.gantt;

import java.util.Objects;

/** An arrow from {@code source} to {@code target}; {@code lag} in the server's own unit, shown as is. */
public record GanttLink(String id, String source, String target, GanttLinkType type, int lag, String css) {

    public GanttLink {
        Objects.requireNonNull(id);
        Objects.requireNonNull(source);
        Objects.requireNonNull(target);
        type = type == null ? GanttLinkType.FS : type;
        css = css == null ? "" : css;
    }
}
