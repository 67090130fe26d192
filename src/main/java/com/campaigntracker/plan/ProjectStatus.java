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
    CANCELLED;

    /**
     * The one rule for "in work": a project being planned or running, and not archived. Its owners still
     * report progress and keep its risks, and it counts in My tasks and the workload.
     */
    public static boolean inWork(ProjectStatus status, boolean archived) {
        return !archived && (status == PLANNING || status == ACTIVE);
    }
}
