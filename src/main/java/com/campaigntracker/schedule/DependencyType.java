package com.campaigntracker.schedule;

/** Finish-to-start by default (R4); start-to-start, finish-to-finish and start-to-finish allowed. */
public enum DependencyType {
    FS, SS, FF, SF
}
