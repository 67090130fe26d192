package com.campaigntracker.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Application;
import com.campaigntracker.CiEnvironment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The production path: SPRING_DATASOURCE_URL names an external MariaDB, here the server on
 * 127.0.0.1:3306 of these machines (root, empty password). Where none answers this fails on the CI
 * (CI=true), which must run that path, and is skipped, saying why, on a developer's machine.
 */
class ExternalMariaDbIT {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 3306;
    /** Its own per test JVM: two builds on one machine share the server. */
    private static final String DATABASE = "campaign_tracker_external_it_" + ProcessHandle.current().pid();

    @BeforeAll
    static void requireServer() {
        CiEnvironment.require(answers(), "ExternalMariaDbIT: no MariaDB lets root in without a password at " + HOST
                + ":" + PORT + ", so the external-database path is not tested here");
    }

    @Test
    void with_a_datasource_url_the_app_migrates_that_database_starts_no_embedded_server_and_loads_no_demo_data_but_a_first_admin()
            throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties("spring.datasource.url=jdbc:mariadb://" + HOST + ":" + PORT + "/" + DATABASE,
                        "spring.datasource.username=root", "spring.datasource.password=",
                        "app.initial-admin-password=first-secret")
                .run("--server.port=0")) {
            assertThat(app.getBeanNamesForType(EmbeddedMariaDb.class)).isEmpty();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(DATABASE);
            assertThat(jdbc.queryForList("select version from flyway_schema_history where success = 1", String.class))
                    .contains("1", "2");
            assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isZero();
            // nobody but the first administrator, who can sign in with the configured password
            assertThat(jdbc.queryForList("select username from person", String.class)).containsExactly("admin");
            String hash = jdbc.queryForObject("select password_hash from person", String.class);
            assertThat(app.getBean(PasswordEncoder.class).matches("first-secret", hash)).isTrue();
            // ... and must choose their own at the first sign-in (H1)
            assertThat(jdbc.queryForObject("select password_change_required from person", Boolean.class)).isTrue();
        } finally {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/", "root", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }

    /** A server that lets this test in, not merely an open port. */
    private static boolean answers() {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT
                + "/?connectTimeout=2000&socketTimeout=5000", "root", "")) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
