package com.campaigntracker.people.ui;

import com.campaigntracker.people.FirstAdministratorSetup;
import com.campaigntracker.people.PasswordPolicy;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.LanguageSwitcher;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The one-time set-up link printed in the log when no administrator can sign in: the operator picks the first
 * administrator's username, name and password. The service checks the token; once an administrator exists the
 * page only says so.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient FirstAdministratorSetup setup;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = ComponentTexts.passwordField(new PasswordField());
    final PasswordField again = ComponentTexts.passwordField(new PasswordField());
    private String token;

    public SetupView(FirstAdministratorSetup setup) {
        this.setup = setup;
        setAlignItems(Alignment.CENTER);
        addClassName("setup-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        add(new H1(getTranslation("setup.title")));
        if (!setup.needed()) {
            add(new Paragraph(getTranslation("setup.done")), new Anchor("login", getTranslation("setup.toLogin")));
            return;
        }
        username.setLabel(getTranslation("people.username"));
        username.setId("setup-username");
        username.setValue(username.getValue().isEmpty() ? "admin" : username.getValue());
        displayName.setLabel(getTranslation("people.displayName"));
        displayName.setId("setup-name");
        password.setLabel(getTranslation("account.newPassword"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("account.passwordHelp", PasswordPolicy.MIN_LENGTH));
        again.setLabel(getTranslation("account.confirmPassword"));
        again.setId("setup-confirm");
        for (var f : new com.vaadin.flow.component.HasSize[]{username, displayName, password, again}) {
            f.setWidth("20rem");
        }
        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("setup.text")), username, displayName, password, again, create, new LanguageSwitcher());
    }

    private void create() {
        again.setInvalid(false);
        if (!password.getValue().equals(again.getValue())) {
            again.setInvalid(true);
            again.setErrorMessage(getTranslation("account.error.mismatch"));
            return;
        }
        try {
            setup.createAdministrator(token, username.getValue(), displayName.getValue(), password.getValue());
        } catch (TranslatableException ex) {
            Messages.refuse(this, ex);
            return;
        }
        Messages.show(getTranslation("setup.created", username.getValue().strip()), NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(LoginView.class);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.shortName");
    }
}
