package com.campaigntracker.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.ops.DatabaseBackup;
import com.campaigntracker.ops.DatabaseTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19, M5: the app's own embedded MariaDB, attacked the way any local user could: on its port
 * (from {@code <data-dir>/mariadb/port}) root without a password, root with a wrong one and an anonymous
 * account are refused; only the password kept in {@code credentials.properties} (0600, folder 0700) gets in,
 * and that is what the app runs on. Even with it, SELECT ... INTO OUTFILE cannot write outside the data folder.
 */
class EmbeddedDatabaseAccessIT extends IntegrationTest {

    @Value("${app.data-dir}")
    String dataDir;
    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    JdbcTemplate jdbc;

    private Path root() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("mariadb");
    }

    private String url() throws Exception {
        return "jdbc:mariadb://127.0.0.1:" + Files.readString(EmbeddedMariaDb.portFile(root())).strip()
                + "/campaign_tracker?connectTimeout=5000";
    }

    @Test
    void root_without_a_password_root_with_a_wrong_one_and_an_anonymous_account_are_refused_on_its_port() throws Exception {
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "root", "wrong-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "mariadb.sys", "").close())
                .isInstanceOf(SQLException.class);

        // the password of the file gets in, to the very database the app runs on
        EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.of(Path.of(dataDir)).orElseThrow();
        try (Connection c = DriverManager.getConnection(url(), credentials.user(), credentials.password());
             Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history", Long.class));
        }
    }

    @Test
    void the_password_is_in_a_file_of_its_owner_only_in_a_folder_of_its_owner_only_and_the_app_runs_with_it() throws Exception {
        Path file = EmbeddedDatabaseCredentials.file(root());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root()))).isEqualTo("rwx------");
        assertThat(server.credentials()).isEqualTo(EmbeddedDatabaseCredentials.of(Path.of(dataDir)).orElseThrow());
        assertThat(server.credentials().password()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo("root");
        assertThat(server.credentials().toString()).doesNotContain(server.credentials().password());
        // the SQL that set it at the server's start is gone
        try (var files = Files.list(root())) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("accounts-init.sql");
        }
        // the app is connected as that account, over TCP on the loopback address
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).isEqualTo("root@127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT @@skip_grant_tables", Integer.class)).isZero();
    }

    @Test
    void select_into_outfile_cannot_write_outside_the_data_folder_even_for_the_apps_account() throws Exception {
        Path outside = Path.of("/tmp", "ct-outfile-" + System.nanoTime());

        assertThatThrownBy(() -> jdbc.execute("SELECT 'owned' INTO OUTFILE '" + outside + "'"))
                .hasMessageContaining("secure-file-priv");
        assertThatThrownBy(() -> jdbc.execute("SELECT 'owned' INTO OUTFILE '/etc/cron.d/ct-" + System.nanoTime() + "'"))
                .hasMessageContaining("secure-file-priv");
        assertThat(outside).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT LOAD_FILE('/etc/passwd')", String.class)).isNull();
        assertThat(Path.of(jdbc.queryForObject("SELECT @@secure_file_priv", String.class)))
                .isEqualTo(root().resolve("files"));
    }

    @Test
    void a_backup_of_the_running_server_with_its_password_in_an_option_file_is_complete_and_owner_only() throws Exception {
        EmbeddedDatabaseCredentials credentials = server.credentials();
        DatabaseTarget target = new DatabaseTarget("127.0.0.1", server.port(), credentials.user(), credentials.password(),
                "campaign_tracker", EmbeddedMariaDb.clientDir(Path.of(dataDir)), true);
        Path dir = Path.of("target", "embedded-backup-it-" + ProcessHandle.current().pid(), "backups");
        Path file = dir.resolve("ct.sql.gz");
        try {
            DatabaseBackup.backup(target, file);

            try (var sql = new GZIPInputStream(Files.newInputStream(file))) {
                String text = new String(sql.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).contains("CREATE TABLE `admin_action`").contains("-- Dump completed");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(file + ".sha256"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        } finally {
            IntegrationTest.deleteRecursively(dir.getParent());
        }
    }
}
