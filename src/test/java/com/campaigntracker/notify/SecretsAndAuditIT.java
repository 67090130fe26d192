package com.campaigntracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.shared.crypto.SecretCipher;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Secrets at rest (L3): webhook URLs, signing secrets and the SMTP password are encrypted in the
 * database and still work; plaintext rows from before are encrypted at start-up; STARTTLS can be
 * required. And the channel and mail-server changes leave an audit record without any secret (M7).
 */
class SecretsAndAuditIT extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String TOKEN = "a1b2c3d4e5f6secrettoken";
    private static final String DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=" + TOKEN;

    @Autowired
    ChannelService channels;
    @Autowired
    MailSettingsService mail;
    @Autowired
    SecretsAtRest secretsAtRest;
    @Autowired
    SecretCipher cipher;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    private Person admin;
    private Person manager;
    private long projectId;

    @BeforeEach
    void setUp() {
        admin = fixtures.person("secrets-admin", "密钥管理员", Role.ADMIN);
        manager = fixtures.manager("secrets-m", "密钥经理");
        LocalDate start = LocalDate.of(2031, 6, 2);
        projectId = fixtures.project(manager, "密钥测试", start).phase("阶段").module("模块")
                .task("任务", manager, start, start.plusDays(2)).create();
    }

    @AfterEach
    void tearDown() {
        SignIn.as(users, admin.getUsername());
        mail.save(new MailSettingsDetails(false, null, 25, null, false, "tracker@example.com", false), "");
        jdbc.update("update outbox_message set given_up = true where delivered_at is null");
        SignIn.out();
    }

    private Map<String, Object> rawChannel() {
        return jdbc.queryForMap("select target, secret from project_channel where project_id = ?", projectId);
    }

    @Test
    void a_webhooks_url_and_secret_are_not_stored_in_plaintext_and_still_work() {
        SignIn.as(users, manager.getUsername());
        channels.add(projectId, new ChannelDetails(ChannelKind.DINGTALK, "钉钉群", DINGTALK, "SECsigning", true));

        Map<String, Object> raw = rawChannel();
        assertThat((String) raw.get("target")).startsWith("enc:v1:").doesNotContain(TOKEN).doesNotContain("dingtalk");
        assertThat((String) raw.get("secret")).startsWith("enc:v1:").doesNotContain("SECsigning");
        assertThat(channels.of(projectId)).singleElement().satisfies(c -> {
            assertThat(c.target()).isEqualTo(DINGTALK); // the manager sees it as typed
            assertThat(c.hasSecret()).isTrue();
        });

        // queued messages carry their own copy: encrypted as well, and readable for the delivery
        assertThat(channels.test(projectId)).isEqualTo(1);
        Map<String, Object> queued = jdbc.queryForMap("select id, target, secret from outbox_message where project_id = ?",
                projectId);
        assertThat((String) queued.get("target")).startsWith("enc:v1:").doesNotContain(TOKEN);
        assertThat((String) queued.get("secret")).startsWith("enc:v1:").doesNotContain("SECsigning");
        assertThat(cipher.decrypt((String) queued.get("target"))).isEqualTo(DINGTALK);
        assertThat(WebhookPayloads.url(ChannelKind.DINGTALK, cipher.decrypt((String) queued.get("target")),
                cipher.decrypt((String) queued.get("secret")), Instant.ofEpochMilli(1_700_000_000_000L)))
                .contains("access_token=" + TOKEN).contains("&sign=");
    }

    @Test
    void plaintext_rows_from_before_are_encrypted_once_at_start_up_and_read_the_same() {
        SignIn.as(users, manager.getUsername());
        channels.add(projectId, new ChannelDetails(ChannelKind.WECOM, "企微群",
                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + TOKEN, null, true));
        jdbc.update("update project_channel set target = ?, secret = ? where project_id = ?",
                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + TOKEN, "old-secret", projectId); // as before L3
        SignIn.as(users, admin.getUsername());
        mail.save(new MailSettingsDetails(false, "smtp.example.com", 587, "bot", false, "tracker@example.com", true), "x");
        jdbc.update("update mail_settings set password = 'old-smtp-password'");

        assertThat(secretsAtRest.encryptPlaintext()).isGreaterThanOrEqualTo(3);
        assertThat(secretsAtRest.encryptPlaintext()).isZero(); // idempotent

        Map<String, Object> raw = rawChannel();
        assertThat((String) raw.get("target")).startsWith("enc:v1:").doesNotContain(TOKEN);
        assertThat((String) raw.get("secret")).startsWith("enc:v1:");
        assertThat(jdbc.queryForObject("select password from mail_settings", String.class)).startsWith("enc:v1:");
        SignIn.as(users, manager.getUsername());
        assertThat(channels.of(projectId)).extracting(ChannelLine::target)
                .containsExactly("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + TOKEN);
        assertThat(cipher.decrypt((String) raw.get("secret"))).isEqualTo("old-secret");
        SignIn.as(users, admin.getUsername());
        mail.save(new MailSettingsDetails(true, "smtp.example.com", 587, "bot", true, "tracker@example.com", true), null);
        assertThat(((JavaMailSenderImpl) mail.sender().orElseThrow().mail()).getPassword()).isEqualTo("old-smtp-password");
    }

    @Test
    void a_value_encrypted_with_another_key_stops_the_start() {
        SignIn.as(users, manager.getUsername());
        long id = channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "外部", "https://hooks.example.com/x",
                null, true));
        byte[] otherKey = new byte[32];
        otherKey[0] = 7;
        jdbc.update("update project_channel set secret = ? where id = ?",
                new SecretCipher(otherKey).encrypt("from another instance"), id);
        try {
            assertThatThrownBy(secretsAtRest::requireReadable).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("APP_SECRET_KEY").hasMessageContaining("project_channel.secret");
        } finally {
            jdbc.update("update project_channel set secret = null where id = ?", id);
        }
        secretsAtRest.requireReadable();
    }

    @Test
    void the_smtp_password_is_stored_encrypted_and_reaches_the_mail_session() {
        SignIn.as(users, admin.getUsername());
        mail.save(new MailSettingsDetails(true, "smtp.example.com", 587, "bot", false, "tracker@example.com", true, true,
                false), "smtp-pa55word");
        assertThat(jdbc.queryForObject("select password from mail_settings", String.class)).startsWith("enc:v1:")
                .doesNotContain("smtp-pa55word");
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mail.sender().orElseThrow().mail();
        assertThat(sender.getPassword()).isEqualTo("smtp-pa55word");
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.auth", "true");
        assertThat(sender.getSession().getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(mail.current().startTlsRequired()).isTrue();

        mail.save(new MailSettingsDetails(true, "smtp.example.com", 465, "bot", true, "tracker@example.com", false, false,
                true), null);
        JavaMailSenderImpl smtps = (JavaMailSenderImpl) mail.sender().orElseThrow().mail();
        assertThat(smtps.getProtocol()).isEqualTo("smtps");
        assertThat(smtps.getJavaMailProperties()).containsEntry("mail.smtps.auth", "true")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true");
        assertThatThrownBy(() -> mail.save(new MailSettingsDetails(true, "smtp.example.com", 465, null, true,
                "tracker@example.com", true, false, true), null)).isInstanceOf(NotifyException.class);
    }

    @Test
    void with_starttls_required_nothing_is_sent_to_a_server_that_does_not_offer_it() {
        SignIn.as(users, admin.getUsername());
        mail.save(new MailSettingsDetails(true, "127.0.0.1", SMTP.getSmtp().getPort(), null, false,
                "tracker@example.com", false), null);
        OutboxMessage first = new OutboxMessage(ChannelKind.EMAIL, "a@example.com", null, "开放", "正文", null, null,
                Instant.now(clock));
        deliveries.deliver(first); // without the requirement, the plaintext server takes it
        assertThat(SMTP.getReceivedMessages()).hasSize(1);

        mail.save(new MailSettingsDetails(true, "127.0.0.1", SMTP.getSmtp().getPort(), null, false,
                "tracker@example.com", false, true, false), null);
        OutboxMessage second = new OutboxMessage(ChannelKind.EMAIL, "a@example.com", null, "加密", "正文", null, null,
                Instant.now(clock));
        // the test server offers no STARTTLS (or none we trust): the message is not sent in the clear
        assertThatThrownBy(() -> deliveries.deliver(second)).isInstanceOf(Deliveries.DeliveryFailed.class);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void channel_changes_are_audited_by_host_without_token_or_secret() {
        SignIn.as(users, manager.getUsername());
        long id = channels.add(projectId, new ChannelDetails(ChannelKind.DINGTALK, "钉钉群", DINGTALK, "SECsigning", true));
        ChannelLine line = channels.of(projectId).get(0);
        channels.update(id, line.version(), new ChannelDetails(ChannelKind.DINGTALK, "钉钉大群", DINGTALK + "x", "SECnew",
                false));
        channels.remove(id, channels.of(projectId).get(0).version());

        List<Map<String, Object>> rows = jdbc.queryForList("select kind, actor_name, subject, subject_id, before_value, "
                + "after_value from admin_action where subject_id = ? and kind like 'CHANNEL%' order by id", id);
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("CHANNEL_ADDED", "CHANNEL_CHANGED",
                "CHANNEL_REMOVED");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("actor_name")).isEqualTo(manager.getUsername());
            assertThat((String) r.get("subject")).startsWith("密钥测试").contains(" · 钉钉");
            assertThat(String.valueOf(r.get("before_value")) + r.get("after_value")).doesNotContain(TOKEN)
                    .doesNotContain("SECsigning").doesNotContain("SECnew").doesNotContain("access_token");
        });
        assertThat((String) rows.get(0).get("after_value")).contains("host: oapi.dingtalk.com").contains("secret: set");
        assertThat((String) rows.get(1).get("before_value")).contains("name: 钉钉群").contains("enabled: true");
        assertThat((String) rows.get(1).get("after_value")).contains("name: 钉钉大群").contains("enabled: false")
                .contains("secret: changed").contains("url: changed");
        assertThat(rows.get(2).get("after_value")).isNull();
    }

    @Test
    void a_refused_channel_leaves_no_audit_record() {
        SignIn.as(users, manager.getUsername());
        Integer before = jdbc.queryForObject("select count(*) from admin_action", Integer.class);
        assertThatThrownBy(() -> channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "内网",
                "https://10.0.0.5/hook", null, true))).isInstanceOf(NotifyException.class);
        assertThat(jdbc.queryForObject("select count(*) from admin_action", Integer.class)).isEqualTo(before);
    }

    @Test
    void mail_settings_changes_are_audited_with_the_password_as_changed_never_its_value() {
        SignIn.as(users, admin.getUsername());
        mail.save(new MailSettingsDetails(true, "smtp.example.com", 587, "bot", false, "tracker@example.com", true, true,
                false), "hunter2-secret");
        mail.save(new MailSettingsDetails(true, "smtp.example.com", 2525, "bot", true, "tracker@example.com", true, true,
                false), null);
        List<Map<String, Object>> rows = jdbc.queryForList("select actor_name, subject, before_value, after_value "
                + "from admin_action where kind = 'MAIL_SETTINGS' order by id desc limit 2");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("actor_name")).isEqualTo(admin.getUsername());
            assertThat(String.valueOf(r.get("before_value")) + r.get("after_value")).doesNotContain("hunter2");
        });
        assertThat((String) rows.get(1).get("after_value")).contains("host: smtp.example.com")
                .contains("starttls: required").contains("password: changed");
        assertThat((String) rows.get(0).get("before_value")).contains("port: 587").contains("password: set");
        assertThat((String) rows.get(0).get("after_value")).contains("port: 2525").contains("password: unchanged");
    }
}
