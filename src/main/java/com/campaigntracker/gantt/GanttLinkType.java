package com.campaigntracker.gantt;

/** Finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
public enum GanttLinkType {
    FS, SS, FF, SF
}
