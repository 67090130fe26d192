package com.campaigntracker.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirOwnershipTest {

    @TempDir
    Path dataDir;
    private Process process;

    @AfterEach
    void stopProcess() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private Path root() throws Exception {
        return Files.createDirectories(dataDir.resolve("mariadb"));
    }

    @Test
    void a_server_left_running_by_a_killed_app_is_stopped_before_a_new_start() throws Exception {
        Path root = root();
        // stands in for mariadbd: a live process whose command line names this data dir
        process = new ProcessBuilder("bash", "-c", "sleep 60; : " + root.resolve("data")).start();
        Files.writeString(DataDirOwnership.serverPidFile(root), Long.toString(process.pid()));
        Files.writeString(root.resolve("app.pid"), "999999999"); // the killed app: no such process

        DataDirOwnership.claim(root);

        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(root.resolve("app.pid"))).isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void a_live_process_that_is_not_our_server_is_left_alone() throws Exception {
        Path root = root();
        process = new ProcessBuilder("sleep", "60").start();
        Files.writeString(DataDirOwnership.serverPidFile(root), Long.toString(process.pid()));

        DataDirOwnership.claim(root);

        assertThat(process.isAlive()).isTrue();
    }

    @Test
    void a_second_running_app_on_the_same_data_dir_is_refused_with_what_to_do() throws Exception {
        Path root = root();
        Path sleeper = dataDir.resolve("Sleeper.java");
        Files.writeString(sleeper, "class Sleeper { public static void main(String[] a) throws Exception { Thread.sleep(60000); } }");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                sleeper.toString()).start();
        Files.writeString(root.resolve("app.pid"), Long.toString(process.pid()));

        assertThatThrownBy(() -> DataDirOwnership.claim(root))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("process " + process.pid())
                .satisfies(e -> assertThat(((EmbeddedDatabaseException) e).action()).contains("--app.data-dir"));
    }
}
