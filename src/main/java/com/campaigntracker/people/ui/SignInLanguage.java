package com.campaigntracker.people.ui;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonPrincipal;
import com.campaigntracker.shared.i18n.LocaleInitializer;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Applies the language a person chose in My account when they sign in: the sign-in response sets the
 * language cookie the UI reads, so the app opens in their language on any browser.
 */
@Component
class SignInLanguage {

    private final PeopleService people;

    SignInLanguage(PeopleService people) {
        this.people = people;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PersonPrincipal principal)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
                || request.getResponse() == null) {
            return;
        }
        people.languageOf(principal.getUsername())
                .ifPresent(language -> request.getResponse().addCookie(LocaleInitializer.cookie(language)));
    }
}
