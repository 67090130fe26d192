package com.campaigntracker.ops;

import com.campaigntracker.shared.db.EmbeddedDatabaseCredentials;
import com.campaigntracker.shared.db.EmbeddedDatabaseException;
import com.campaigntracker.shared.db.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.LoggerFactory;

/**
 * The command line of ops/backup.sh, ops/restore.sh and ops/check-database.sh:
 * <pre>
 * backup  [connection] FILE.sql.gz   dump the database (one transaction) with its SHA-256 beside it
 * restore [connection] [--no-verify] FILE.sql.gz
 *                                    load a backup into an empty database, then check it; the
 *                                    FILE.sql.gz.sha256 written by backup must lie beside it and
 *                                    match (--no-verify: restore a file without one, unchecked)
 * check   [connection]               rows per table and archived reports re-hashed
 *
 * connection: --data-dir DIR                the embedded database of an app data folder: the running
 *                                           app's server, or one started here when the app is stopped;
 *                                           its password is read from DIR/mariadb/credentials.properties
 *             --host H --port P --user U    an external server; the password is read from the
 *             [--password-env VAR]          variable VAR (default SPRING_DATASOURCE_PASSWORD)
 *             [--client-dir DIR]            where mariadb and mariadb-dump are (default: the PATH)
 *             [--database DB]               default campaign_tracker
 * </pre>
 * Exits 1 with a message when something fails or an archived report does not match its hash.
 */
public final class DatabaseTool {

    private DatabaseTool() {
    }

    public static void main(String[] args) {
        logToStandardError();
        try {
            run(args);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException
                 | EmbeddedDatabaseException e) {
            System.err.println("campaign-tracker " + (args.length > 0 ? args[0] : "") + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Standard output carries the results (rows per table, the backup's hash), so our own and the embedded
     * server's log lines go to standard error, warnings and errors only. Outside Spring Boot, logback
     * would write everything to standard output; another SLF4J binding is left alone (slf4j-simple: stderr).
     */
    static void logToStandardError() {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if ("ch.qos.logback.classic.LoggerContext".equals(LoggerFactory.getILoggerFactory().getClass().getName())) {
            Logback.toStandardError(); // referenced only now: the logback classes are surely there
        }
    }

    /** Logback's classes, loaded only when logback is the binding. */
    private static final class Logback {

        static void toStandardError() {
            var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
            context.reset();
            var encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
            encoder.start();
            var stderr = new ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
            stderr.setContext(context);
            stderr.setName("stderr");
            stderr.setTarget("System.err");
            stderr.setEncoder(encoder);
            stderr.start();
            var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(ch.qos.logback.classic.Level.WARN);
            root.addAppender(stderr);
        }
    }

    static void run(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("backup, restore or check; see the README, section \"Operate it\","
                    + " or the comment at the top of ops/backup.sh and ops/restore.sh");
        }
        String command = args[0];
        Map<String, String> options = new HashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--no-verify")) {
                options.put("no-verify", "true");
            } else if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                files.add(args[i]);
            }
        }
        String database = options.getOrDefault("database", "campaign_tracker");
        EmbeddedMariaDb started = null;
        DatabaseTarget target;
        if (options.containsKey("data-dir")) {
            Path dataDir = Path.of(options.get("data-dir"));
            // the running app's server when one answers for this folder; else the folder's own, started here
            OptionalInt running = EmbeddedMariaDb.runningPort(dataDir);
            int port;
            EmbeddedDatabaseCredentials credentials;
            if (running.isPresent()) {
                port = running.getAsInt();
                credentials = EmbeddedDatabaseCredentials.of(dataDir).orElseThrow();
            } else {
                started = EmbeddedMariaDb.start(dataDir, 0);
                port = started.port();
                credentials = started.credentials();
            }
            // the account and password the folder keeps (mariadb/credentials.properties, 0600)
            target = new DatabaseTarget("127.0.0.1", port, credentials.user(), credentials.password(), database,
                    EmbeddedMariaDb.clientDir(dataDir), true);
        } else {
            target = new DatabaseTarget(options.getOrDefault("host", "127.0.0.1"),
                    Integer.parseInt(options.getOrDefault("port", "3306")), options.getOrDefault("user", "root"),
                    System.getenv(options.getOrDefault("password-env", "SPRING_DATASOURCE_PASSWORD")), database,
                    options.containsKey("client-dir") ? Path.of(options.get("client-dir")) : null);
        }
        try {
            switch (command) {
                case "backup" -> {
                    Path file = Path.of(single(files, command));
                    String hash = DatabaseBackup.backup(target, file);
                    System.out.println("backed up " + target.database() + " to " + file + " (SHA-256 " + hash + ")");
                }
                case "restore" -> {
                    Path file = Path.of(single(files, command));
                    DatabaseBackup.restore(file, target, !options.containsKey("no-verify"));
                    System.out.println("restored " + file + " into " + target.database());
                    report(DatabaseBackup.check(target));
                }
                case "check" -> report(DatabaseBackup.check(target));
                default -> throw new IllegalArgumentException("Unknown command " + command
                        + ": backup, restore or check");
            }
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    private static void report(DatabaseBackup.Contents contents) {
        contents.rows().forEach((table, rows) -> System.out.println(table + "\t" + rows));
        System.out.println("archived reports not matching their SHA-256\t" + contents.damagedReports().size());
        System.out.println("task files not matching their SHA-256\t" + contents.damagedFiles().size());
        if (!contents.damagedReports().isEmpty()) {
            throw new IllegalStateException("archived reports " + contents.damagedReports()
                    + " do not match their SHA-256");
        }
        if (!contents.damagedFiles().isEmpty()) {
            throw new IllegalStateException("task files " + contents.damagedFiles() + " do not match their SHA-256");
        }
    }

    private static String single(List<String> files, String command) {
        if (files.size() != 1) {
            throw new IllegalArgumentException(command + " takes one file");
        }
        return files.get(0);
    }
}
