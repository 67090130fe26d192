package com.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every relationship against every call of the API, over real HTTP with each person's own token: an
 * administrator, the project's manager, the task's owner (R), another member of the project (owner of
 * another task), and an outsider. A project of its own per case. What the person may not see is 404, what
 * they see but may not change is 403; a refusal leaves the task and the discussion exactly as they were,
 * and an allowed write changes its part.
 */
class ApiAuthorizationMatrixIT extends IntegrationTest {

    enum Who { ADMIN, MANAGER, OWNER, OTHER_MEMBER, OUTSIDER }

    enum Call { PROJECTS, TREE, WARNINGS, TASK, PROGRESS, COMMENT_ON_TASK, COMMENT_ON_PROJECT }

    private static final LocalDate MON = LocalDate.of(2027, 10, 4);

    /** The status each person gets for each call. */
    private static final Map<Who, Map<Call, Integer>> EXPECTED = new EnumMap<>(Map.of(
            Who.ADMIN, all(200, 200, 200, 200, 200, 201, 201),
            Who.MANAGER, all(200, 200, 200, 200, 200, 201, 201),
            Who.OWNER, all(200, 200, 200, 200, 200, 201, 201),
            Who.OTHER_MEMBER, all(200, 200, 200, 200, 403, 201, 201),
            Who.OUTSIDER, all(200, 404, 404, 404, 404, 404, 404)));

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private static Map<Call, Integer> all(int... statuses) {
        Map<Call, Integer> m = new EnumMap<>(Call.class);
        for (Call c : Call.values()) {
            m.put(c, statuses[c.ordinal()]);
        }
        return m;
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void every_call_answers_as_the_ui_would_and_refusals_change_nothing(Who who) {
        Person manager = fixtures.manager("apimx-pm", "矩阵经理");
        Person owner = fixtures.member("apimx-r", "矩阵执行人");
        Person other = fixtures.member("apimx-o", "矩阵成员");
        Person outsider = fixtures.member("apimx-x", "矩阵局外人");
        long projectId = fixtures.project(manager, "矩阵项目", MON).phase("阶段").module("模块")
                .task("矩阵甲", owner, MON, MON.plusDays(4)).task("矩阵乙", other, MON, MON.plusDays(4)).activate();
        long taskId = jdbc.queryForObject("select id from work_item where project_id = ? and name = '矩阵甲'",
                Long.class, projectId);
        String username = switch (who) {
            case ADMIN -> "admin";
            case MANAGER -> manager.getUsername();
            case OWNER -> owner.getUsername();
            case OTHER_MEMBER -> other.getUsername();
            case OUTSIDER -> outsider.getUsername();
        };
        SignIn.as(users, username);
        String token = tokens.create("matrix", 30).token();
        SignIn.out();
        ApiClient api = new ApiClient(port);
        String etag = "\"" + jdbc.queryForObject("select version from work_item where id = ?", Long.class, taskId) + "\"";

        for (Call call : Call.values()) {
            List<Object> before = state(projectId, taskId);
            HttpResponse<String> r = switch (call) {
                case PROJECTS -> api.get("/api/v1/projects", token);
                case TREE -> api.get("/api/v1/projects/" + projectId + "/tree", token);
                case WARNINGS -> api.get("/api/v1/projects/" + projectId + "/warnings", token);
                case TASK -> api.get("/api/v1/tasks/" + taskId, token);
                case PROGRESS -> api.post("/api/v1/tasks/" + taskId + "/progress", token,
                        "{\"percent\": 30, \"status\": \"IN_PROGRESS\"}", "If-Match", etag);
                case COMMENT_ON_TASK -> api.post("/api/v1/tasks/" + taskId + "/comments", token,
                        "{\"text\": \"矩阵评论\"}");
                case COMMENT_ON_PROJECT -> api.post("/api/v1/projects/" + projectId + "/comments", token,
                        "{\"text\": \"矩阵项目评论\"}");
            };
            int expected = EXPECTED.get(who).get(call);
            assertThat(r.statusCode()).as(who + " " + call + ": " + r.body()).isEqualTo(expected);
            List<Object> after = state(projectId, taskId);
            if (expected >= 400 || call.name().startsWith("PROJECTS") || call == Call.TREE || call == Call.WARNINGS
                    || call == Call.TASK) {
                assertThat(after).as(who + " " + call + " changes nothing").isEqualTo(before);
            } else {
                assertThat(after).as(who + " " + call + " changes its part").isNotEqualTo(before);
            }
            if (expected >= 400) {
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                        t -> assertThat(t).startsWith("application/problem+json"));
            }
            if (call == Call.PROJECTS) {
                assertThat(r.body().contains("矩阵项目")).as(who + " sees the project in the list")
                        .isEqualTo(who != Who.OUTSIDER);
            }
        }
    }

    /** The task's version and %, and the project's comments: what any of the calls could change. */
    private List<Object> state(long projectId, long taskId) {
        return List.of(
                jdbc.queryForMap("select version, percent_complete, status from work_item where id = ?", taskId),
                jdbc.queryForObject("select count(*) from discussion_comment where project_id = ?", Long.class,
                        projectId));
    }
}
