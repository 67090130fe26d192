package com.campaigntracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Webhooks go only where they may (M1, L7): each attack on a channel's URL is refused and stores
 * nothing; a name that resolves elsewhere at send time is refused then; an allowed internal host
 * works against a real HTTP server; no redirect is followed; a huge answer is cut at 16 KB.
 */
class EgressIT extends IntegrationTest {

    @Autowired
    ChannelService channels;
    @Autowired
    AllowedHostsService allowedHosts;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppPorts appPorts;
    @Autowired
    MailSettingsService mail;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    java.time.Clock clock;
    @Value("${local.server.port}")
    int appPort;

    private HttpServer server;
    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final AtomicLong hugeBytesSent = new AtomicLong();
    private Person admin;
    private Person manager;
    private long projectId;

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.computeIfAbsent("/hook", k -> new CopyOnWriteArrayList<>())
                    .add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/redirect", exchange -> {
            received.computeIfAbsent("/redirect", k -> new CopyOnWriteArrayList<>()).add("");
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/huge", exchange -> { // an answer that never ends
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) { // 800 MB at most
                    out.write(chunk);
                    hugeBytesSent.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the client hung up: what it wanted to read, it read
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        admin = fixtures.person("egress-admin", "出口管理员", Role.ADMIN);
        manager = fixtures.manager("egress-m", "出口经理");
        LocalDate start = LocalDate.of(2031, 5, 5);
        projectId = fixtures.project(manager, "出口测试", start).phase("阶段").module("模块")
                .task("任务", manager, start, start.plusDays(2)).create();
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
        SignIn.as(users, admin.getUsername());
        allowedHosts.save(List.of());
        jdbc.update("update outbox_message set given_up = true where delivered_at is null");
        SignIn.out();
    }

    private String local(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from project_channel where project_id = ?", Integer.class, projectId);
    }

    private void refused(ChannelKind kind, String url, String messageKey) {
        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> channels.add(projectId, new ChannelDetails(kind, "攻击", url, null, true)))
                .as(url).isInstanceOf(NotifyException.class)
                .satisfies(e -> assertThat(((NotifyException) e).messageKey()).as(url).isEqualTo(messageKey));
        assertThat(stored()).as("nothing stored for " + url).isZero();
    }

    @Test
    void loopback_link_local_private_and_odd_ip_forms_are_refused_and_nothing_is_stored() {
        refused(ChannelKind.GENERIC, "https://127.0.0.1/hook", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://localhost/hook", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://169.254.169.254/latest/meta-data/", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://100.100.100.200/latest/meta-data/", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://10.0.0.5:8080/actuator/shutdown", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://172.17.0.1:2375/containers/prune", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://192.168.1.1/", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://[::1]/hook", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://[::ffff:127.0.0.1]/hook", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://[fd00::1]/hook", "channel.error.internal");
        refused(ChannelKind.GENERIC, "https://0.0.0.0/hook", "channel.error.internal");
        refused(ChannelKind.GENERIC, "http://2130706433/hook", "channel.error.ipForm");
        refused(ChannelKind.GENERIC, "https://0x7f000001/hook", "channel.error.ipForm");
        refused(ChannelKind.GENERIC, "https://0177.0.0.1/hook", "channel.error.ipForm");
        refused(ChannelKind.GENERIC, "https://evil@127.0.0.1/hook", "channel.error.url");
        refused(ChannelKind.GENERIC, "http://example.com/hook", "channel.error.https");
        refused(ChannelKind.DINGTALK, "https://evil.example/robot/send?access_token=x", "channel.error.officialHost");
        refused(ChannelKind.FEISHU, "http://open.feishu.cn/open-apis/bot/v2/hook/x", "channel.error.https");
        refused(ChannelKind.WECOM, "https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key=k",
                "channel.error.officialHost");
        // the robots' official hosts and a public generic hook are accepted
        SignIn.as(users, manager.getUsername());
        channels.add(projectId, new ChannelDetails(ChannelKind.DINGTALK, "钉钉", "https://oapi.dingtalk.com/robot/send"
                + "?access_token=t", null, true));
        channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "外部", "https://hooks.example.com/x", null, true));
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void an_update_to_an_internal_address_is_refused_and_the_channel_keeps_its_address() {
        SignIn.as(users, manager.getUsername());
        long id = channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "外部", "https://hooks.example.com/x",
                null, true));
        ChannelLine line = channels.of(projectId).get(0);
        assertThatThrownBy(() -> channels.update(id, line.version(), new ChannelDetails(ChannelKind.GENERIC, "外部",
                "https://169.254.169.254/", null, true))).isInstanceOf(NotifyException.class);
        assertThat(channels.of(projectId)).extracting(ChannelLine::target).containsExactly("https://hooks.example.com/x");
    }

    @Test
    void the_apps_own_port_is_refused_even_on_an_allowed_host() {
        SignIn.as(users, admin.getUsername());
        allowedHosts.save(List.of("127.0.0.1", "localhost"));
        refused(ChannelKind.GENERIC, "http://127.0.0.1:" + appPort + "/actuator/health", "channel.error.ownPort");
        refused(ChannelKind.GENERIC, "http://localhost:" + appPort + "/login", "channel.error.ownPort");
    }

    @Test
    void an_allowed_internal_host_is_reached_by_name_and_the_allow_list_is_an_admins_and_audited() throws Exception {
        String url = "http://localhost:" + server.getAddress().getPort() + "/hook";
        refused(ChannelKind.GENERIC, url, "channel.error.https"); // not allowed yet: plain http, internal

        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> allowedHosts.save(List.of("localhost")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.as(users, admin.getUsername());
        assertThatThrownBy(() -> allowedHosts.save(List.of("local host"))).isInstanceOf(NotifyException.class);
        allowedHosts.save(List.of("LOCALHOST."));
        assertThat(allowedHosts.list()).containsExactly("localhost");
        assertThat(jdbc.queryForMap("select actor_name, after_value from admin_action where kind = 'ALLOWED_HOSTS' "
                + "order by id desc limit 1")).containsEntry("actor_name", admin.getUsername())
                .containsEntry("after_value", "hosts: localhost");

        SignIn.as(users, manager.getUsername());
        channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "内网网关", url, null, true));
        assertThat(channels.test(projectId)).isEqualTo(1);
        deliver();
        assertThat(received.get("/hook")).singleElement().asString().contains("title");
    }

    @Test
    void a_name_that_resolved_publicly_when_saved_but_points_at_loopback_when_sent_is_refused_at_the_connection()
            throws Exception {
        try (ServerSocket loopback = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!loopback.isClosed()) {
                    try (Socket s = loopback.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            // a DNS server the attacker controls: public when the channel is saved, loopback afterwards
            AtomicReference<String> answer = new AtomicReference<>("93.184.215.14");
            AtomicInteger lookups = new AtomicInteger();
            HostResolver attackersDns = host -> {
                if (!host.equals("rebind.example.com")) {
                    return InetAddress.getAllByName(host);
                }
                lookups.incrementAndGet();
                return new InetAddress[] {InetAddress.getByName(answer.get())};
            };
            EgressPolicy policy = new EgressPolicy(allowedHosts, attackersDns, appPorts);
            String url = "https://rebind.example.com:" + loopback.getLocalPort() + "/hook";
            policy.check(ChannelKind.GENERIC, url); // accepted: resolves to a public address now

            answer.set("127.0.0.1");
            Deliveries deliveries = new Deliveries(mail, clock, new WebhookClient(policy));
            OutboxMessage message = new OutboxMessage(ChannelKind.GENERIC, url, null, "主题", "正文", null, projectId,
                    Instant.now(clock));
            assertThatThrownBy(() -> deliveries.deliver(message)).isInstanceOf(Deliveries.DeliveryRefused.class)
                    .hasMessageContaining("channel.error.internal").hasMessageContaining("127.0.0.1");
            assertThat(lookups).hasValue(2); // once at the check, once for the connection: the address it refused
            assertThat(connections).hasValue(0);
        }
    }

    @Test
    void the_connection_goes_to_the_address_that_was_checked_not_to_a_second_answer() throws Exception {
        try (ServerSocket loopback = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!loopback.isClosed()) {
                    try (Socket s = loopback.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            // first answer public (where nothing listens for us), every later one loopback: a client that checked
            // one answer and let its library resolve again would connect to the loopback listener
            AtomicInteger lookups = new AtomicInteger();
            HostResolver flipping = host -> {
                if (!host.equals("flip.example.com")) {
                    return InetAddress.getAllByName(host);
                }
                return new InetAddress[] {InetAddress.getByName(lookups.incrementAndGet() == 1 ? "93.184.215.14" : "127.0.0.1")};
            };
            EgressPolicy policy = new EgressPolicy(allowedHosts, flipping, appPorts);
            WebhookClient client = new WebhookClient(policy);
            String url = "https://flip.example.com:" + loopback.getLocalPort() + "/hook";
            assertThatThrownBy(() -> client.post(ChannelKind.GENERIC, url, "{}")).isInstanceOf(IOException.class);
            assertThat(lookups).hasValue(1);
            assertThat(connections).hasValue(0);
        }
    }

    @Test
    void a_redirect_is_not_followed() throws Exception {
        SignIn.as(users, admin.getUsername());
        allowedHosts.save(List.of("127.0.0.1"));
        WebhookClient.Answer answer = new WebhookClient(new EgressPolicy(allowedHosts, appPorts))
                .post(ChannelKind.GENERIC, local("/redirect"), "{}");
        assertThat(answer.status()).isEqualTo(307);
        assertThat(received.get("/redirect")).hasSize(1);
        assertThat(received.get("/hook")).isNull();
    }

    @Test
    void an_endless_answer_is_cut_at_16_kb_and_not_downloaded() throws Exception {
        SignIn.as(users, admin.getUsername());
        allowedHosts.save(List.of("127.0.0.1"));
        long started = System.nanoTime();
        WebhookClient.Answer answer = new WebhookClient(new EgressPolicy(allowedHosts, appPorts))
                .post(ChannelKind.GENERIC, local("/huge"), "{}");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.cut()).isTrue();
        assertThat(answer.body()).hasSize(WebhookClient.MAX_BODY);
        // the server could only push what the socket buffers take before the client hung up
        for (int i = 0; i < 100 && hugeBytesSent.get() < 100_000; i++) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        assertThat(hugeBytesSent.get()).isLessThan(64L * 1024 * 1024);
    }

    /** Delivers what is due for this project, including the background dispatch after commit. */
    private void deliver() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            dispatcher.dispatchDue();
            Integer waiting = jdbc.queryForObject("select count(*) from outbox_message where project_id = ? "
                    + "and attempts = 0 and given_up = false", Integer.class, projectId);
            if (waiting == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("outbox not delivered");
    }
}
