package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.warning.EscalationDecision;
import com.campaigntracker.warning.EscalationLine;
import com.campaigntracker.warning.EscalationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;

/** The department head's decision on an escalation (R13); a refusal is said here and what was typed stays. */
class EscalationDialog extends Dialog {

    final RadioButtonGroup<EscalationDecision> type = new RadioButtonGroup<>();
    final TextArea decision = new TextArea();
    final Paragraph error = new Paragraph();

    EscalationDialog(EscalationLine x, EscalationService escalations, Runnable decided) {
        setId("escalation-dialog");
        setHeaderTitle(getTranslation("escalation.title", x.taskName(), x.projectName()));
        setWidth("min(36rem, 100vw)");
        error.setId("escalation-error");
        error.addClassName("form-error");
        error.setVisible(false);
        type.setId("escalation-type");
        type.setLabel(getTranslation("escalation.decision"));
        type.setItems(EscalationDecision.values());
        type.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        decision.setId("escalation-text");
        decision.setLabel(getTranslation("escalation.decisionText"));
        decision.setHelperText(getTranslation("escalation.decisionHelp"));
        decision.setMaxLength(2000);
        decision.setWidthFull();
        VerticalLayout body = new VerticalLayout(error, type, decision);
        body.setPadding(false);
        add(body);
        Button save = new Button(getTranslation("escalation.record"), e -> {
            try {
                escalations.decide(x.id(), x.version(), type.getValue(), decision.getValue());
                close();
                Messages.show(getTranslation("escalation.recorded", x.taskName()), NotificationVariant.LUMO_SUCCESS);
                decided.run();
            } catch (TranslatableException ex) {
                refuse(Messages.text(this, ex));
            } catch (AccessDeniedException ex) {
                refuse(getTranslation("error.notAllowed"));
            } catch (org.springframework.dao.OptimisticLockingFailureException ex) {
                refuse(getTranslation("escalation.error.conflict"));
            }
        });
        save.setId("escalation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
