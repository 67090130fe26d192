package com.campaigntracker.closing;

import com.campaigntracker.plan.PlanRoutes;

/** Where closing's pages live, for links from notices (checked against the views by {@code RoutesTest}). */
public final class ClosingRoutes {

    private ClosingRoutes() {
    }

    /** The project's retrospective. */
    public static String retrospective(long projectId) {
        return PlanRoutes.projectPage(projectId, "retrospective");
    }
}
