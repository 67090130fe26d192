package com.campaigntracker.plan;

/** The status an owner sets (R9); "delayed" is never stored, see {@link DisplayStatus}. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, BLOCKED, DONE
}
