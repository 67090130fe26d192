package com.campaigntracker.tracking.ui;

import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;

/**
 * An administrator reopens a closed or cancelled project (M6) with a reason, which the audit log and the
 * project's pages keep. A refusal (no reason) is said here; the reason typed stays.
 */
class ReopenProjectDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Paragraph error = new Paragraph();

    ReopenProjectDialog(ProjectSummary project, ProjectService projects, Runnable done) {
        setId("reopen-project-dialog");
        setHeaderTitle(getTranslation("record.reopenTitle", project.name()));
        setWidth("min(32rem, 100vw)");
        error.setId("reopen-error");
        error.addClassName("form-error");
        error.setVisible(false);
        reason.setId("reopen-reason");
        reason.setLabel(getTranslation("record.reopenReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        VerticalLayout body = new VerticalLayout(error, new Paragraph(getTranslation("record.reopenText")), reason);
        body.setPadding(false);
        add(body);
        Button confirm = new Button(getTranslation("record.reopen"), e -> {
            try {
                projects.reopen(project.id(), project.version(), reason.getValue());
                close();
                Messages.show(getTranslation("record.reopened.done", project.name()), NotificationVariant.LUMO_SUCCESS);
                done.run();
            } catch (TranslatableException ex) {
                error.setText(Messages.text(this, ex));
                error.setVisible(true);
            } catch (AccessDeniedException ex) {
                error.setText(getTranslation("error.notAllowed"));
                error.setVisible(true);
            }
        });
        confirm.setId("reopen-project-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
