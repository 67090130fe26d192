package com.campaigntracker.gantt;

/**
 * A column of the grid beside the timeline. The tree column shows the task's text with its
 * expand/collapse toggle; the others show the task's cell under {@code key}.
 */
public record GanttColumn(String key, String label, int width, boolean tree, Align align) {

    public enum Align { LEFT, CENTER, RIGHT }

    public static GanttColumn tree(String key, String label, int width) {
        return new GanttColumn(key, label, width, true, Align.LEFT);
    }

    public static GanttColumn of(String key, String label, int width, Align align) {
        return new GanttColumn(key, label, width, false, align);
    }
}
