package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** How every view tells the user what happened: a notification in the middle, lines kept as written. */
public final class Messages {

    private Messages() {
    }

    public static void show(String text, NotificationVariant variant) {
        Notification n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(variant);
        n.addClassName("app-message");
        n.open();
    }
}
