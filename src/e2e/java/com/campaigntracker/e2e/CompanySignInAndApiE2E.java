package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.CompanyIdentityProvider;
import com.campaigntracker.Fixtures;
import com.campaigntracker.people.Person;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member of this test's own project signs in with the company account (the tests' OIDC provider) and is
 * linked to their account by their verified e-mail address; on My account they make an API token; with it a script reads the
 * project's plan and reports progress on their task; the browser then shows that progress on My tasks.
 */
class CompanySignInAndApiE2E extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_person_signed_in_with_the_company_account_updates_a_task_through_the_api_and_sees_it_in_the_app()
            throws Exception {
        LocalDate today = LocalDate.now(clock);
        Person manager = fixtures.manager("api-e2e-pm", "接口演练经理");
        Person member = fixtures.member("api-e2e", "接口演练员");
        long projectId = fixtures.project(manager, "接口演练项目", today.minusDays(2)).phase("执行").module("投放")
                .task("信息流素材上线", member, today.minusDays(2), today.plusDays(6)).activate();

        String email = member.getUsername() + "@example.com";
        jdbc.update("update person set email = ? where id = ?", email, member.getId());
        CompanyIdentityProvider.next("e2e-subject-" + member.getId(), Map.of("preferred_username", member.getUsername(),
                "name", "接口演练员", "email", email, "email_verified", true));
        String token;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByText("使用企业账号登录").click();
            page.waitForURL(u -> !u.contains("/login") && u.startsWith(url("/")));
            assertThat(jdbc.queryForObject("select directory_source from person where id = ?", String.class,
                    member.getId())).as("linked by the verified e-mail address").isEqualTo("OIDC");

            page.navigate(url("/account"));
            page.locator("#api-token-name input").fill("周报脚本");
            page.locator("#api-token-create").click();
            Locator shown = page.locator("#api-token-new input");
            assertThat(shown).not().hasValue("");
            token = shown.inputValue();

            // a script with the token: the plan, the task's version, then the update
            HttpResponse<String> plan = call("GET", "/api/v1/projects/" + projectId + "/tree", token, null, null);
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
            JsonNode tree = JSON.readTree(plan.body());
            JsonNode task = find(tree.get("items"), "信息流素材上线");
            assertThat(task).as(plan.body()).isNotNull();
            HttpResponse<String> read = call("GET", "/api/v1/tasks/" + task.get("id").asLong(), token, null, null);
            String etag = read.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> update = call("POST", "/api/v1/tasks/" + task.get("id").asLong() + "/progress", token,
                    etag, "{\"percent\": 60, \"status\": \"IN_PROGRESS\", \"note\": \"通过接口更新\"}");
            assertThat(update.statusCode()).as(update.body()).isEqualTo(200);

            page.navigate(url("/my-tasks"));
            Locator card = page.locator(".task-card").filter(new Locator.FilterOptions().setHasText("信息流素材上线"));
            assertThat(card.locator(".percent-label")).hasText("60%");
        }
    }

    /** The row of that name in the tree of phases, modules and tasks (each with its children). */
    private static JsonNode find(JsonNode items, String name) {
        for (JsonNode item : items) {
            JsonNode found = item.get("name").asText().equals(name) ? item : find(item.get("children"), name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private HttpResponse<String> call(String method, String path, String token, String ifMatch, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
