package com.campaigntracker.gantt;

/** A double click on a task's bar or row: the library's own editor never opens, the server decides. */
public class TaskDoubleClickedEvent extends TaskClickedEvent {

    public TaskDoubleClickedEvent(Gantt source, String taskId) {
        super(source, taskId);
    }
}
