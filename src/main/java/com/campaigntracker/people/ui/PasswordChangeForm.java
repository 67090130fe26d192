package com.campaigntracker.people.ui;

import com.campaigntracker.people.PasswordPolicy;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** The signed-in person's own new password: the current one, the new one twice. Used by My account and the forced change. */
class PasswordChangeForm extends VerticalLayout {

    final PasswordField current = ComponentTexts.passwordField(new PasswordField());
    final PasswordField chosen = ComponentTexts.passwordField(new PasswordField());
    final PasswordField again = ComponentTexts.passwordField(new PasswordField());

    PasswordChangeForm(PeopleService people, Runnable changed) {
        setPadding(false);
        current.setLabel(getTranslation("account.currentPassword"));
        current.setId("current-password");
        chosen.setLabel(getTranslation("account.newPassword"));
        chosen.setId("new-own-password");
        chosen.setHelperText(getTranslation("account.passwordHelp", PasswordPolicy.MIN_LENGTH));
        again.setLabel(getTranslation("account.confirmPassword"));
        again.setId("confirm-password");
        for (PasswordField f : new PasswordField[]{current, chosen, again}) {
            f.setWidth("20rem");
            f.setMaxLength(PasswordPolicy.MAX_LENGTH);
        }
        Button change = new Button(getTranslation("account.changePassword"), e -> {
            again.setInvalid(false);
            if (!chosen.getValue().equals(again.getValue())) {
                again.setInvalid(true);
                again.setErrorMessage(getTranslation("account.error.mismatch"));
                return;
            }
            try {
                people.changeOwnPassword(current.getValue(), chosen.getValue());
            } catch (TranslatableException ex) {
                Messages.refuse(this, ex);
                return;
            }
            current.clear();
            chosen.clear();
            again.clear();
            Messages.show(getTranslation("account.passwordChanged"), NotificationVariant.LUMO_SUCCESS);
            changed.run();
        });
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, chosen, again, change);
    }
}
