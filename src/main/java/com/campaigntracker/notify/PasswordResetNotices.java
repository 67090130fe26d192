package com.campaigntracker.notify;

import com.campaigntracker.people.PasswordWasReset;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person that an administrator set a new password for them (in the app and by e-mail, whatever their
 * e-mail choices): someone who did not ask for it learns at once that their account was touched.
 */
@Component
class PasswordResetNotices {

    private final Notifier notifier;

    PasswordResetNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener // in the reset's transaction: no notice for a reset that rolls back
    void on(PasswordWasReset reset) {
        notifier.notify(new Notification(List.of(reset.personId()), null, "notice.passwordReset", List.of(), null));
    }
}
