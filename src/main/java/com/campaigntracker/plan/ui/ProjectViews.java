package com.campaigntracker.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The two faces of a project's schedule, table and Gantt, one click apart. */
final class ProjectViews {

    private ProjectViews() {
    }

    static Div switcher(long projectId, Class<? extends Component> current) {
        Div links = new Div();
        links.addClassName("project-views");
        links.add(link(links, "project.view.plan", ProjectPlanView.class, projectId, current, "view-plan"),
                link(links, "project.view.gantt", ProjectGanttView.class, projectId, current, "view-gantt"));
        return links;
    }

    private static RouterLink link(Component translator, String key, Class<? extends Component> target, long projectId,
                                   Class<? extends Component> current, String id) {
        RouterLink link = new RouterLink(translator.getTranslation(key), target, new RouteParameters(ProjectPlanView.PROJECT_ID, String.valueOf(projectId)));
        link.setId(id);
        if (target.equals(current)) {
            link.addClassName("current");
        }
        return link;
    }
}
