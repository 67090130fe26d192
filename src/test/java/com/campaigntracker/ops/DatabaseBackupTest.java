package com.campaigntracker.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore around the MariaDB client programs, here stand-in scripts: what is kept, refused and said. */
class DatabaseBackupTest {

    @TempDir
    Path dir;

    @Test
    void a_complete_dump_is_moved_into_place_with_its_sha256_and_no_partial_file_is_left() throws Exception {
        DatabaseTarget source = target(client("mariadb-dump",
                "printf 'CREATE TABLE t (id int);\\n-- Dump completed on 2026-01-01 10:00:00\\n'"));
        Path file = dir.resolve("backups/ct.sql.gz");

        String hash = DatabaseBackup.backup(source, file);

        assertThat(file).exists();
        assertThat(hash).isEqualTo(sha256(file));
        assertThat(Files.readString(dir.resolve("backups/ct.sql.gz.sha256"))).isEqualTo(hash + "  ct.sql.gz\n");
        assertThat(dir.resolve("backups/ct.sql.gz.partial")).doesNotExist();
    }

    @Test
    void a_backup_and_its_sha256_are_readable_by_their_owner_only_in_a_folder_created_for_them_alone() throws Exception {
        DatabaseTarget source = target(client("mariadb-dump",
                "printf 'CREATE TABLE person (password_hash varchar(100));\\n-- Dump completed on 2026-01-01 10:00:00\\n'"));
        Path file = dir.resolve("new/backups/ct.sql.gz");
        Files.writeString(Files.createDirectories(dir.resolve("old")).resolve("ct.sql.gz"), "an earlier backup, 0644");
        Path over = dir.resolve("old/ct.sql.gz");

        DatabaseBackup.backup(source, file);
        DatabaseBackup.backup(source, over);

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("new/backups/ct.sql.gz.sha256"))).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("new/backups"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("new"))).isEqualTo("rwx------");
        // a backup written over an older file of the name is owner-only too
        assertThat(mode(over)).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("old/ct.sql.gz.sha256"))).isEqualTo("rw-------");
    }

    @Test
    void the_password_reaches_the_client_in_an_option_file_of_mode_0600_never_in_its_arguments_or_environment()
            throws Exception {
        Path seen = dir.resolve("seen");
        DatabaseTarget source = new DatabaseTarget("127.0.0.1", 1, "root", "s3cr\"et\\pw", "campaign_tracker",
                client("mariadb-dump", "printf '%s\\n' \"$@\" > '" + seen + ".args'; env > '" + seen + ".env';"
                        + " f=\"${1#--defaults-extra-file=}\"; stat -c %a \"$f\" > '" + seen + ".mode';"
                        + " cat \"$f\" > '" + seen + ".options'; echo \"$f\" > '" + seen + ".path';"
                        + " printf 'SELECT 1;\\n-- Dump completed\\n'"), true);

        DatabaseBackup.backup(source, dir.resolve("ct.sql.gz"));

        assertThat(Files.readAllLines(Path.of(seen + ".args")).get(0)).startsWith("--defaults-extra-file=");
        assertThat(Files.readString(Path.of(seen + ".args"))).doesNotContain("s3cr");
        assertThat(Files.readString(Path.of(seen + ".env"))).doesNotContain("s3cr").doesNotContain("MYSQL_PWD");
        assertThat(Files.readString(Path.of(seen + ".mode")).strip()).isEqualTo("600");
        assertThat(Files.readString(Path.of(seen + ".options")))
                .isEqualTo("[client]\npassword=\"s3cr\\\"et\\\\pw\"\nskip-ssl\n");
        // gone once the client has finished
        assertThat(Path.of(Files.readString(Path.of(seen + ".path")).strip())).doesNotExist();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void a_dump_without_its_completed_line_is_not_kept_and_an_earlier_backup_stays() throws Exception {
        Path file = dir.resolve("ct.sql.gz");
        Files.writeString(file, "earlier backup");
        DatabaseTarget source = target(client("mariadb-dump", "printf 'CREATE TABLE t (id int);\\nINSERT INTO t'"));

        assertThatThrownBy(() -> DatabaseBackup.backup(source, file)).hasMessageContaining("-- Dump completed");

        assertThat(Files.readString(file)).isEqualTo("earlier backup");
        assertThat(dir.resolve("ct.sql.gz.partial")).doesNotExist();
        assertThat(dir.resolve("ct.sql.gz.sha256")).doesNotExist();
    }

    @Test
    void a_failing_dump_says_its_exit_code_and_errors_and_leaves_no_file() throws Exception {
        DatabaseTarget source = target(client("mariadb-dump",
                "printf 'CREATE TABLE t'; echo 'Got error: 2002: Cannot connect' >&2; exit 2"));
        Path file = dir.resolve("ct.sql.gz");

        assertThatThrownBy(() -> DatabaseBackup.backup(source, file))
                .hasMessageContaining("exit 2").hasMessageContaining("Cannot connect");

        assertThat(file).doesNotExist();
        assertThat(dir.resolve("ct.sql.gz.partial")).doesNotExist();
    }

    @Test
    void a_restore_without_the_sha256_beside_the_backup_is_refused_unless_told_not_to_verify() throws Exception {
        Path file = gzip("ct.sql.gz", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        DatabaseTarget unreachable = target(dir);

        assertThatThrownBy(() -> DatabaseBackup.restore(file, unreachable, true))
                .hasMessageContaining("ct.sql.gz.sha256").hasMessageContaining("--no-verify");
        // unverified, it goes on to the server (none here)
        assertThatThrownBy(() -> DatabaseBackup.restore(file, unreachable, false))
                .hasMessageContaining("Cannot reach");
    }

    @Test
    void a_backup_that_does_not_match_its_sha256_is_refused() throws Exception {
        Path file = gzip("ct.sql.gz", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("ct.sql.gz.sha256"), "00ff  ct.sql.gz\n");

        assertThatThrownBy(() -> DatabaseBackup.restore(file, target(dir), true))
                .hasMessageContaining("does not match its SHA-256");
    }

    @Test
    void a_backup_that_matches_its_sha256_passes() throws Exception {
        Path file = gzip("ct.sql.gz", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("ct.sql.gz.sha256"), sha256(file) + "  ct.sql.gz\n");

        // the mirror of the refusal above: the same check, with the right hash, lets the restore go on
        assertThatCode(() -> DatabaseBackup.verifyChecksum(file)).doesNotThrowAnyException();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_client_that_dies_early_is_reported_with_its_exit_code_and_errors() throws Exception {
        byte[] noise = new byte[8 * 1024 * 1024]; // far more than a pipe holds
        new Random(1).nextBytes(noise);
        Path file = gzip("big.sql.gz", noise);
        DatabaseTarget target = target(client("mariadb",
                "echo 'ERROR 1045 (28000): Access denied for user' >&2; exit 1"));

        assertThatThrownBy(() -> DatabaseBackup.load(file, target))
                .hasMessageContaining("exit 1").hasMessageContaining("Access denied for user");
    }

    @Test
    void a_client_that_reads_everything_and_succeeds_is_a_restore() throws Exception {
        // several of load's 64 KB buffers, so that a restore that sent only the first, or sent them
        // still compressed, is seen
        StringBuilder sql = new StringBuilder("CREATE TABLE t (id int, name varchar(40));\n");
        for (int i = 0; i < 10_000; i++) {
            sql.append("INSERT INTO t VALUES (").append(i).append(", '行 ").append(i).append("');\n");
        }
        byte[] bytes = sql.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(3 * 64 * 1024);
        Path file = gzip("ct.sql.gz", bytes);
        Path received = dir.resolve("received.sql");
        Path arguments = dir.resolve("arguments.txt");

        DatabaseBackup.load(file, target(client("mariadb",
                "printf '%s\\n' \"$@\" > '" + arguments + "'; cat > '" + received + "'")));

        assertThat(Files.readAllBytes(received)).isEqualTo(bytes); // the SQL itself, whole and uncompressed
        assertThat(Files.readAllLines(arguments)).contains("--host=127.0.0.1", "--port=1", "--user=root")
                .last().isEqualTo("campaign_tracker"); // into the target's database
    }

    private DatabaseTarget target(Path clientDir) {
        return new DatabaseTarget("127.0.0.1", 1, "root", "", "campaign_tracker", clientDir);
    }

    private Path client(String name, String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private Path gzip(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
