package com.campaigntracker.plan;

/**
 * Where the project pages live, for links from notices and other modules: services ask here and never
 * build an address themselves. A project's own page is the dashboard that tracking shows, but its
 * address belongs to the project, so that modules below tracking (notify) can link to it.
 * {@code RoutesTest} checks that each address published here leads to a real {@code @Route}.
 */
public final class PlanRoutes {

    /** The acceptances waiting for the signed-in Accountable. */
    public static final String ACCEPTANCES = "acceptances";

    private PlanRoutes() {
    }

    /** The project's own page, {@code projects/5}. */
    public static String project(long projectId) {
        return "projects/" + projectId;
    }

    /** The project's discussion, every comment of it, {@code projects/5/discussion}. */
    public static String discussion(long projectId) {
        return projectPage(projectId, "discussion");
    }

    /** One task's discussion, {@code projects/5/discussion?task=12}; the discussion module shows it. */
    public static String taskDiscussion(long projectId, long itemId) {
        return discussion(projectId) + "?task=" + itemId;
    }

    /** A page of the project, {@code projects/5/<page>}; for the other modules' Routes classes. */
    public static String projectPage(long projectId, String page) {
        return project(projectId) + "/" + page;
    }
}
