package com.campaigntracker.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The port file ops/DatabaseTool finds a running app's server by: there while the server runs, gone when it stops. */
class EmbeddedMariaDbIT {

    @Test
    void a_running_server_is_found_through_its_port_file_which_goes_when_the_server_stops() {
        Path dataDir = IntegrationTest.freshDataDir(Path.of("target", "embedded-db-it"));
        Path portFile = EmbeddedMariaDb.portFile(dataDir.resolve("mariadb"));

        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, 0)) {
            assertThat(portFile).hasContent(String.valueOf(server.port()));
            assertThat(EmbeddedMariaDb.runningPort(dataDir)).hasValue(server.port());
        }

        assertThat(portFile).doesNotExist();
        assertThat(EmbeddedMariaDb.runningPort(dataDir)).isEmpty();
    }

    @Test
    void a_stale_port_file_naming_a_port_where_no_server_answers_is_not_taken_for_a_running_server() throws Exception {
        Path dataDir = folderWithPortFile("1");

        assertThat(EmbeddedMariaDb.runningPort(dataDir)).isEmpty();
    }

    @Test
    void another_server_on_the_port_of_the_file_is_not_taken_for_this_folder_s_server() throws Exception {
        // a MariaDB of the test's own, serving other files, answers on the port that this folder's file names
        Path otherDataDir = IntegrationTest.freshDataDir(Path.of("target", "embedded-db-it"));
        try (EmbeddedMariaDb other = EmbeddedMariaDb.start(otherDataDir, 0)) {
            Path dataDir = folderWithPortFile(String.valueOf(other.port()));

            assertThat(EmbeddedMariaDb.runningPort(otherDataDir)).hasValue(other.port()); // it answers, for its own files
            assertThat(EmbeddedMariaDb.runningPort(dataDir)).isEmpty();
        }
    }

    /** An app data folder without a server, whose port file names {@code port}. */
    private static Path folderWithPortFile(String port) throws java.io.IOException {
        Path dataDir = Files.createTempDirectory("ct-port-file");
        Files.createDirectories(dataDir.resolve("mariadb"));
        Files.writeString(EmbeddedMariaDb.portFile(dataDir.resolve("mariadb")), port);
        return dataDir;
    }
}
