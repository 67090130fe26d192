package com.campaigntracker.feeds;

/**
 * Where the feeds are served, below {@code /feeds/{token}/}: {@code my-tasks.ics} and
 * {@code projects/{id}/milestones.ics}. Not Vaadin pages (so not a {@code Routes} class, which RoutesTest
 * checks against views): plain HTTP GETs for calendar apps.
 */
public final class FeedPaths {

    /** Every feed lies below this; the feeds' own stateless security chain matches it. */
    public static final String ROOT = "/feeds/";
    public static final String MY_TASKS = "my-tasks.ics";
    /** Between the token and a project's number (a path of the feeds, not the app's page {@code projects}). */
    public static final String PROJECTS = "/projects/";
    public static final String MILESTONES = "milestones.ics";

    private FeedPaths() {
    }

    /** {@code /feeds/<token>/my-tasks.ics} */
    public static String myTasks(String token) {
        return ROOT + token + "/" + MY_TASKS;
    }

    /** {@code /feeds/<token>/projects/5/milestones.ics} */
    public static String milestones(String token, long projectId) {
        return ROOT + token + PROJECTS + projectId + "/" + MILESTONES;
    }
}
