package com.campaigntracker.people.ui;

import com.campaigntracker.people.SignInSettings;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;

import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.LanguageSwitcher;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-in; the form posts to Spring Security, which returns here with {@code ?error} on a wrong password
 * (or a lock), with {@code ?busy} when the attempt's turn did not come before its password was checked.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** The query parameter of a sign-in refused for too many at once. */
    public static final String BUSY = "busy";
    /** The query parameter of a company-account (OIDC) sign-in that did not succeed. */
    public static final String COMPANY_SIGN_IN_FAILED = "company-sign-in-failed";
    /** Where a sign-in button starts its provider's flow (Spring Security's authorization endpoint), + its id. */
    static final String SIGN_IN_WITH = "oauth2/authorization/";

    private final LoginForm form = ComponentTexts.loginForm(new LoginForm());
    private final H1 title = new H1();
    private final Paragraph tagline = new Paragraph();
    private LoginI18n i18n;
    private boolean busy;
    private final transient AuthenticationContext authentication;
    /** One per configured provider: the company's OIDC provider, Feishu, DingTalk, WeCom. */
    private final java.util.Map<String, Anchor> signInButtons = new java.util.LinkedHashMap<>();
    private final Paragraph companyFailed = new Paragraph();
    private final Paragraph directoryHint = new Paragraph();
    private final Details emergency = new Details();
    private final transient SignInSettings settings;

    public LoginView(AuthenticationContext authentication, SignInSettings settings) {
        this.authentication = authentication;
        this.settings = settings;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        title.addClassName("login-title");
        add(title, tagline);
        if (!settings.signInButtons().isEmpty()) {
            companyFailed.addClassName("company-sign-in-failed");
            companyFailed.setVisible(false);
            add(companyFailed);
        }
        for (String provider : settings.signInButtons()) {
            Anchor button = new Anchor(SIGN_IN_WITH + provider);
            // a full page load, not a route: Spring Security sends the browser on to the provider
            button.setRouterIgnore(true);
            button.addClassName("company-sign-in");
            signInButtons.put(provider, button);
            add(button);
        }
        if (settings.ldap().configured()) {
            directoryHint.addClassName("login-hint");
            add(directoryHint);
        }
        if (settings.localPasswords() || settings.ldap().configured()) {
            add(form);
        } else {
            // only the break-glass administrators still have a password of the app
            emergency.add(form);
            add(emergency);
        }
        add(new LanguageSwitcher());
    }

    /** Also runs on attach, so the texts follow the language chosen on this very page. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        tagline.setText(getTranslation("login.tagline"));
        signInButtons.forEach((provider, button) -> button.setText(getTranslation("login.with." + provider)));
        companyFailed.setText(getTranslation("login.company.failed"));
        directoryHint.setText(getTranslation("login.directory.hint"));
        emergency.setSummaryText(getTranslation("login.emergency"));
        i18n = translatedI18n();
        form.setI18n(i18n);
    }

    private LoginI18n translatedI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(busy ? "login.busy.title" : "login.error.title"));
        error.setMessage(getTranslation(busy ? "login.busy.message" : "login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        busy = parameters.containsKey(BUSY);
        form.setError(busy || parameters.containsKey("error"));
        companyFailed.setVisible(parameters.containsKey(COMPANY_SIGN_IN_FAILED));
        emergency.setOpened(busy || parameters.containsKey("error"));
        if (i18n != null) {
            i18n = translatedI18n();
            form.setI18n(i18n);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.shortName");
    }

    LoginI18n i18n() {
        return i18n;
    }
}
