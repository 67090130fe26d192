package com.campaigntracker.kickoff;

import com.campaigntracker.plan.PlanRoutes;

/** Where the kickoff's pages live, for links from notices (checked against the views by {@code RoutesTest}). */
public final class KickoffRoutes {

    private KickoffRoutes() {
    }

    /** The project's kickoff: the published plan and who has confirmed it. */
    public static String kickoff(long projectId) {
        return PlanRoutes.projectPage(projectId, "kickoff");
    }
}
