package com.campaigntracker.gantt;

import java.time.LocalDate;

/** A bar stretched or shortened at either end: the new first and last day. */
public class TaskResizedEvent extends TaskMovedEvent {

    public TaskResizedEvent(Gantt source, String taskId, LocalDate start, LocalDate end) {
        super(source, taskId, start, end);
    }
}
