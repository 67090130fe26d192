package com.campaigntracker.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Application;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The app as an operator starts it, without demo data (H1): nobody with a known password exists and
 * admin/admin is refused; the first administrator comes from APP_INITIAL_ADMIN_PASSWORD (if it follows the
 * rules) or from the one-time set-up link printed in the log; a database that still holds the demo's accounts
 * has them disabled. Each test starts the app on a data folder of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartIT {

    /**
     * Each context started here installs its own Vaadin-aware SecurityContextHolder strategy (a static); put back
     * the shared test context's, or the tests after this one sign in where that context's method security does
     * not look.
     */
    private org.springframework.security.core.context.SecurityContextHolderStrategy shared;

    @org.junit.jupiter.api.BeforeEach
    void keepTheSharedStrategy() {
        shared = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    }

    @org.junit.jupiter.api.AfterEach
    void restoreTheSharedStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(shared);
    }

    private static final Pattern SETUP_LINK = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]{43})");

    @Test
    void without_demo_data_nobody_has_a_known_password_and_the_set_up_link_creates_the_administrator_once(
            CapturedOutput output) throws Exception {
        Path dir = IntegrationTest.freshDataDir(Path.of("target", "first-start-db"));
        try (ConfigurableApplicationContext app = start(dir)) {
            int port = port(app);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isZero();
            assertThat(signIn(port, "admin", "admin")).contains("error");
            assertThat(signIn(port, "zhang", "demo")).contains("error");

            Matcher link = SETUP_LINK.matcher(output.getAll());
            assertThat(link.find()).as("the log prints a set-up link").isTrue();
            String token = link.group(1);
            assertThat(jdbc.queryForList("select token_hash from setup_token", String.class))
                    .containsExactly(FirstAdministratorSetup.hash(token)); // only its hash is stored
            FirstAdministratorSetup setup = app.getBean(FirstAdministratorSetup.class);

            refused(() -> setup.createAdministrator("wrong-" + token, "boss", "老板", "amber-lantern-42"), "setup.error.token");
            refused(() -> setup.createAdministrator(token, "boss", "老板", "boss-password-1"), "password.error.username");
            refused(() -> setup.createAdministrator(token, "boss", "老板", "1234567890"), "password.error.common");
            assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isZero();

            // a link that was not used within a day works no more (the app's clock)
            String late = app.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                    .execute(s -> setup.issue());
            MutableClock clock = app.getBean(MutableClock.class);
            clock.advance(Duration.ofHours(25));
            refused(() -> setup.createAdministrator(late, "boss", "老板", "amber-lantern-42"), "setup.error.token");
            clock.reset();

            setup.createAdministrator(token, "boss", "老板", "amber-lantern-42");
            assertThat(signIn(port, "boss", "amber-lantern-42")).doesNotContain("error");
            assertThat(jdbc.queryForObject("select concat(role, ' ', enabled, ' ', password_change_required) from person"
                    + " where username = 'boss'", String.class)).isEqualTo("ADMIN 1 0"); // they chose it: no forced change
            assertThat(jdbc.queryForObject("select count(*) from admin_action where kind = 'PERSON_CREATED' and reason ="
                    + " 'set-up link'", Long.class)).isEqualTo(1);

            // used once: the same link, or another one, creates nobody else
            refused(() -> setup.createAdministrator(token, "boss2", "老板二", "amber-lantern-43"), "setup.error.token");
            String another = app.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                    .execute(s -> setup.issue());
            refused(() -> setup.createAdministrator(another, "boss2", "老板二", "amber-lantern-43"), "setup.error.done");
            assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(1);
        }

        // a later start with APP_INITIAL_ADMIN_PASSWORD: an administrator exists, so it is ignored, with a warning
        int before = output.getAll().length();
        try (ConfigurableApplicationContext app = start(dir, "--app.initial-admin-password=orchid-window-58")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from person", String.class)).containsExactly("boss");
            String since = output.getAll().substring(before);
            assertThat(since).contains("WARN").contains("app.initial-admin-password (APP_INITIAL_ADMIN_PASSWORD) is set but ignored");
            assertThat(SETUP_LINK.matcher(since).find()).isFalse();
        }
    }

    @Test
    void the_initial_administrator_password_from_the_environment_must_follow_the_rules_and_be_changed_at_first_sign_in()
            throws Exception {
        Path dir = IntegrationTest.freshDataDir(Path.of("target", "first-start-env-db"));
        assertThatThrownBy(() -> start(dir, "--app.initial-admin-password=admin12345").close())
                .hasStackTraceContaining("breaks the password rules");

        try (ConfigurableApplicationContext app = start(dir, "--app.initial-admin-password=orchid-window-58")) {
            int port = port(app);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            // the refused start created nobody; this one created admin, who must choose their own password
            assertThat(jdbc.queryForList("select concat(username, ' ', role, ' ', password_change_required) from person",
                    String.class)).containsExactly("admin ADMIN 1");
            assertThat(app.getBean(PasswordEncoder.class).matches("orchid-window-58",
                    jdbc.queryForObject("select password_hash from person", String.class))).isTrue();
            assertThat(signIn(port, "admin", "orchid-window-58")).doesNotContain("error");
            assertThat(jdbc.queryForObject("select count(*) from setup_token", Long.class)).isZero();
        }
    }

    @Test
    void a_database_that_still_holds_the_demo_accounts_has_them_disabled_outside_demo_mode(CapturedOutput output)
            throws Exception {
        Path dir = IntegrationTest.freshDataDir(Path.of("target", "first-start-demo-db"));
        try (ConfigurableApplicationContext app = start(dir, "--app.demo-data=true")) {
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from person where enabled",
                    Long.class)).isEqualTo(11);
        }
        try (ConfigurableApplicationContext app = start(dir)) {
            int port = port(app);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from person where enabled", Long.class)).isZero();
            assertThat(signIn(port, "admin", "admin")).contains("error");
            assertThat(signIn(port, "zhang", "demo")).contains("error");
            assertThat(jdbc.queryForObject("select count(*) from admin_action where kind = 'PERSON_CHANGED'"
                    + " and after_value like '%enabled: false%'", Long.class)).isEqualTo(11);
            assertThat(output.getAll()).contains("ERROR").contains("The account 'admin' still has a well-known default password");
            // and no administrator is left: the set-up link lets the operator in
            assertThat(SETUP_LINK.matcher(output.getAll()).find()).isTrue();
        }
    }

    /**
     * The app on a port it binds itself: a port found free beforehand could be taken by its embedded
     * MariaDB (which also takes a free port) before Tomcat binds it.
     */
    private static ConfigurableApplicationContext start(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + dir,
                "--app.scheduling.enabled=false", "--vaadin.devmode.devTools.enabled=false", "--spring.jmx.enabled=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class, IntegrationTest.TestClock.class).run(args.toArray(String[]::new));
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PeopleAdminException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** Where the login form sends the browser: containing "error" when the sign-in was refused. */
    private static String signIn(int port, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
