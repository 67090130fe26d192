package com.campaigntracker.gantt;

/** The progress handle dragged to {@code percent} (0–100). */
public class ProgressChangedEvent extends GanttChangeEvent {

    private final String taskId;
    private final int percent;

    public ProgressChangedEvent(Gantt source, String taskId, int percent) {
        super(source);
        this.taskId = taskId;
        this.percent = percent;
    }

    public String getTaskId() {
        return taskId;
    }

    public int getPercent() {
        return percent;
    }
}
