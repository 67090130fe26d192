package com.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonDetails;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The API over real HTTP: tokens signing in and out (revoked, expired, disabled person), problem+json
 * refusals in the caller's language, ETag/If-Match on a progress update, the rate limit, and the OpenAPI
 * document and page open without a token while the rest needs one.
 */
class ApiIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 10, 4);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    PeopleService people;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private ApiClient api;
    private Person manager;
    private Person owner;
    private long projectId;
    private long taskId;

    @BeforeEach
    void aProjectWithATask() {
        api = new ApiClient(port);
        manager = fixtures.manager("api-pm", "接口经理");
        owner = fixtures.member("api-r", "接口执行人");
        projectId = fixtures.project(manager, "接口项目", MON).phase("阶段").module("模块")
                .task("接口任务", owner, MON, MON.plusDays(4)).activate();
        taskId = jdbc.queryForObject("select id from work_item where project_id = ? and name = '接口任务'", Long.class,
                projectId);
    }

    @AfterEach
    void signOut() {
        clock.reset();
        SignIn.out();
    }

    private String tokenOf(Person person, int days) {
        SignIn.as(users, person.getUsername());
        try {
            return tokens.create("test", days).token();
        } finally {
            SignIn.out();
        }
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    private int percentOfTask() {
        return jdbc.queryForObject("select percent_complete from work_item where id = ?", Integer.class, taskId);
    }

    @Test
    void a_token_reads_as_its_person_until_it_is_revoked() throws Exception {
        String token = tokenOf(owner, 30);

        HttpResponse<String> projects = api.get("/api/v1/projects", token);
        assertThat(projects.statusCode()).isEqualTo(200);
        assertThat(body(projects).findValuesAsText("name")).anyMatch(n -> n.startsWith("接口项目"));
        assertThat(projects.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        SignIn.as(users, owner.getUsername());
        assertThat(tokens.mine()).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        assertThat(jdbc.queryForObject("select token_hash from api_token where person_id = ?", String.class,
                owner.getId())).isEqualTo(ApiTokenService.sha256(token)).doesNotContain(token);

        tokens.revoke(tokens.mine().get(0).id());
        SignIn.out();

        HttpResponse<String> refused = api.get("/api/v1/projects", token);
        assertProblem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void a_token_stops_at_its_expiry() {
        String token = tokenOf(owner, 30);
        assertThat(api.get("/api/v1/projects", token).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofDays(30).plusMinutes(1));

        assertProblem(api.get("/api/v1/projects", token), 401);
    }

    @Test
    void a_disabled_persons_token_signs_in_no_more() {
        Person leaving = fixtures.member("api-leaving", "接口离职");
        String token = tokenOf(leaving, 90);
        assertThat(api.get("/api/v1/projects", token).statusCode()).isEqualTo(200);

        SignIn.as(users, "admin");
        Person current = people.person(leaving.getId()).orElseThrow();
        PersonDetails details = PersonDetails.of(current);
        details.setEnabled(false);
        people.update(current.getId(), current.getVersion(), details);
        SignIn.out();

        assertProblem(api.get("/api/v1/projects", token), 401);
    }

    @Test
    void no_token_or_a_made_up_one_is_refused_as_not_signed_in() throws Exception {
        HttpResponse<String> none = api.get("/api/v1/projects", null, "Accept-Language", "en");
        assertProblem(none, 401);
        JsonNode problem = body(none);
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("type").asText()).isEqualTo(ApiProblems.TYPE_BASE + "unauthorized");
        assertThat(problem.path("title").asText()).isEqualTo("Not signed in");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/projects");
        assertThat(none.headers().allValues("Set-Cookie")).isEmpty();

        String real = tokenOf(owner, 30);
        String forged = real.substring(0, real.length() - 2) + (real.endsWith("AA") ? "BB" : "AA");
        assertProblem(api.get("/api/v1/projects", forged), 401);
        assertProblem(api.get("/api/v1/projects", "ctp_nothing_here"), 401);
    }

    @Test
    void a_signed_in_browsers_session_cookie_opens_nothing_of_the_api() {
        com.campaigntracker.WebClient browser = new com.campaigntracker.WebClient(port);
        browser.signIn(owner.getUsername(), Fixtures.PASSWORD);
        assertThat(browser.sessionId()).isPresent();

        assertProblem(browser.get("/api/v1/projects"), 401);
        assertProblem(browser.postJson("/api/v1/projects/" + projectId + "/comments"), 401);
        assertThat(jdbc.queryForObject("select count(*) from discussion_comment where project_id = ?", Long.class,
                projectId)).isZero();
    }

    @Test
    void bad_fields_are_named_in_the_callers_language_and_nothing_changes() throws Exception {
        String token = tokenOf(owner, 30);
        String etag = api.get("/api/v1/tasks/" + taskId, token).headers().firstValue("ETag").orElseThrow();
        String bad = "{\"percent\": 150, \"status\": \"HALF\"}";

        HttpResponse<String> en = api.post("/api/v1/tasks/" + taskId + "/progress", token, bad,
                "If-Match", etag, "Accept-Language", "en");
        assertProblem(en, 400);
        JsonNode errors = body(en).path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("percent", "status");
        assertThat(errors.get(0).path("message").asText()).isEqualTo("A whole number from 0 to 100.");

        HttpResponse<String> zh = api.post("/api/v1/tasks/" + taskId + "/progress", token, bad,
                "If-Match", etag, "Accept-Language", "zh-CN,zh;q=0.9");
        assertProblem(zh, 400);
        assertThat(body(zh).path("errors").get(0).path("message").asText()).isEqualTo("0 到 100 之间的整数。");
        assertThat(body(zh).path("title").asText()).isEqualTo("请求无效");

        assertProblem(api.post("/api/v1/tasks/" + taskId + "/progress", token, "{not json", "If-Match", etag), 400);
        assertThat(percentOfTask()).isZero();
    }

    @Test
    void an_update_needs_the_etag_it_read_and_a_stale_one_changes_nothing() throws Exception {
        String token = tokenOf(owner, 30);
        HttpResponse<String> read = api.get("/api/v1/tasks/" + taskId, token);
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + body(read).path("version").asLong() + "\"");
        String update = "{\"percent\": 40, \"status\": \"IN_PROGRESS\", \"note\": \"through the API\"}";

        assertProblem(api.post("/api/v1/tasks/" + taskId + "/progress", token, update), 428);
        assertThat(percentOfTask()).isZero();

        HttpResponse<String> done = api.post("/api/v1/tasks/" + taskId + "/progress", token, update, "If-Match", etag);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(body(done).path("percentComplete").asInt()).isEqualTo(40);
        String newEtag = done.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag);
        assertThat(percentOfTask()).isEqualTo(40);

        HttpResponse<String> stale = api.post("/api/v1/tasks/" + taskId + "/progress", token,
                "{\"percent\": 90, \"status\": \"IN_PROGRESS\"}", "If-Match", etag);
        assertProblem(stale, 412);
        assertThat(percentOfTask()).isEqualTo(40);
        assertThat(api.get("/api/v1/tasks/" + taskId, token).headers().firstValue("ETag")).hasValue(newEtag);
    }

    @Test
    void the_tree_and_the_warnings_come_with_dates_owners_and_dependencies() throws Exception {
        String token = tokenOf(manager, 30);

        JsonNode tree = body(api.get("/api/v1/projects/" + projectId + "/tree", token));
        assertThat(tree.path("project").path("id").asLong()).isEqualTo(projectId);
        JsonNode task = tree.path("items").get(0).path("children").get(0).path("children").get(0);
        assertThat(task.path("id").asLong()).isEqualTo(taskId);
        assertThat(task.path("level").asText()).isEqualTo("TASK");
        assertThat(task.path("plannedStart").asText()).isEqualTo(MON.toString());
        assertThat(task.path("owner").path("id").asLong()).isEqualTo(owner.getId());
        assertThat(tree.has("dependencies")).isTrue();

        JsonNode warnings = body(api.get("/api/v1/projects/" + projectId + "/warnings", token));
        assertThat(warnings.path("warnings").isArray()).isTrue();
        assertThat(warnings.path("explanations").isArray()).isTrue();
    }

    @Test
    void a_token_over_its_allowance_is_told_when_to_come_back() throws Exception {
        String token = tokenOf(owner, 30);
        HttpResponse<String> last = null;
        for (int i = 0; i < 1000 && (last == null || last.statusCode() != 429); i++) {
            last = api.get("/api/v1/tasks/0", token);
        }
        assertProblem(last, 429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(body(last).path("type").asText()).isEqualTo(ApiProblems.TYPE_BASE + "too-many-requests");

        assertThat(api.get("/api/v1/tasks/0", tokenOf(manager, 30)).statusCode()).as("another token counts apart")
                .isEqualTo(404);
    }

    @Test
    void the_openapi_document_and_its_page_are_open_and_list_every_call() throws Exception {
        HttpResponse<String> doc = api.get("/api/v1/openapi.json", null);
        assertThat(doc.statusCode()).as(doc.body()).isEqualTo(200);
        JsonNode paths = body(doc).path("paths");
        assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/api/v1/projects",
                "/api/v1/projects/{projectId}/tree", "/api/v1/projects/{projectId}/warnings",
                "/api/v1/projects/{projectId}/comments", "/api/v1/tasks/{taskId}",
                "/api/v1/tasks/{taskId}/progress", "/api/v1/tasks/{taskId}/comments");
        assertThat(body(doc).path("components").path("securitySchemes").has("token")).isTrue();

        HttpResponse<String> page = api.get("/api/v1/docs", null);
        List<String> hops = new ArrayList<>();
        while (page.statusCode() / 100 == 3 && hops.size() < 3) {
            String location = page.headers().firstValue("Location").orElseThrow();
            hops.add(location);
            page = api.get(location.replaceFirst("^https?://[^/]+", ""), null);
        }
        assertThat(page.statusCode()).as(hops.toString()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");

        HttpResponse<String> springdocDefault = api.get("/v3/api-docs", null);
        assertThat(springdocDefault.body()).doesNotContain("\"openapi\"");
        assertThat(api.get("/login", null).statusCode()).as("Vaadin's login page still answers").isEqualTo(200);
    }
}
