package com.campaigntracker.gantt;

/** How a task is drawn: a bar, a summary bracket over its children, or a diamond on one day. */
public enum GanttTaskType {
    TASK, SUMMARY, MILESTONE
}
