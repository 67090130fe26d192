package com.campaigntracker.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.notify.ChannelKind;
import com.campaigntracker.notify.ChannelLine;
import com.campaigntracker.notify.ChannelService;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager adds a chat group to a campaign; a bad address is refused and nothing typed is lost. */
class ProjectChannelsUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ChannelService channels;

    @Test
    void a_bad_webhook_address_is_refused_keeping_what_was_typed_and_a_good_one_is_listed_masked_for_others() {
        Person manager = fixtures.manager("channels-m", "渠道经理");
        Person member = fixtures.member("channels-r", "渠道执行");
        LocalDate start = LocalDate.of(2030, 11, 4);
        long id = fixtures.project(manager, "渠道测试", start).phase("阶段").module("模块")
                .task("直播", member, start, start.plusDays(4))
                .create(); // in planning: no scan tells this chat group anything, no request leaves the test
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + id + "/channels");
        ProjectChannelsView view = _get(ProjectChannelsView.class);
        view.kind.setValue(ChannelKind.DINGTALK);
        view.name.setValue("活动群");
        view.target.setValue("oapi.dingtalk.com/robot/send?access_token=abc");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("channel-save")));
        assertThat(lastNotification()).isEqualTo("请填写完整的 Webhook 地址，以 https:// 开头。");
        assertThat(view.name.getValue()).isEqualTo("活动群");
        assertThat(GridKt._size(view.grid)).isZero();

        view.target.setValue("https://oapi.dingtalk.com/robot/send?access_token=abc");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("channel-save")));
        assertThat(lastNotification()).isEqualTo("渠道已保存。");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        signIn(member.getUsername()); // takes part, does not keep the channels: sees where they go, not the token
        List<ChannelLine> seen = channels.of(id);
        assertThat(seen).extracting(ChannelLine::target).containsExactly("https://oapi.dingtalk.com/…");
    }
}
