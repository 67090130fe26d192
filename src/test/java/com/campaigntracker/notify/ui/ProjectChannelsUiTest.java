package com.campaigntracker.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.notify.ChannelKind;
import com.campaigntracker.notify.ChannelLine;
import com.campaigntracker.notify.ChannelService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager adds a chat group to a running campaign; a bad address is refused and nothing typed is lost. */
class ProjectChannelsUiTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ChannelService channels;

    private long holiday() {
        SignIn.as(users, "zhang");
        return projects.visibleProjects().stream().filter(p -> p.name().equals("双十一节日促销")).findFirst()
                .map(ProjectSummary::id).orElseThrow();
    }

    @Test
    void a_bad_webhook_address_is_refused_keeping_what_was_typed_and_a_good_one_is_listed_masked_for_others() {
        long id = holiday();
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + id + "/channels");
        ProjectChannelsView view = _get(ProjectChannelsView.class);
        int before = GridKt._size(view.grid);
        view.kind.setValue(ChannelKind.DINGTALK);
        view.name.setValue("活动群");
        view.target.setValue("oapi.dingtalk.com/robot/send?access_token=abc");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("channel-save")));
        assertThat(lastNotification()).isEqualTo("请填写完整的 Webhook 地址，以 https:// 开头。");
        assertThat(view.name.getValue()).isEqualTo("活动群");
        assertThat(GridKt._size(view.grid)).isEqualTo(before);

        view.target.setValue("https://oapi.dingtalk.com/robot/send?access_token=abc");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("channel-save")));
        assertThat(lastNotification()).isEqualTo("渠道已保存。");
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);

        signIn("xiaoli"); // takes part, does not keep the channels: sees where they go, not the token
        List<ChannelLine> seen = channels.of(id);
        assertThat(seen).extracting(ChannelLine::target).contains("https://oapi.dingtalk.com/…")
                .noneMatch(t -> t.contains("access_token"));

        signIn("zhang"); // the demo stays as the other tests expect it: no channel that would call out
        ChannelLine added = channels.of(id).stream().filter(c -> c.name().equals("活动群")).findFirst().orElseThrow();
        channels.remove(added.id(), added.version());
    }

}
