package com.campaigntracker.people.ui;

import com.campaigntracker.people.AccountSessions;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * While a person must change a password someone else set, every navigation lands on the change-password
 * page (only it and logout are open to them); asked of the database on each navigation (the request's one
 * read of the person, by the sign-in filter), so it ends as soon as they chose their own, in every tab.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final transient PeopleService people;

    PasswordChangeGuard(PeopleService people) {
        this.people = people;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || target == SetupView.class) {
            return;
        }
        Long me = CurrentUser.personId();
        if (me != null && mustChange(me)) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    /**
     * The sign-in filter read the person at the start of this request: "no" stands (only an administrator's
     * reset raises the flag, and that ends the session); "yes" is asked again, as the person may have just
     * chosen their own password in this very request.
     */
    private boolean mustChange(long me) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(AccountSessions.Standing.ATTRIBUTE)
                instanceof AccountSessions.Standing standing && !standing.passwordChangeRequired()) {
            return false;
        }
        return people.passwordChangeRequired(me);
    }
}
