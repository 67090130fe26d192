package com.campaigntracker.notify.ui;

import com.campaigntracker.shared.ui.KeyboardClick;
import com.campaigntracker.notify.NoticeLine;
import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/** The notice centre: newest first, unread ones marked; opening one marks it read and goes to its page. */
@Route("notifications")
@Menu(order = 30, title = "nav.notifications", icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SHOWN = 100;

    private final transient NoticeService notices;
    private final transient Clock clock;
    private transient java.util.List<NoticeLine> shown = java.util.List.of();

    NotificationsView(NoticeService notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
        addClassName("notifications");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        Button all = new Button(getTranslation("notice.markAllRead"), e -> {
            notices.markAllRead();
            show();
        });
        all.setId("mark-all-read");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(getTranslation("nav.notifications")), all);
        shown = notices.mine(SHOWN);
        var list = shown;
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notice.none"));
            none.setId("no-notices");
            add(none);
        }
        for (NoticeLine n : list) {
            Div line = new Div();
            line.setId("notice-" + n.id());
            line.addClassNames("notice", n.read() ? "read" : "unread");
            Span text = new Span(getTranslation(n.messageKey(), n.args().toArray()));
            text.addClassName("notice-text");
            Span when = new Span(Formats.dateTime(n.createdAt(), clock.getZone(), getLocale()));
            when.addClassName("notice-when");
            line.add(text, when);
            line.addClickListener(e -> open(n));
            KeyboardClick.asLink(line);
            add(line);
        }
    }

    /** What the list shows, newest first. */
    java.util.List<NoticeLine> notices() {
        return shown;
    }

    void open(NoticeLine n) {
        notices.markRead(n.id());
        if (n.link() != null) {
            getUI().ifPresent(ui -> com.campaigntracker.shared.ui.AppLinks.open(ui, n.link()));
        } else {
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications") + " · " + getTranslation("app.shortName");
    }
}
