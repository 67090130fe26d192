package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ConcurrentEditException;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.function.LongConsumer;

/** Opens the project form for a new or an existing project and saves through the service. */
final class ProjectDialogs {

    private ProjectDialogs() {
    }

    static void create(Component owner, ProjectService projects, PeopleService people, LocalDate today,
                       LongConsumer created) {
        ProjectDetails details = new ProjectDetails();
        CurrentUser.get().ifPresent(u -> details.setManagerId(u.personId()));
        details.setPlannedStart(today);
        new ProjectForm(details, people.people(), people.departments(), d -> save(owner, () ->
                created.accept(projects.create(d)))).open();
    }

    static void edit(Component owner, ProjectService projects, PeopleService people, ProjectSummary project,
                     Runnable saved) {
        new ProjectForm(ProjectDetails.of(project), people.people(), people.departments(), d -> save(owner, () -> {
            projects.update(project.id(), project.version(), d);
            saved.run();
        })).open();
    }

    private static boolean save(Component owner, Runnable action) {
        try {
            action.run();
            return true;
        } catch (ConcurrentEditException e) {
            // someone saved first: show their version rather than let this form fail again and again
            PlanMessages.refuse(owner, e);
            owner.getUI().ifPresent(ui -> ui.getPage().reload());
            return true;
        } catch (TranslatableException e) { // a plan rule, or a date or text out of bounds
            PlanMessages.refuse(owner, e);
        } catch (ConstraintViolationException e) {
            PlanMessages.show(owner.getTranslation("project.error.invalid"), NotificationVariant.LUMO_ERROR);
        }
        return false;
    }
}
