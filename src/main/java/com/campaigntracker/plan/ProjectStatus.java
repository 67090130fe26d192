package com.campaigntracker.plan;

/** Lifecycle of a campaign project. */
public enum ProjectStatus {
    /** Being broken down and assigned; not yet published at a kickoff. */
    PLANNING,
    /** Published and confirmed; work is under way. */
    ACTIVE,
    /** Work done; retrospective and report follow. */
    CLOSED,
    /** Stopped with a reason. */
    CANCELLED
}
