package com.campaigntracker.people.ui;

import com.campaigntracker.people.PeopleService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where a person whose password was set by someone else (an administrator's reset, a new account, the
 * initial administrator) lands on every navigation until they choose their own: no menu, only this and logout.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "account/password";

    public ChangePasswordView(PeopleService people, AuthenticationContext authentication) {
        setMaxWidth("30rem");
        addClassName("change-password-view");
        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(getTranslation("account.mustChange.title")), new Paragraph(getTranslation("account.mustChange.text")),
                new PasswordChangeForm(people, () -> UI.getCurrent().navigate("")), logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.mustChange.title") + " · " + getTranslation("app.shortName");
    }
}
