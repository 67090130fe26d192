package com.campaigntracker.shared.ui;

import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Arrays;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** How every view tells the user what happened: a notification in the middle, lines kept as written. */
public final class Messages {

    private Messages() {
    }

    /** A refusal in the user's language, dates in their locale. */
    public static String text(Component c, TranslatableException e) {
        java.util.Locale locale = UI.getCurrent() == null ? java.util.Locale.getDefault() : UI.getCurrent().getLocale();
        Object[] args = Arrays.stream(e.args())
                .map(a -> a instanceof LocalDate d ? Formats.date(d, locale) : a).toArray();
        return c.getTranslation(e.messageKey(), args);
    }

    /**
     * Runs what the user asked for; a refusal (a rule, or a right they lack) is told in their language.
     *
     * @return whether it was done
     */
    public static boolean attempt(Component c, Runnable action) {
        try {
            action.run();
            return true;
        } catch (TranslatableException e) {
            refuse(c, e);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            show(c.getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    public static void refuse(Component c, TranslatableException e) {
        show(text(c, e), NotificationVariant.LUMO_ERROR);
    }

    public static void show(String text, NotificationVariant variant) {
        Notification n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(variant);
        n.addClassName("app-message");
        n.open();
    }
}
