package com.campaigntracker.gantt;

import java.time.LocalDate;

/** A bar dragged along the timeline: {@code start} and {@code end} are where it was dropped (end inclusive). */
public class TaskMovedEvent extends GanttChangeEvent {

    private final String taskId;
    private final LocalDate start;
    private final LocalDate end;

    public TaskMovedEvent(Gantt source, String taskId, LocalDate start, LocalDate end) {
        super(source);
        this.taskId = taskId;
        this.start = start;
        this.end = end;
    }

    public String getTaskId() {
        return taskId;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }
}
