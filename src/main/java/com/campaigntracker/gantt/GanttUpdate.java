package com.campaigntracker.gantt;

import java.util.List;

/**
 * What one server round trip sent to the browser: everything ({@code full}) or only the tasks and
 * links that changed, and whether the options (zoom, columns, calendar…) went too. Kept so that
 * tests and benchmarks can see how much travels.
 */
public record GanttUpdate(boolean full, List<String> taskIds, List<String> removedTaskIds, List<String> linkIds,
                          List<String> removedLinkIds, int characters, boolean options) {

    static final GanttUpdate NONE = new GanttUpdate(false, List.of(), List.of(), List.of(), List.of(), 0, false);
}
