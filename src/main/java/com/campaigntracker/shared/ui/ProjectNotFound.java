package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.html.Paragraph;

/** What a project's views show for a project that does not exist or is not the user's to see. */
public final class ProjectNotFound extends Paragraph {

    public ProjectNotFound() {
        setText(getTranslation("project.notFound"));
        setId("project-not-found");
    }
}
