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
 * Closing a project whose work is done, or cancelling it with a reason (R14: the retrospective is then
 * due within 3 working days). A refusal (tasks still open, no reason) is said here; the reason stays.
 */
class CloseProjectDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Paragraph error = new Paragraph();

    CloseProjectDialog(ProjectSummary project, boolean cancel, ProjectService projects, Runnable done) {
        setId(cancel ? "cancel-project-dialog" : "close-project-dialog");
        setHeaderTitle(getTranslation(cancel ? "closing.cancelTitle" : "closing.closeTitle", project.name()));
        setWidth("min(32rem, 100vw)");
        error.setId("closing-error");
        error.addClassName("form-error");
        error.setVisible(false);
        VerticalLayout body = new VerticalLayout(error, new Paragraph(getTranslation(cancel ? "closing.cancelText"
                : "closing.closeText")));
        body.setPadding(false);
        if (cancel) {
            reason.setId("cancel-reason");
            reason.setLabel(getTranslation("closing.cancelReason"));
            reason.setMaxLength(1000);
            reason.setWidthFull();
            body.add(reason);
        }
        add(body);
        Button confirm = new Button(getTranslation(cancel ? "closing.cancel" : "closing.close"), e -> {
            try {
                if (cancel) {
                    projects.cancel(project.id(), project.version(), reason.getValue());
                } else {
                    projects.close(project.id(), project.version());
                }
                close();
                Messages.show(getTranslation(cancel ? "closing.cancelled" : "closing.closed", project.name()),
                        NotificationVariant.LUMO_SUCCESS);
                done.run();
            } catch (TranslatableException ex) {
                error.setText(Messages.text(this, ex));
                error.setVisible(true);
            } catch (AccessDeniedException ex) {
                error.setText(getTranslation("error.notAllowed"));
                error.setVisible(true);
            }
        });
        confirm.setId(cancel ? "cancel-project-confirm" : "close-project-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, cancel ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
