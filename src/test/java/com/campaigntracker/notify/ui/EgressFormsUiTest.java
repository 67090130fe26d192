package com.campaigntracker.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.notify.AllowedHostsService;
import com.campaigntracker.notify.ChannelKind;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The channel form refuses webhook URLs into the internal network with a message and keeps what was
 * typed (M1); the mail page offers STARTTLS required and the allowed internal hosts (admins only).
 */
class EgressFormsUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AllowedHostsService allowedHosts;
    @Autowired
    JdbcTemplate jdbc;

    private void save() {
        ButtonKt._click(_get(Button.class, spec -> spec.withId("channel-save")));
    }

    @Test
    void internal_addresses_are_refused_in_the_channel_form_keeping_what_was_typed() {
        Person manager = fixtures.manager("egress-ui-m", "出口表单经理");
        LocalDate start = LocalDate.of(2031, 7, 7);
        long id = fixtures.project(manager, "出口表单", start).phase("阶段").module("模块")
                .task("任务", manager, start, start.plusDays(2)).create();
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + id + "/channels");
        ProjectChannelsView view = _get(ProjectChannelsView.class);
        view.kind.setValue(ChannelKind.GENERIC);
        view.name.setValue("元数据");
        view.target.setValue("https://169.254.169.254/latest/meta-data/");
        view.secret.setValue("s3cret");
        save();
        assertThat(lastNotification()).isEqualTo("该地址指向内部网络（169.254.169.254）。只有管理员在“邮件服务器 › "
                + "Webhook 可访问的内网主机”中允许的内网主机才能被调用。");
        assertThat(view.name.getValue()).isEqualTo("元数据");
        assertThat(view.target.getValue()).isEqualTo("https://169.254.169.254/latest/meta-data/");
        assertThat(view.secret.getValue()).isEqualTo("s3cret");
        assertThat(GridKt._size(view.grid)).isZero();

        view.target.setValue("http://2130706433/");
        save();
        assertThat(lastNotification()).isEqualTo("IP 地址请写成以点分隔的四个 0 到 255 之间的数字（2130706433 有歧义）。");
        view.kind.setValue(ChannelKind.FEISHU);
        view.target.setValue("https://open.feishu.cn.attacker.example/open-apis/bot/v2/hook/x");
        save();
        assertThat(lastNotification()).isEqualTo("该机器人只接受其官方地址（https）：open.feishu.cn, open.larksuite.com。");
        assertThat(view.target.getValue()).isEqualTo("https://open.feishu.cn.attacker.example/open-apis/bot/v2/hook/x");
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from project_channel where project_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void the_admin_sets_starttls_required_and_the_allowed_internal_hosts_on_the_mail_page() {
        Person admin = fixtures.person("egress-ui-admin", "出口表单管理员", Role.ADMIN);
        signIn(admin.getUsername());
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("admin/mail");
        MailSettingsView view = _get(MailSettingsView.class);
        view.from.setValue("tracker@example.com");
        view.startTlsRequired.setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("mail-save")));
        assertThat(lastNotification()).isEqualTo("Mail settings saved.");

        view.hosts.setValue("chat-gateway.corp.example\nnot a host");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("egress-save")));
        assertThat(lastNotification()).isEqualTo("“not a host” is not a host name or IP address.");
        assertThat(view.hosts.getValue()).isEqualTo("chat-gateway.corp.example\nnot a host");
        try {
            view.hosts.setValue("chat-gateway.corp.example\n10.1.2.3");
            ButtonKt._click(_get(Button.class, spec -> spec.withId("egress-save")));
            assertThat(lastNotification()).isEqualTo("Allowed hosts saved.");
            assertThat(allowedHosts.list()).containsExactly("10.1.2.3", "chat-gateway.corp.example");

            UI.getCurrent().navigate("admin/mail"); // what was saved is what the page shows again
            MailSettingsView again = _get(MailSettingsView.class);
            assertThat(again.startTlsRequired.getValue()).isTrue();
            assertThat(again.hosts.getValue()).isEqualTo("10.1.2.3\nchat-gateway.corp.example");
        } finally {
            allowedHosts.save(List.of());
        }
    }
}
