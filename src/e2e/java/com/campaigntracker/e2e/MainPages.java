package com.campaigntracker.e2e;

import java.util.List;

/**
 * Every page a signed-in person reaches from the menu or a project's view bar, for the tests that walk
 * them all (language, accessibility). {@code {project}} stands for a project's id; a page added to the
 * app belongs here too.
 */
public final class MainPages {

    /** Pages outside any project, as an administrator sees them. */
    public static final List<String> GLOBAL = List.of(
            "/", "/portfolio", "/projects", "/projects/import", "/my-tasks", "/acceptances", "/confirmations",
            "/warnings", "/explanations", "/escalations", "/notifications", "/templates", "/risk-library",
            "/measure-library", "/archive", "/archive/compare", "/account", "/admin/people", "/admin/audit",
            "/admin/mail", "/admin/calendar");

    /** One project's pages; each path gets the project's id in place of {project}. */
    public static final List<String> PROJECT = List.of(
            "/projects/{project}", "/projects/{project}/plan", "/projects/{project}/gantt",
            "/projects/{project}/raci", "/projects/{project}/kickoff", "/projects/{project}/updates",
            "/projects/{project}/discussion", "/projects/{project}/risks", "/projects/{project}/digest",
            "/projects/{project}/channels", "/projects/{project}/retrospective");

    /** Pages shown before sign-in. */
    public static final List<String> SIGNED_OUT = List.of("/login");

    private MainPages() {
    }

    public static List<String> forProject(long projectId) {
        return PROJECT.stream().map(p -> p.replace("{project}", String.valueOf(projectId))).toList();
    }
}
