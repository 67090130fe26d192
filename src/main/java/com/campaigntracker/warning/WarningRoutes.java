package com.campaigntracker.warning;

/** Where monitoring's pages live, for links from notices (checked against the views by {@code RoutesTest}). */
public final class WarningRoutes {

    /** The deviation explanations to write or read. */
    public static final String EXPLANATIONS = "explanations";

    /** The escalations to decide or follow. */
    public static final String ESCALATIONS = "escalations";

    private WarningRoutes() {
    }

    /** The explanations of a project, the task's open to write when it is the reader's (where a warning leads). */
    public static String explanation(long projectId, long taskId) {
        return EXPLANATIONS + "?project=" + projectId + "&task=" + taskId;
    }

    /** The escalations of a project (where an escalation leads its deciders). */
    public static String escalations(long projectId) {
        return ESCALATIONS + "?project=" + projectId;
    }
}
