package com.campaigntracker.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Application;
import com.campaigntracker.CiEnvironment;
import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.WebClient;
import com.campaigntracker.files.TaskFileService.FileLine;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.crypto.SecretKeys;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two more instances of the app on this test's database, both storing files in a real S3-compatible
 * server (S3Proxy): a file uploaded on one is downloaded from the other, and so is one this instance
 * stored in the database; a failed upload leaves no object in the bucket.
 */
class FileStorageIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 6, 7);
    private static final String BUCKET = "ct-files-test";

    @Autowired
    Fixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskFileService files;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;
    @Autowired
    org.springframework.core.env.Environment environment;

    private final java.util.List<java.nio.file.Path> instanceDirs = new java.util.ArrayList<>();

    @AfterEach
    void signOut() {
        SignIn.out();
        instanceDirs.forEach(IntegrationTest::deleteRecursively);
    }

    @Test
    void every_instance_reads_what_another_stored_in_the_bucket_or_in_the_database() throws Exception {
        CiEnvironment.require(S3ProxyServer.available(), "FileStorageIT: no " + S3ProxyServer.JAR
                + " (the build copies it before the integration tests), so the S3 store is not tested");
        Person manager = fixtures.manager("store-m", "存储经理");
        Person owner = fixtures.member("store-r", "存储做事的人");
        Person outsider = fixtures.member("store-x", "存储外人");
        long projectId = fixtures.project(manager, "存储项目", MON).phase("阶段").module("模块")
                .task("主视觉设计", owner, MON, MON.plusDays(4)).create();
        SignIn.as(users, manager.getUsername());
        long taskId = projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals("主视觉设计")).mapToLong(WorkItemRow::id).findFirst().orElseThrow();
        SignIn.as(users, owner.getUsername());
        byte[] inDatabase = FilesIT.png(12);
        long databaseFileId = files.upload(taskId, "数据库里的.png", new ByteArrayInputStream(inDatabase)).id();

        String peopleBefore = people();
        SecurityContextHolderStrategy mine = SecurityContextHolder.getContextHolderStrategy();
        try (S3ProxyServer s3 = S3ProxyServer.start();
             ConfigurableApplicationContext first = instance(s3);
             ConfigurableApplicationContext second = instance(s3)) {
            byte[] inBucket = FilesIT.png(30);
            FileLine stored = as(first, owner, () -> first.getBean(TaskFileService.class)
                    .upload(taskId, "桶里的.png", new ByteArrayInputStream(inBucket)));
            String key = jdbc.queryForObject("select storage_key from task_file where id = ?", String.class, stored.id());
            assertThat(jdbc.queryForObject("select store from task_file where id = ?", String.class, stored.id()))
                    .isEqualTo("s3");
            assertThat(s3.keys(BUCKET)).containsExactly(key);
            assertThat(jdbc.queryForObject("select count(*) from file_chunk where storage_key = ?", Long.class, key))
                    .isZero();

            // a failed upload (over the instances' 64 KB limit) leaves no object and no row
            long rows = jdbc.queryForObject("select count(*) from task_file", Long.class);
            assertThatThrownBy(() -> as(first, owner, () -> first.getBean(TaskFileService.class)
                    .upload(taskId, "太大.zip", new FilesIT.CountingStream(10L * 1024 * 1024))))
                    .isInstanceOf(TranslatableException.class).hasMessageContaining("files.error.tooLarge");
            assertThat(s3.keys(BUCKET)).containsExactly(key);
            assertThat(jdbc.queryForObject("select count(*) from task_file", Long.class)).isEqualTo(rows);

            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            WebClient browser = new WebClient(secondPort);
            browser.signIn(manager.getUsername(), Fixtures.PASSWORD);
            HttpResponse<byte[]> fromBucket = browser.getBytes("/files/" + stored.id());
            assertThat(fromBucket.statusCode()).isEqualTo(200);
            assertThat(fromBucket.body()).isEqualTo(inBucket);
            assertThat(browser.getBytes("/files/" + databaseFileId).body()).as("stored in the database by this instance")
                    .isEqualTo(inDatabase);
            WebClient stranger = new WebClient(secondPort);
            stranger.signIn(outsider.getUsername(), Fixtures.PASSWORD);
            assertThat(stranger.getBytes("/files/" + stored.id()).statusCode()).isEqualTo(404);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(mine);
        }
        assertThat(people()).as("the other instances changed nobody's account in the shared database")
                .isEqualTo(peopleBefore);
    }

    private String people() {
        return String.join("\n", jdbc.queryForList("select concat_ws('|', id, username, role, enabled, password_hash)"
                + " from person order by id", String.class));
    }

    /**
     * Another instance of the app on this test's database, storing files in the S3Proxy bucket. As several
     * instances of one deployment do, it shares this instance's secret key and demo setting: with the demo
     * off it would disable the demo's accounts in the shared database, and other tests sign in by them.
     */
    private ConfigurableApplicationContext instance(S3ProxyServer s3) throws java.io.IOException {
        HikariDataSource db = (HikariDataSource) dataSource;
        String key = java.nio.file.Files.readString(java.nio.file.Path.of(environment.getProperty("app.data-dir"))
                .resolve(SecretKeys.KEY_FILE)).strip();
        java.nio.file.Path ownDir = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "instance-");
        instanceDirs.add(ownDir);
        // as arguments: they win over application.properties (which turns the demo off), as a deployment's do
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + db.getJdbcUrl(), "--spring.datasource.username=" + db.getUsername(),
                "--spring.datasource.password=" + db.getPassword(), "--app.secret-key=" + key,
                "--app.data-dir=" + ownDir.toAbsolutePath(), "--app.scheduling.enabled=false", "--app.demo-data=true",
                "--app.metrics.password=" + OPERATIONS_SCRAPE_PASSWORD, "--vaadin.devmode.devTools.enabled=false",
                "--app.files.store=s3", "--app.files.max-size=64KB", "--app.files.s3.endpoint=" + s3.endpoint(),
                "--app.files.s3.bucket=" + BUCKET, "--app.files.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
                "--app.files.s3.secret-key=" + S3ProxyServer.SECRET_KEY);
    }

    /** Runs as the person on that instance: its own security context holder, as its requests would have. */
    private static <T> T as(ConfigurableApplicationContext app, Person person, java.util.function.Supplier<T> work) {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
        try {
            SignIn.as(app.getBean(UserDetailsService.class), person.getUsername());
            return work.get();
        } finally {
            SignIn.out();
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
