package com.campaigntracker.notify.ui;

import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.shared.ui.NavbarWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/** The bell in the top bar: how many notices are unread, counted again at every navigation; a click opens them. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarWidget {

    private final NoticeService notices;

    NotificationBell(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public Component create() {
        return new Bell(notices);
    }

    /** The layout (and so the bell) lives as long as the browser tab: it recounts after each navigation. */
    static final class Bell extends Button implements AfterNavigationObserver {

        private final transient NoticeService notices;
        private final Span count = new Span();

        Bell(NoticeService notices) {
            super(VaadinIcon.BELL.create());
            this.notices = notices;
            setId("notification-bell");
            addClassName("notification-bell");
            addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setAriaLabel(getTranslation("nav.notifications"));
            count.setId("unread-count");
            count.addClassName("unread-count");
            setSuffixComponent(count);
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
            refresh();
        }

        void refresh() {
            long unread = notices.unread();
            count.setText(unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }
    }
}
