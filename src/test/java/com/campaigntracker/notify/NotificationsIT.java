package com.campaigntracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonDetails;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.DigestService;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.TrackingNotices;
import com.campaigntracker.tracking.TrackingService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Notifications end to end: the in-app centre, e-mail to a local SMTP server (GreenMail), and the four
 * webhook formats posted to a local HTTP server standing in for the robots; a failing channel is
 * retried and never blocks the user.
 */
class NotificationsIT extends IntegrationTest {

    /** On a free port: other builds on the same machine may run their own at the same time. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2031, 3, 3);

    @Autowired
    Notifier notifier;
    @Autowired
    NoticeService notices;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    MailSettingsService mail;
    @Autowired
    AllowedHostsService allowedHosts;
    @Autowired
    ChannelService channels;
    @Autowired
    DigestService digests;
    @Autowired
    TrackingService tracking;
    @Autowired
    TrackingNotices trackingNotices;
    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService planRows;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Deliveries deliveries;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    private HttpServer robots;
    private ExecutorService robotThreads;
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    /** The /slow robot: requests being answered now, the most at once, and a meeting point for the first two. */
    private final AtomicInteger slowInFlight = new AtomicInteger();
    private final AtomicInteger slowMostAtOnce = new AtomicInteger();
    private final CountDownLatch slowFirstTwo = new CountDownLatch(2);
    private long projectId;

    record Received(String query, JsonNode body) {
    }

