package com.campaigntracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.report.ReviewReportService;
import com.campaigntracker.shared.db.EmbeddedMariaDb;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.warning.WarningService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 10, health and metrics: liveness and readiness answer anyone with UP (readiness asks the
 * database; its details only for an administrator); Prometheus metrics — requests, open sessions,
 * scan durations, report generation, warnings raised — need the scrape account or an administrator;
 * a member and a wrong password are refused. Every response carries its request id.
 */
class OperationsIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    WarningService warnings;
    @Autowired
    ReviewReportService reports;
    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${app.data-dir}")
    String dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void out() {
        SignIn.out();
    }

    @Test
    void liveness_and_readiness_are_open_and_readiness_includes_the_database() throws Exception {
        HttpResponse<String> live = get("/actuator/health/liveness", null);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> ready = get("/actuator/health/readiness", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").doesNotContain("MariaDB");
        HttpResponse<String> detailed = get("/actuator/health/readiness", basic("admin", "admin"));
        assertThat(detailed.body()).contains("\"db\"").contains("MariaDB");
        assertThat(live.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(get("/actuator/health/liveness", null, "X-Request-Id", "lb-4711").headers()
                .firstValue("X-Request-Id")).contains("lb-4711");
    }

    @Test
    void metrics_need_the_scrape_account_or_an_administrator() throws Exception {
        HttpResponse<String> refused = get("/actuator/prometheus", null, "X-Request-Id", "lb-0401");
        assertThat(refused.statusCode()).isEqualTo(401);
        // answered by Spring Security itself, and still with its request id
        assertThat(refused.headers().firstValue("X-Request-Id")).contains("lb-0401");
        assertThat(get("/actuator/prometheus", basic("metrics", "wrong")).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("xiaoli", "demo")).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", basic("xiaoli", "demo")).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", basic("admin", "admin")).statusCode()).isEqualTo(200);

        // a scan, a report and a page served: their figures are there for the scraper
        SystemActor.call(warnings::scan);
        SignIn.as(users, "zhang");
        long project = projects.visibleProjects(true).stream()
                .filter(p -> p.name().equals("中秋节礼盒促销")).findFirst().orElseThrow().id();
        assertThat(reports.pdf(project, Locale.SIMPLIFIED_CHINESE)).isPresent();
        get("/login", null);

        HttpResponse<String> scraped = get("/actuator/prometheus", basic("metrics", OPERATIONS_SCRAPE_PASSWORD));
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body())
                .contains("http_server_requests_seconds_bucket{")
                .contains("application=\"campaign-tracker\"")
                .contains("campaign_sessions_active{")
                .contains("campaign_warning_scan_seconds_count{")
                .containsPattern("campaign_report_generation_seconds_count\\{[^}]*outcome=\"success\"")
                .contains("campaign_warnings_raised_total{")
                .contains("hikaricp_connections_active{");
    }

    @Test
    void the_database_check_counts_every_base_table_and_finds_the_archived_reports_intact() {
        DatabaseTarget target = new DatabaseTarget("127.0.0.1", database.port(), database.credentials().user(),
                database.credentials().password(), "campaign_tracker", null);
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = database() and table_type = 'BASE TABLE'", String.class);

        DatabaseBackup.Contents contents = DatabaseBackup.check(target);

        assertThat(contents.rows().keySet()).containsExactlyInAnyOrderElementsOf(tables)
                .contains("shedlock", "report_archive", "flyway_schema_history");
        assertThat(contents.rows().get("flyway_schema_history")).isPositive();
        assertThat(contents.damagedReports()).isEmpty();
    }

    @Test
    void the_database_check_puts_each_task_files_pieces_together_and_names_a_file_they_no_longer_give()
            throws Exception {
        DatabaseTarget target = new DatabaseTarget("127.0.0.1", database.port(), database.credentials().user(),
                database.credentials().password(), "campaign_tracker", null);
        long project = jdbc.queryForObject("select min(id) from project", Long.class);
        long person = jdbc.queryForObject("select min(id) from person", Long.class);
        byte[] first = "第一块".getBytes(StandardCharsets.UTF_8);
        byte[] second = "second piece".getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[first.length + second.length];
        System.arraycopy(first, 0, whole, 0, first.length);
        System.arraycopy(second, 0, whole, first.length, second.length);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(whole));
        String key = "ops0check0" + System.nanoTime();
        key = key.substring(0, Math.min(32, key.length()));
        jdbc.update("insert into task_file (project_id, work_item_id, item_name, name, version_no, size_bytes, sha256,"
                + " content_type, preview, store, storage_key, uploaded_by_id, uploaded_at) values"
                + " (?, -1, 'ops', 'check.txt', 1, ?, ?, 'text/plain', false, 'database', ?, ?, now(6))",
                project, whole.length, sha, key, person);
        long id = jdbc.queryForObject("select id from task_file where storage_key = ?", Long.class, key);
        try {
            jdbc.update("insert into file_chunk (storage_key, seq, data) values (?, 1, ?), (?, 0, ?)",
                    key, second, key, first); // written out of order: read back by seq
            assertThat(DatabaseBackup.check(target).damagedFiles()).doesNotContain(id);
            jdbc.update("update file_chunk set data = ? where storage_key = ? and seq = 1",
                    "another piece".getBytes(StandardCharsets.UTF_8), key);
            assertThat(DatabaseBackup.check(target).damagedFiles()).contains(id);
        } finally { // the backup check after the tests must find every file intact
            jdbc.update("delete from file_chunk where storage_key = ?", key);
            jdbc.update("delete from task_file where id = ?", id);
        }
    }

    @Test
    void the_database_tool_finds_the_running_apps_server_through_its_port_file() {
        assertThat(EmbeddedMariaDb.runningPort(Path.of(dataDir))).hasValue(database.port());
    }

    private HttpResponse<String> get(String path, String authorization, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
