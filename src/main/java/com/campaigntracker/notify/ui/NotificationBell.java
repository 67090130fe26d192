package com.campaigntracker.notify.ui;

import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.shared.ui.NavbarWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The bell in the top bar: how many notices are unread; a click opens the notice centre. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarWidget {

    private final NoticeService notices;

    NotificationBell(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public Component create() {
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.setId("notification-bell");
        bell.addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(bell.getTranslation("nav.notifications"));
        long unread = notices.unread();
        if (unread > 0) {
            Span count = new Span(unread > 99 ? "99+" : String.valueOf(unread));
            count.setId("unread-count");
            count.addClassName("unread-count");
            bell.setSuffixComponent(count);
        }
        bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        return bell;
    }
}
