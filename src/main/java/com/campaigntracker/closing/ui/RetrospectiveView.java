package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.RetrospectivePage;
import com.campaigntracker.closing.RetrospectiveService;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The retrospective (复盘会, R14) of a closed project: the facts the system counted, then the meeting,
 * the three ratings, KPI actuals, what went well and wrong, lessons and improvement actions. Drafts
 * save; submitting locks the version; a correction starts the next. A refusal keeps what was typed.
 * The parts are their own components ({@link RetrospectiveHeader}, {@link RetrospectiveFactsPanel},
 * {@link RetrospectiveEditor}); this view loads the page and runs draft, submit and correction.
 */
@Route("projects/:projectId/retrospective")
@PermitAll
public class RetrospectiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RetrospectiveService retrospectives;
    private final transient PeopleService people;

    // built once: load() shows each page in them again, and their listeners stay
    final RetrospectiveHeader header;
    final RetrospectiveFactsPanel facts = new RetrospectiveFactsPanel();
    final Paragraph error = new Paragraph();
    final RetrospectiveEditor editor = new RetrospectiveEditor();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Button correct = new Button();

    private long projectId;
    private RetrospectivePage page;
    private String title = "";

    RetrospectiveView(RetrospectiveService retrospectives, PeopleService people, Clock clock) {
        this.retrospectives = retrospectives;
        this.people = people;
        this.header = new RetrospectiveHeader(clock, this::load);
        addClassName("retrospective");
        error.setId("retrospective-error");
        error.addClassName("form-error");
        saveDraft.setId("retrospective-save");
        submit.setId("retrospective-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        correct.setId("retrospective-correct");
        saveDraft.addClickListener(e -> attempt(() -> {
            int n = retrospectives.saveDraft(projectId, page.version(), editor.read(page.form()));
            load(n);
            Messages.show(getTranslation("retrospective.draftSaved", n), NotificationVariant.LUMO_SUCCESS);
        }));
        submit.addClickListener(e -> attempt(() -> {
            int n = retrospectives.submit(projectId, page.version(), editor.read(page.form()));
            load(n);
            Messages.show(getTranslation("retrospective.submitted", n), NotificationVariant.LUMO_SUCCESS);
        }));
        correct.addClickListener(e -> attempt(() -> {
            int n = retrospectives.correct(projectId);
            load(n);
            Messages.show(getTranslation("retrospective.correcting", n), NotificationVariant.LUMO_SUCCESS);
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = ProjectPage.id(event);
        load(null);
    }

    private void load(Integer number) {
        removeAll();
        page = ProjectPage.load(this, projectId, id -> retrospectives.page(id, number), p -> p.project().name(),
                t -> title = t).orElse(null);
        if (page == null) {
            return;
        }
        add(new H2(getTranslation("retrospective.title", page.project().name())),
                new ProjectNav(projectId, ProjectNav.Page.RETROSPECTIVE));
        if (page.project().closedAt() == null) {
            Paragraph notYet = new Paragraph(getTranslation("retrospective.notClosed"));
            notYet.setId("retrospective-not-closed");
            add(notYet);
            return;
        }
        header.show(page);
        facts.show(page.facts(), page.submitted());
        error.setVisible(false);
        editor.show(page.form(), people.people(), page.editable());
        add(header, facts, error, editor, buttons());
    }

    private Component buttons() {
        saveDraft.setText(getTranslation("retrospective.saveDraft"));
        submit.setText(getTranslation("retrospective.submit"));
        correct.setText(getTranslation("retrospective.correct"));
        saveDraft.setVisible(page.editable());
        submit.setVisible(page.editable());
        correct.setVisible(page.correctable());
        HorizontalLayout row = new HorizontalLayout(saveDraft, submit, correct);
        if (page.project().manages()) {
            // R15: the report and its archive live in the archive module; linked by route, not by class
            Anchor report = new Anchor("archive?project=" + projectId, getTranslation("retrospective.toArchive"));
            report.getElement().setAttribute("router-link", true);
            report.setId("retrospective-report");
            row.add(report);
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Runs a save; a refusal is said above the form and every field keeps what was typed. */
    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (TranslatableException ex) {
            refuse(Messages.text(this, ex));
        } catch (AccessDeniedException ex) {
            refuse(getTranslation("error.notAllowed"));
        } catch (OptimisticLockingFailureException ex) {
            refuse(getTranslation("retrospective.error.conflict"));
        }
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
