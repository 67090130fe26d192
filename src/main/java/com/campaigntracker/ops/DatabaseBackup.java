package com.campaigntracker.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Backup and restore of the whole database with MariaDB's own tools: {@code mariadb-dump} in one
 * consistent transaction (InnoDB) into a gzip file with its SHA-256 beside it, and {@code mariadb}
 * to load it into an empty database. {@link #check} counts what came back and re-hashes every
 * archived report, so a restore is shown complete, not assumed.
 */
public final class DatabaseBackup {

    /** The tables whose rows a restore is checked by: plans, their history, decisions and archive. */
    static final List<String> COUNTED = List.of("person", "project", "work_item", "work_item_aud", "dependency",
            "raci_assignment", "progress_update", "risk_point", "warning", "deviation_explanation", "escalation",
            "retrospective", "report_archive", "plan_template", "audit_revision", "flyway_schema_history");

    /** What a database holds: rows per counted table, and archived reports whose bytes no longer match their hash. */
    public record Contents(Map<String, Long> rows, List<Long> damagedReports) {
    }

    private DatabaseBackup() {
    }

    /** Dumps the database into {@code file} (gzip); returns the file's SHA-256, also written to {@code file.sha256}. */
    public static String backup(DatabaseTarget source, Path file) {
        List<String> command = List.of(source.program("mariadb-dump"), "--protocol=TCP", "--host=" + source.host(),
                "--port=" + source.port(), "--user=" + source.user(), "--single-transaction", "--quick",
                "--routines", "--triggers", "--hex-blob", "--no-tablespaces", "--default-character-set=utf8mb4",
                source.database());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Process dump = start(command, source.password());
            CompletableFuture<String> errors = drain(dump.getErrorStream());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream sql = dump.getInputStream();
                 OutputStream out = new GZIPOutputStream(new java.security.DigestOutputStream(
                         Files.newOutputStream(file), sha256))) {
                sql.transferTo(out);
            }
            finish(dump, errors, "mariadb-dump");
            String hash = HexFormat.of().formatHex(sha256.digest());
            Files.writeString(Path.of(file + ".sha256"), hash + "  " + file.getFileName() + "\n");
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads a backup into {@code target}, which must be empty (it is created when missing); the file's
     * SHA-256 is checked first when a {@code .sha256} lies beside it.
     */
    public static void restore(Path file, DatabaseTarget target) {
        verifyChecksum(file);
        try (Connection c = DriverManager.getConnection(target.withDatabase("").jdbcUrl(), target.user(),
                target.password() == null ? "" : target.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + target.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try (ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = '" + target.database() + "'")) {
                tables.next();
                if (tables.getLong(1) > 0) {
                    throw new IllegalStateException("Database " + target.database() + " is not empty: restore"
                            + " only into an empty database, so that nothing is mixed or lost");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach " + target.withDatabase("").jdbcUrl() + ": " + e.getMessage(), e);
        }
        List<String> command = List.of(target.program("mariadb"), "--protocol=TCP", "--host=" + target.host(),
                "--port=" + target.port(), "--user=" + target.user(), "--default-character-set=utf8mb4",
                target.database());
        try {
            Process load = start(command, target.password());
            CompletableFuture<String> errors = drain(load.getErrorStream());
            CompletableFuture<String> output = drain(load.getInputStream());
            try (InputStream sql = new GZIPInputStream(Files.newInputStream(file));
                 OutputStream in = load.getOutputStream()) {
                sql.transferTo(in);
            }
            output.join();
            finish(load, errors, "mariadb");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows per counted table and the archived reports whose stored SHA-256 no longer matches their bytes. */
    public static Contents check(DatabaseTarget target) {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Long> damaged = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(),
                target.password() == null ? "" : target.password());
             Statement s = c.createStatement()) {
            for (String table : COUNTED) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    r.next();
                    rows.put(table, r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, sha256, pdf FROM report_archive ORDER BY id")) {
                while (r.next()) {
                    String stored = r.getString(2);
                    String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.getBytes(3)));
                    if (!actual.equalsIgnoreCase(stored)) {
                        damaged.add(r.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + target.jdbcUrl() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Contents(rows, damaged);
    }

    private static void verifyChecksum(Path file) {
        Path sum = Path.of(file + ".sha256");
        if (!Files.exists(sum)) {
            return;
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            String expected = Files.readString(sum).strip().split("\\s+")[0];
            if (!actual.equalsIgnoreCase(expected)) {
                throw new IllegalStateException("The backup " + file + " does not match its SHA-256 (" + sum
                        + "): it was changed or cut short; not restored");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Process start(List<String> command, String password) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        // MYSQL_PWD keeps the password off the command line (and out of ps)
        builder.environment().put("MYSQL_PWD", password == null ? "" : password);
        return builder.start();
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    private static void finish(Process process, CompletableFuture<String> errors, String name) {
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(name + " failed (exit " + exit + "): " + errors.join().strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        }
    }
}
