package com.campaigntracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.kickoff.KickoffService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.TrackingNotices;
import com.campaigntracker.warning.CauseType;
import com.campaigntracker.warning.EscalationService;
import com.campaigntracker.warning.ExplanationForm;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.RemedialMeasure;
import com.campaigntracker.warning.WarningKind;
import com.campaigntracker.warning.WarningService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 24 (4): the four events that ask for an action reach the project's chat groups as cards. Each
 * event happens for real in the app (own people and project, the clock moved), the outbox delivers to
 * robots standing in on a local HTTP server (as in {@link NotificationsIT}), each body follows its
 * platform's published format (the schemas of {@link ChatCardPayloadsTest}), and the button opens the
 * page of exactly that task, kickoff, warning or escalation.
 */
class ChatCardsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2033, 5, 9);
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "/dingtalk", schema("dingtalk-actioncard"),
            "/feishu", schema("feishu-interactive"),
            "/wecom", schema("wecom-template-card"));

    @Autowired
    Fixtures fixtures;
    @Autowired
    ChannelService channels;
    @Autowired
    AllowedHostsService allowedHosts;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    TrackingNotices trackingNotices;
    @Autowired
    KickoffService kickoffs;
    @Autowired
    WarningService warnings;
    @Autowired
    ExplanationService explanations;
    @Autowired
    EscalationService escalations;
    @Autowired
    ProjectService projects;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${app.base-url:http://localhost:8080}")
    String baseUrl;

    private HttpServer robots;
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();
    private Person manager;
    private Person owner;
    private Fixtures.HeadedDepartment department;

    private static Schema schema(String name) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                ChatCardsIT.class.getResourceAsStream("/chat-schemas/" + name + ".schema.json"));
    }

    @BeforeEach
    void setUp() throws IOException {
        robots = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String path : SCHEMAS.keySet()) {
            robots.createContext(path, exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>())
                        .add(JSON.readTree(new String(body, StandardCharsets.UTF_8)));
                byte[] answer = (path.equals("/feishu") ? "{\"code\":0,\"msg\":\"success\"}"
                        : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
        }
        robots.start();
        SignIn.as(users, "admin");
        allowedHosts.save(List.of("127.0.0.1")); // the robots' stand-in is an internal host: an administrator allows it
        SignIn.out();
        manager = fixtures.manager("card-m", "卡片经理");
        owner = fixtures.member("card-r", "卡片负责人");
        department = fixtures.department("卡片部", "卡片部长");
        clock.setTo(at(MON, 9, 0));
    }

    @AfterEach
    void tearDown() {
        robots.stop(0);
        clock.reset();
        SignIn.as(users, "admin");
        allowedHosts.save(List.of());
        jdbc.update("update outbox_message set given_up = true where delivered_at is null");
        SignIn.out();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    /** A project of one task (Monday to Friday) owned by the fixture's R, with the three robots as its channels. */
    private long project(boolean running) {
        var draft = fixtures.project(manager, "卡片项目", MON).department(department.id())
                .phase("阶段").module("模块").task("主视觉设计", owner, MON, MON.plusDays(4));
        long projectId = running ? draft.activate() : draft.create();
        String base = "http://127.0.0.1:" + robots.getAddress().getPort();
        SignIn.as(users, manager.getUsername());
        channels.add(projectId, new ChannelDetails(ChannelKind.DINGTALK, "钉钉群", base + "/dingtalk?access_token=t",
                "SECdemo", true));
        channels.add(projectId, new ChannelDetails(ChannelKind.FEISHU, "飞书群", base + "/feishu", "fs-secret", true));
        channels.add(projectId, new ChannelDetails(ChannelKind.WECOM, "企微群", base + "/wecom?key=k", null, true));
        SignIn.out();
        return projectId;
    }

    private WorkItemRow task(long projectId) {
        SignIn.as(users, manager.getUsername());
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(WorkItemRow::isLeaf).findFirst()
                .orElseThrow();
    }

    private String projectName(long projectId) {
        SignIn.as(users, manager.getUsername());
        return projects.workTree(projectId).orElseThrow().project().name();
    }

    private void deliver(long projectId) throws InterruptedException {
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

    /**
     * The card each robot received with this button: in its platform's format, opening {@code page} (the
     * app's public address and the page's route), with the task's lines; returns the three bodies' text.
     */
    private String cards(String button, String page, String... shown) {
        String url = baseUrl.replaceAll("/$", "") + "/" + page;
        StringBuilder all = new StringBuilder();
        for (String path : SCHEMAS.keySet()) {
            JsonNode card = received.getOrDefault(path, List.of()).stream()
                    .filter(b -> b.toString().contains("\"" + button + "\"")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError(path + " received no card \"" + button + "\": " + received));
            assertThat(SCHEMAS.get(path).validate(card)).as(path + " " + card).isEmpty();
            switch (path) {
                case "/dingtalk" -> assertThat(card.at("/actionCard/singleURL").asText()).isEqualTo(url);
                case "/feishu" -> {
                    assertThat(card.at("/card/elements/1/actions/0/url").asText()).isEqualTo(url);
                    assertThat(card.get("sign").asText()).isNotBlank();
                }
                default -> {
                    assertThat(card.at("/template_card/card_action/url").asText()).isEqualTo(url);
                    assertThat(card.at("/template_card/jump_list/0/url").asText()).isEqualTo(url);
                }
            }
            assertThat(card.toString()).as(path).contains(shown);
            all.append(card);
        }
        return all.toString();
    }

    @Test
    void an_update_reminder_is_a_card_whose_button_opens_the_tasks_update() throws Exception {
        long projectId = project(true);
        long taskId = task(projectId).id();
        clock.setTo(at(MON, 17, 46)); // the only task is critical, so its update is due daily at 18:00
        assertThat(SystemActor.call(() -> trackingNotices.remindDueUpdates())).isPositive();
        deliver(projectId);
        String cards = cards("更新进度", "my-tasks?task=" + taskId, "主视觉设计", "18:00");
        // Monday to Friday with today included: five working days left
        assertThat(cards).contains("剩余 5 个工作日", "2033");
    }

    @Test
    void a_kickoff_request_is_a_card_whose_button_opens_the_projects_kickoff() throws Exception {
        long projectId = project(false);
        SignIn.as(users, manager.getUsername());
        raci.set(projectId, task(projectId).id(), manager.getId(), null, RaciLetter.A);
        assertThat(kickoffs.publish(projectId)).isEqualTo(1);
        SignIn.out();
        deliver(projectId);
        cards("确认分工", "projects/" + projectId + "/kickoff", projectName(projectId));
    }

    @Test
    void a_late_tasks_warning_and_then_its_escalation_are_cards_opening_the_explanation_and_the_decision()
            throws Exception {
        long projectId = project(true);
        long taskId = task(projectId).id();
        clock.setTo(at(MON.plusDays(9), 10, 0)); // the Wednesday after its Friday: late by more than a working day
        SystemActor.call(() -> warnings.scan());
        deliver(projectId);
        String warned = cards("填写偏差说明", "explanations?project=" + projectId + "&task=" + taskId, "主视觉设计");
        assertThat(warned).contains("剩余 24 小时", "已逾期 3 个工作日"); // the explanation's 24 hours; Mon-Wed past Friday

        // the R proposes dates that move the project's finish: escalated to the department's head at once
        SignIn.as(users, owner.getUsername());
        ExplanationLine asked = explanations.of(projectId).stream().filter(e -> e.kind() == WarningKind.LATE)
                .findFirst().orElseThrow();
        clock.setTo(at(MON.plusDays(9), 11, 0));
        explanations.submit(asked.id(), asked.version(), new ExplanationForm(CauseType.OBJECTIVE, "客户两次改稿",
                "顺延一周", List.of(new RemedialMeasure("增加设计人力", null, null)), MON, MON.plusDays(18)));
        SignIn.out();
        deliver(projectId);
        String escalated = cards("决策", "escalations?project=" + projectId, "主视觉设计", projectName(projectId));
        assertThat(escalated).contains("剩余 24 小时");
        SignIn.as(users, department.head().getUsername());
        assertThat(escalations.of(projectId)).singleElement()
                .satisfies(x -> assertThat(x.workItemId()).isEqualTo(taskId));
    }
}
