package com.campaigntracker.feeds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.feeds.FeedService;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** My account shows the person's feed addresses, a project's among those they see, and a reset that changes them. */
class FeedsSectionUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    FeedService feeds;
    @Value("${app.base-url:http://localhost:8080}")
    String baseUrl;

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void the_account_page_shows_the_feed_addresses_and_a_reset_replaces_them() {
        Person manager = fixtures.manager("feed-ui-m", "订阅页经理");
        long projectId = fixtures.project(manager, "订阅页项目", LocalDate.now().plusDays(7)).phase("阶段")
                .module("模块").task("订阅页任务", manager, LocalDate.now().plusDays(7), LocalDate.now().plusDays(9))
                .create();
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("account");

        String myTasks = field("feed-my-tasks").getValue();
        assertThat(myTasks).startsWith(baseUrl + "/feeds/").endsWith("/my-tasks.ics");
        assertThat(myTasks).isEqualTo(feeds.myLinks().myTasks()); // the address the feed answers at
        @SuppressWarnings("unchecked")
        Select<com.campaigntracker.feeds.FeedLinks.ProjectFeed> picker = _get(Select.class, spec -> spec.withId("feed-project"));
        picker.setValue(picker.getListDataView().getItems().filter(p -> p.projectId() == projectId).findFirst().orElseThrow());
        assertThat(field("feed-project-url").getValue()).isEqualTo(
                myTasks.replace("/my-tasks.ics", "/projects/" + projectId + "/milestones.ics"));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("feed-reset")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String renewed = field("feed-my-tasks").getValue();
        assertThat(renewed).isNotEqualTo(myTasks).startsWith(baseUrl + "/feeds/").endsWith("/my-tasks.ics");
        assertThat(field("feed-project-url").getValue()).isEqualTo(
                renewed.replace("/my-tasks.ics", "/projects/" + projectId + "/milestones.ics"));
        assertThat(lastNotification()).isEqualTo("已生成新地址，旧地址立即失效。");

        // a visit later shows the same (new) address again
        UI.getCurrent().navigate("projects");
        UI.getCurrent().navigate("account");
        assertThat(field("feed-my-tasks").getValue()).isEqualTo(renewed);
    }
}
