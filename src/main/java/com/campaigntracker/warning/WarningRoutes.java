package com.campaigntracker.warning;

/** Where monitoring's pages live, for links from notices (checked against the views by {@code RoutesTest}). */
public final class WarningRoutes {

    /** The deviation explanations to write or read. */
    public static final String EXPLANATIONS = "explanations";

    /** The escalations to decide or follow. */
    public static final String ESCALATIONS = "escalations";

    private WarningRoutes() {
    }
}
