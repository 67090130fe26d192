package com.campaigntracker.tracking;

import com.campaigntracker.plan.PlanRoutes;

/** Where tracking's pages live, for links from notices (checked against the views by {@code RoutesTest}). */
public final class TrackingRoutes {

    /** The signed-in person's tasks and their updates. */
    public static final String MY_TASKS = "my-tasks";

    private TrackingRoutes() {
    }

    /** My tasks with the update of one of them open (when it is mine to update): where an update reminder leads. */
    public static String myTask(long taskId) {
        return MY_TASKS + "?task=" + taskId;
    }

    /** The project's weekly digest. */
    public static String digest(long projectId) {
        return PlanRoutes.projectPage(projectId, "digest");
    }
}
