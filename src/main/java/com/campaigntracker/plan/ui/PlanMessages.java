package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.Arrays;

/** Plan refusals and results as the user reads them: translated, dates in their locale. */
final class PlanMessages {

    private PlanMessages() {
    }

    static String text(Component c, TranslatableException e) {
        Object[] args = Arrays.stream(e.args())
                .map(a -> a instanceof LocalDate d ? Formats.date(d, UI.getCurrent().getLocale()) : a).toArray();
        return c.getTranslation(e.messageKey(), args);
    }

    static void refuse(Component c, TranslatableException e) {
        show(text(c, e), NotificationVariant.LUMO_ERROR);
    }

    static void show(String text, NotificationVariant variant) {
        Notification n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(variant);
        n.addClassName("plan-message");
        n.open();
    }
}
