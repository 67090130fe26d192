package com.campaigntracker.gantt;

import com.vaadin.flow.component.ComponentEvent;

/** A click on a task's bar or row. */
public class TaskClickedEvent extends ComponentEvent<Gantt> {

    private final String taskId;

    public TaskClickedEvent(Gantt source, String taskId) {
        super(source, true);
        this.taskId = taskId;
    }

    public String getTaskId() {
        return taskId;
    }
}
