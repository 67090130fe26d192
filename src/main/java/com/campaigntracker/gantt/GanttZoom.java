package com.campaigntracker.gantt;

/** The time scale's unit: one column per day, week, month or quarter. */
public enum GanttZoom {
    DAY, WEEK, MONTH, QUARTER
}
