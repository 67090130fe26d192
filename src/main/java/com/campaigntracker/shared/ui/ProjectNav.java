package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * The faces of one project — dashboard, table, Gantt, RACI, kickoff, risks, weekly digest — one click apart. By route, so that each feature
 * module links the others without depending on their views.
 */
public final class ProjectNav extends Div {

    /** The project's views, in order: route suffix and translation key. */
    public enum Page {
        DASHBOARD("", "project.view.dashboard"),
        PLAN("plan", "project.view.plan"),
        GANTT("gantt", "project.view.gantt"),
        RACI("raci", "project.view.raci"),
        KICKOFF("kickoff", "project.view.kickoff"),
        UPDATES("updates", "project.view.updates"),
        DISCUSSION("discussion", "project.view.discussion"),
        RISKS("risks", "project.view.risks"),
        DIGEST("digest", "project.view.digest"),
        RETROSPECTIVE("retrospective", "project.view.retrospective"),
        CHANNELS("channels", "project.view.channels");

        private final String route;
        private final String labelKey;

        Page(String route, String labelKey) {
            this.route = route;
            this.labelKey = labelKey;
        }
    }

    public ProjectNav(long projectId, Page current) {
        addClassName("project-views");
        for (Page page : Page.values()) {
            Anchor link = new Anchor("projects/" + projectId + (page.route.isEmpty() ? "" : "/" + page.route),
                    getTranslation(page.labelKey));
            link.getElement().setAttribute("router-link", true); // navigates inside the app, no page load
            link.setId("view-" + (page.route.isEmpty() ? "dashboard" : page.route));
            if (page == current) {
                link.addClassName("current");
            }
            add(link);
        }
    }
}
