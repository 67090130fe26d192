package com.campaigntracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Over real HTTP, as a browser meets the app. */
class SecurityIT extends IntegrationTest {

    @Autowired SignInThrottle throttle;
    @Autowired JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/projects", "/projects/1/plan", "/no-such-view"})
    void an_unauthenticated_request_to_any_view_lands_on_the_login_page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void the_login_page_itself_is_open() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_returns_to_the_login_page_with_an_error() throws Exception {
        HttpResponse<String> response = login("zhang", "wrong");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(get("/projects").statusCode()).isEqualTo(302);
    }

    @Test
    void a_sign_in_whose_turn_does_not_come_is_sent_back_as_busy_whether_the_name_exists_or_not() throws Exception {
        String name = "busy-nobody"; // no such person
        try {
            for (int i = 0; i < 5; i++) { // five checks of the name in flight that do not land
                assertThat(throttle.begin(name, "192.0.2.4" + i).allowed()).isTrue();
            }

            HttpResponse<String> response = login(name, "whatever");

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?busy"));
            assertThat(get("/login?busy").statusCode()).isEqualTo(200);
            assertThat(throttle.standing(name, "192.0.2.49").locked()).as("nothing counted as a failure").isFalse();
        } finally {
            jdbc.update("delete from sign_in_check where name = ? or name like '192.0.2.4_'", name);
            jdbc.update("delete from sign_in_failure where name = ? or name like '192.0.2.4_'", name);
        }
    }

    @Test
    void the_right_password_opens_the_app_with_an_http_only_session_cookie() throws Exception {
        HttpResponse<String> response = login("zhang", "demo");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly"));
        assertThat(get("/projects").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
