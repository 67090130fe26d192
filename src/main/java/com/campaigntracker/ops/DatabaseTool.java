package com.campaigntracker.ops;

import com.campaigntracker.shared.db.EmbeddedDatabaseException;
import com.campaigntracker.shared.db.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

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
 *                                           app's server, or one started here when the app is stopped
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
        // the embedded server's start-up lines would mix with the figures on standard output
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        try {
            run(args);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException
                 | EmbeddedDatabaseException e) {
            System.err.println("campaign-tracker " + (args.length > 0 ? args[0] : "") + ": " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("backup, restore or check; see ops/README or DatabaseTool's comment");
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
            if (running.isPresent()) {
                port = running.getAsInt();
            } else {
                started = EmbeddedMariaDb.start(dataDir, 0);
                port = started.port();
            }
            target = new DatabaseTarget("127.0.0.1", port, "root", "", database, EmbeddedMariaDb.clientDir(dataDir));
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
        if (!contents.damagedReports().isEmpty()) {
            throw new IllegalStateException("archived reports " + contents.damagedReports()
                    + " do not match their SHA-256");
        }
    }

    private static String single(List<String> files, String command) {
        if (files.size() != 1) {
            throw new IllegalArgumentException(command + " takes one file");
        }
        return files.get(0);
    }
}
