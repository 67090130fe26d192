package com.campaigntracker.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.security.SystemActor;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell counts unread notices in the reader's language; opening one marks it read and goes to its page. */
class NotificationsUiTest extends KaribuTest {

    @Autowired
    Notifier notifier;
    @Autowired
    Fixtures fixtures;

    @Test
    void the_bell_counts_a_notice_which_opens_its_page_and_is_then_read() {
        Person reader = fixtures.member("notice-ui", "通知读者");
        SystemActor.run(() -> notifier.notify(new Notification(List.of(reader.getId()), null, "notice.updateDue",
                List.of("主视觉设计", "双十一节日促销", "18:00"), "my-tasks")));

        signIn(reader.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("notifications");
        Span count = _get(Span.class, spec -> spec.withId("unread-count"));
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("1");
        Div notice = _get(Div.class, spec -> spec.withClasses("notice unread"));
        assertThat(notice.getElement().getTextRecursively()).startsWith("请在今天 18:00 前更新\"主视觉设计\"（双十一节日促销）的进度。");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("notification-bell"))); // the bell opens the list too
        _get(NotificationsView.class).open(_get(NotificationsView.class).notices().get(0));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("my-tasks");
        assertThat(_find(Span.class, spec -> spec.withId("unread-count"))).as("hidden at 0").isEmpty();
    }
}