    @BeforeEach
    void setUp() throws IOException {
        robots = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robotThreads = Executors.newCachedThreadPool(); // requests are answered side by side, as real robots do
        robots.setExecutor(robotThreads);
        for (String path : List.of("/dingtalk", "/feishu", "/wecom", "/generic", "/down", "/slow")) {
            robots.createContext(path, exchange -> {
                if (path.equals("/slow")) {
                    // a dispatcher sends one message at a time and waits for the answer, so two requests in here at
                    // once come from two dispatchers: the first waits (10 s at most) until a second one has arrived
                    slowMostAtOnce.accumulateAndGet(slowInFlight.incrementAndGet(), Math::max);
                    slowFirstTwo.countDown();
                    try {
                        slowFirstTwo.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        slowInFlight.decrementAndGet(); // before the answer: the sender's next request comes after it
                    }
                }
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>()).add(new Received(
                        exchange.getRequestURI().getQuery(), JSON.readTree(new String(body, StandardCharsets.UTF_8))));
                boolean down = path.equals("/down");
                byte[] answer = (down ? "busy" : path.equals("/feishu") ? "{\"code\":0,\"msg\":\"success\"}"
                        : path.equals("/generic") ? "" : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(down ? 503 : 200, answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    exchange.getResponseBody().write(answer);
                }
                exchange.close();
            });
        }
        robots.start();
        clock.setTo(at(MON, 9, 0));
        SignIn.as(users, "admin");
        mail.save(new MailSettingsDetails(true, "127.0.0.1", SMTP.getSmtp().getPort(), null, false,
                "tracker@example.com", false), null);
        allowedHosts.save(List.of("127.0.0.1")); // the robots stand-in is an internal host: an administrator allows it
        if (people.findByUsername("notify-m").isEmpty()) {
            people.createPerson("notify-m", "通知经理", Role.MANAGER, null, "secret");
            people.createPerson("notify-r", "通知小李", Role.MEMBER, null, "secret");
            Person a = people.createPerson("notify-a", "通知验收人", Role.MEMBER, null, "secret");
            PersonDetails details = PersonDetails.of(a);
            details.setEmail("notify-a@example.com");
            people.update(a.getId(), a.getVersion(), details);
        }
        SignIn.as(users, "notify-m");
        projectId = TestPlans.project(projects, people, "notify-m", "通知测试", MON);
        planRows.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "主视觉", people.findByUsername("notify-r").orElseThrow(), MON,
                        MON.plusDays(4), null)));
        raci.set(projectId, task().id(), people.findByUsername("notify-a").orElseThrow().getId(), null, RaciLetter.A);
        projects.activate(projectId);
    }

    @AfterEach
    void tearDown() {
        robots.stop(0);
        robotThreads.shutdownNow();
        clock.reset();
        SignIn.as(users, "admin");
        mail.save(new MailSettingsDetails(false, null, 25, null, false, "tracker@example.com", false), "");
        allowedHosts.save(List.of());
        // later tests must not find this test's undelivered messages due
        jdbc.update("update outbox_message set given_up = true where delivered_at is null");
        SignIn.out();
    }

    private static java.time.Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private WorkItemRow task() {
        SignIn.as(users, "notify-m");
        return projects.workTree(projectId).orElseThrow().rows().get(2);
    }

    /** Delivers what is due and waits until the background dispatch (after commit) is done as well. */
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

    @Test
    void an_acceptance_request_reaches_the_A_in_the_app_and_by_mail_in_both_languages() throws Exception {
        SignIn.as(users, "notify-a");
        notices.markAllRead(); // what earlier tests sent
        WorkItemRow t = task();
        SignIn.as(users, "notify-r");
        tracking.update(t.id(), t.version(), new QuickUpdate(100, ProgressStatus.DONE, null, null, null));
        deliver();

        SignIn.as(users, "notify-a");
        assertThat(notices.unread()).isEqualTo(1);
        NoticeLine line = notices.mine(10).get(0);
        assertThat(line.messageKey()).isEqualTo("notice.acceptance");
        assertThat(line.args()).containsExactly("主视觉", projects.workTree(projectId).orElseThrow().project().name());
        assertThat(line.link()).isEqualTo("acceptances");
        notices.markAllRead();
        assertThat(notices.unread()).isZero();

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("notify-a@example.com");
        assertThat(mails[0].getSubject()).contains("主视觉").contains("等待您验收").contains("waits for your acceptance");
        assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
        assertThat(mails[0].getContent().toString()).contains("http://localhost:8080/acceptances");
    }

    @Test
    void the_digest_goes_to_each_robot_in_its_format_and_a_failing_channel_is_retried_without_blocking_anyone()
            throws Exception {
        String base = "http://127.0.0.1:" + robots.getAddress().getPort();
        SignIn.as(users, "notify-m");
        channels.add(projectId, new ChannelDetails(ChannelKind.DINGTALK, "钉钉群", base + "/dingtalk?access_token=t",
                "SECdemo", true));
        channels.add(projectId, new ChannelDetails(ChannelKind.FEISHU, "飞书群", base + "/feishu", "fs-secret", true));
        channels.add(projectId, new ChannelDetails(ChannelKind.WECOM, "企微群", base + "/wecom?key=k", null, true));
        channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "系统", base + "/generic", null, true));
        channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "坏掉的", base + "/down", null, true));
        channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "停用的", base + "/generic", null, false));

        assertThat(digests.send(projectId)).isEqualTo(5); // returns at once: delivery is not the user's wait
        deliver();

        Received ding = received.get("/dingtalk").get(0);
        assertThat(ding.body().get("msgtype").asText()).isEqualTo("markdown");
        assertThat(ding.body().at("/markdown/title").asText()).startsWith("项目周报：通知测试");
        assertThat(ding.body().at("/markdown/text").asText()).contains("关键任务").contains("主视觉");
        assertThat(ding.query()).contains("access_token=t").contains("timestamp=").contains("sign=");
        Received feishu = received.get("/feishu").get(0);
        assertThat(feishu.body().get("msg_type").asText()).isEqualTo("text");
        assertThat(feishu.body().at("/content/text").asText()).contains("项目周报").contains("/projects/" + projectId + "/digest");
        assertThat(feishu.body().get("sign").asText()).isNotBlank();
        assertThat(feishu.body().get("timestamp").asText()).matches("\\d+");
        Received wecom = received.get("/wecom").get(0);
        assertThat(wecom.body().get("msgtype").asText()).isEqualTo("markdown");
        assertThat(wecom.body().at("/markdown/content").asText()).contains("**项目周报");
        assertThat(received.get("/generic")).singleElement().satisfies(g -> {
            assertThat(g.body().get("title").asText()).startsWith("项目周报");
            assertThat(g.body().get("text").asText()).contains("延期").contains("阻塞");
            assertThat(g.body().get("link").asText()).endsWith("/projects/" + projectId + "/digest");
        });

        // the broken one: tried once, kept with its error, tried again after the backoff, not before
        OutboxMessage down = outbox.findByProjectIdOrderByIdDesc(projectId, org.springframework.data.domain.Pageable.unpaged())
                .stream().filter(m -> m.getTarget().endsWith("/down")).findFirst().orElseThrow();
        assertThat(down.getDeliveredAt()).isNull();
        assertThat(down.getAttempts()).isEqualTo(1);
        assertThat(down.getLastError()).contains("HTTP 503");
        dispatcher.dispatchDue();
        assertThat(received.get("/down")).hasSize(1);
        clock.advance(Duration.ofMinutes(3));
        dispatcher.dispatchDue();
        assertThat(received.get("/down")).hasSize(2);
        assertThat(outbox.findById(down.getId()).orElseThrow().getAttempts()).isEqualTo(2);
    }

    @Test
    void a_mail_server_that_is_down_does_not_stop_an_update_and_the_mail_waits_for_a_retry() throws Exception {
        SignIn.as(users, "admin");
        mail.save(new MailSettingsDetails(true, "127.0.0.1", 1, null, false, "tracker@example.com", false), null);
        WorkItemRow t = task();
        SignIn.as(users, "notify-r");
        tracking.update(t.id(), t.version(), new QuickUpdate(100, ProgressStatus.DONE, null, null, null));
        deliver();
        assertThat(task().percentComplete()).isEqualTo(100); // saved
        OutboxMessage waiting = outbox.findByProjectIdOrderByIdDesc(projectId, org.springframework.data.domain.Pageable.unpaged())
                .get(0);
        assertThat(waiting.getKind()).isEqualTo(ChannelKind.EMAIL);
        assertThat(waiting.getDeliveredAt()).isNull();
        assertThat(waiting.isGivenUp()).isFalse();
        assertThat(waiting.getLastError()).isNotBlank();
    }

    @Test
    void the_owner_is_reminded_once_shortly_before_the_end_of_the_day_an_update_is_due() throws Exception {
        clock.setTo(at(MON, 17, 30)); // daily task (critical), due Monday 18:00: not yet in the 15-minute window
        assertThat(SystemActor.call(() -> trackingNotices.remindDueUpdates())).isZero();
        clock.setTo(at(MON, 17, 46));
        int first = SystemActor.call(() -> trackingNotices.remindDueUpdates());
        int again = SystemActor.call(() -> trackingNotices.remindDueUpdates());
        assertThat(first).isPositive();
        assertThat(again).isZero();
        String name = projects.workTree(projectId).orElseThrow().project().name();
        SignIn.as(users, "notify-r");
        assertThat(notices.mine(50)).filteredOn(n -> n.messageKey().equals("notice.updateDue") && n.args().contains(name))
                .singleElement().satisfies(n -> assertThat(n.args()).containsExactly("主视觉", name, "18:00"));
    }

    @Test
    void nothing_is_sent_when_the_change_that_asked_for_it_rolls_back() throws Exception {
        long a = people.findByUsername("notify-a").orElseThrow().getId();
        SignIn.as(users, "notify-a");
        notices.markAllRead();
        String marker = "回滚" + System.nanoTime(); // names this test's message in the outbox and the mail subject
        Notification asked = new Notification(List.of(a), projectId, "notice.acceptance", List.of(marker, "x"),
                "acceptances");
        transaction.executeWithoutResult(status -> {
            notifier.notify(asked);
            assertThat(mailsQueuedFor(marker)).isEqualTo(1); // written inside the transaction...
            status.setRollbackOnly();
        });
        // ...and gone with it: the mail is sent from the outbox row alone, so no dispatch, now or later, can send it
        assertThat(mailsQueuedFor(marker)).isZero();
        assertThat(notices.unread()).isZero();
        deliver(); // what a dispatch does, run here to the end
        assertThat(mailsReceivedFor(marker)).isEmpty();

        // the same notification committed is told and sent: the checks above would have seen it
        transaction.executeWithoutResult(status -> notifier.notify(asked));
        assertThat(mailsQueuedFor(marker)).isEqualTo(1);
        assertThat(notices.unread()).isEqualTo(1);
        deliver();
        assertThat(mailsReceivedFor(marker)).hasSize(1);
    }

    private long mailsQueuedFor(String marker) {
        return jdbc.queryForObject("select count(*) from outbox_message where project_id = ? and kind = 'EMAIL'"
                + " and subject like ?", Long.class, projectId, "%" + marker + "%");
    }

    private List<MimeMessage> mailsReceivedFor(String marker) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getSubject().contains(marker)) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void two_app_instances_dispatching_at_once_send_each_message_once() throws Exception {
        String base = "http://127.0.0.1:" + robots.getAddress().getPort();
        SignIn.as(users, "notify-m");
        for (int i = 0; i < 4; i++) {
            channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "慢" + i, base + "/slow?n=" + i, null, true));
        }
        OutboxDispatcher otherInstance = new OutboxDispatcher(outbox, deliveries, transaction, clock);
        transaction.executeWithoutResult(s -> digests.send(projectId));
        Thread first = new Thread(dispatcher::dispatchDue);
        Thread second = new Thread(otherInstance::dispatchDue);
        first.start();
        second.start();
        first.join(30_000);
        second.join(30_000);
        assertThat(first.isAlive() || second.isAlive()).as("a dispatcher still running after 30 s").isFalse();
        deliver();
        // they did overlap: two messages were being sent at the same moment, one by each instance
        assertThat(slowMostAtOnce).hasValue(2);
        assertThat(received.get("/slow")).hasSize(4);
        assertThat(received.get("/slow")).extracting(Received::query).containsExactlyInAnyOrder("n=0", "n=1", "n=2", "n=3");
        assertThat(outbox.findByProjectIdOrderByIdDesc(projectId, org.springframework.data.domain.Pageable.unpaged())
                .stream().filter(m -> m.getTarget().contains("/slow?")).map(OutboxMessage::getAttempts))
                .containsExactly(1, 1, 1, 1); // the target is stored encrypted: read through the entity
    }

    @Test
    void the_weekly_digest_goes_out_once_at_its_moment() throws Exception {
        String base = "http://127.0.0.1:" + robots.getAddress().getPort();
        SignIn.as(users, "notify-m");
        channels.add(projectId, new ChannelDetails(ChannelKind.GENERIC, "系统", base + "/generic", null, true));
        digests.saveSettings(projectId, new com.campaigntracker.tracking.DigestSettings(java.time.DayOfWeek.MONDAY,
                LocalTime.of(10, 0), true, digests.settings(projectId).version()));
        clock.setTo(at(MON, 9, 55));
        SystemActor.call(() -> digests.sendDue());
        deliver();
        assertThat(received.get("/generic")).isNull();
        clock.setTo(at(MON, 10, 5));
        SystemActor.call(() -> digests.sendDue());
        SystemActor.call(() -> digests.sendDue());
        deliver();
        assertThat(received.get("/generic")).hasSize(1);
    }
}
