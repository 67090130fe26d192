package com.campaigntracker.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of the whole database with MariaDB's own tools: {@code mariadb-dump} in one
 * consistent transaction (InnoDB) into a gzip file with its SHA-256 beside it (both 0600, in a folder
 * created 0700), and {@code mariadb}
 * to load it into an empty database. {@link #check} counts what came back and re-hashes every
 * archived report, so a restore is shown complete, not assumed.
 */
public final class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    /** What a database holds: rows per counted table, and archived reports whose bytes no longer match their hash. */
    public record Contents(Map<String, Long> rows, List<Long> damagedReports, List<Long> damagedFiles) {
    }

    private DatabaseBackup() {
    }

    /** The last line mariadb-dump writes when it dumped everything; a dump without it was cut short. */
    static final String DUMP_COMPLETED = "-- Dump completed";

    /**
     * Dumps the database into {@code file} (gzip); returns the file's SHA-256, also written to {@code file.sha256}.
     * The dump is written to {@code file.partial} and moved into place only when mariadb-dump succeeded and the
     * dump ends with its completion line, so {@code file} is never a cut-short dump.
     */
    public static String backup(DatabaseTarget source, Path file) {
        List<String> command = List.of(source.program("mariadb-dump"), "--protocol=TCP", "--host=" + source.host(),
                "--port=" + source.port(), "--user=" + source.user(), "--single-transaction", "--quick",
                "--routines", "--triggers", "--hex-blob", "--no-tablespaces", "--default-character-set=utf8mb4",
                source.database());
        Path partial = sibling(file, ".partial");
        Path sum = sibling(file, ".sha256");
        Path sumPartial = sibling(file, ".sha256.partial");
        Path options = null;
        try {
            ownerOnlyDirectory(file.toAbsolutePath().getParent());
            options = clientOptions(source);
            Process dump = start(command, options);
            CompletableFuture<String> errors = drain(dump.getErrorStream());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            TailOutputStream tail;
            try (InputStream sql = dump.getInputStream();
                 OutputStream out = new GZIPOutputStream(new java.security.DigestOutputStream(
                         ownerOnlyFile(partial), sha256))) {
                tail = new TailOutputStream(out, 256);
                sql.transferTo(tail);
            }
            finish(dump, errors, "mariadb-dump");
            if (!tail.lastLine().startsWith(DUMP_COMPLETED)) {
                throw new IllegalStateException("mariadb-dump ended without its \"" + DUMP_COMPLETED
                        + "\" line: the dump is incomplete and was not kept (" + errors.join().strip() + ")");
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            try (OutputStream out = ownerOnlyFile(sumPartial)) {
                out.write((hash + "  " + file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(sumPartial, sum, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(partial);
            deleteQuietly(sumPartial);
            if (options != null) {
                deleteQuietly(options);
            }
        }
    }

    /**
     * Loads a backup into {@code target}, which must be empty (it is created when missing). Unless
     * {@code verify} is false, the {@code .sha256} beside the file must exist and match it.
     */
    public static void restore(Path file, DatabaseTarget target, boolean verify) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No backup file " + file);
        }
        if (verify) {
            verifyChecksum(file);
        }
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
        load(file, target);
    }

    /** Feeds the gzip'd SQL to the mariadb client; when the client dies early, says so with its exit code and errors. */
    static void load(Path file, DatabaseTarget target) {
        List<String> command = List.of(target.program("mariadb"), "--protocol=TCP", "--host=" + target.host(),
                "--port=" + target.port(), "--user=" + target.user(), "--default-character-set=utf8mb4",
                target.database());
        Path options;
        try {
            options = clientOptions(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the client's option file: " + e.getMessage(), e);
        }
        try {
            loadWith(file, command, options);
        } finally {
            deleteQuietly(options);
        }
    }

    private static void loadWith(Path file, List<String> command, Path options) {
        Process load;
        try {
            load = start(command, options);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        }
        CompletableFuture<String> errors = drain(load.getErrorStream());
        CompletableFuture<String> output = drain(load.getInputStream());
        IOException feeding = null;
        OutputStream in = load.getOutputStream();
        try (InputStream sql = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = sql.read(buffer); n >= 0 && feeding == null; n = sql.read(buffer)) {
                try {
                    in.write(buffer, 0, n);
                } catch (IOException e) { // the client stopped reading: most likely it died; its exit says why
                    feeding = e;
                }
            }
        } catch (IOException e) { // the backup could not be read: stop the client, nothing more to send
            load.destroy();
            throw new UncheckedIOException("Cannot read the backup " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                in.close(); // end of input: the client finishes
            } catch (IOException e) {
                feeding = feeding == null ? e : feeding;
            }
        }
        try {
            if (feeding == null) {
                load.waitFor(); // all sent: the client exits when the server has run the last statement
            } else if (!load.waitFor(1, TimeUnit.MINUTES)) {
                load.destroyForcibly();
                throw new IllegalStateException("mariadb stopped reading the backup (" + feeding.getMessage()
                        + ") and did not exit within a minute: stopped it; " + errors.getNow("").strip());
            }
        } catch (InterruptedException e) {
            load.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("mariadb was interrupted", e);
        }
        output.join();
        int exit = load.exitValue();
        if (exit != 0) {
            throw new IllegalStateException("mariadb failed (exit " + exit + ")" + (feeding == null ? ""
                    : " before it read the whole backup") + ": " + errors.join().strip());
        }
        if (feeding != null) {
            throw new IllegalStateException("mariadb stopped reading the backup before its end (exit 0): "
                    + feeding.getMessage() + "; " + errors.join().strip());
        }
    }

    /**
     * Rows of every base table of the database (as information_schema lists them, so a table added later
     * is counted too), the archived reports whose stored SHA-256 no longer matches their bytes (the PDFs are
     * read one row at a time and hashed as a stream) and the task files kept in the database likewise.
     */
    public static Contents check(DatabaseTarget target) {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Long> damaged = new ArrayList<>();
        List<Long> damagedFiles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(),
                target.password() == null ? "" : target.password())) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                list.setString(1, target.database());
                try (ResultSet r = list.executeQuery()) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table.replace("`", "``") + "`")) {
                        r.next();
                        rows.put(table, r.getLong(1));
                    }
                }
            }
            if (tables.contains("report_archive")) {
                try (Statement s = c.createStatement()) {
                    s.setFetchSize(1); // stream the rows: one PDF in memory at a time, not the whole archive
                    try (ResultSet r = s.executeQuery("SELECT id, sha256, pdf FROM report_archive ORDER BY id")) {
                        while (r.next()) {
                            if (!matches(r.getString(2), r.getBinaryStream(3))) {
                                damaged.add(r.getLong(1));
                            }
                        }
                    }
                }
            }
            if (tables.contains("task_file") && tables.contains("file_chunk")) {
                damagedFiles.addAll(damagedTaskFiles(c));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + target.jdbcUrl() + ": " + e.getMessage(), e);
        }
        return new Contents(rows, damaged, damagedFiles);
    }

    /** Task files kept in the database whose pieces, put together in order, no longer give their SHA-256 and size. */
    private static List<Long> damagedTaskFiles(Connection c) throws SQLException {
        record Kept(long id, String sha256, long size, String key) {
        }
        List<Kept> kept = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, sha256, size_bytes, storage_key"
                + " FROM task_file WHERE store = 'database' ORDER BY id")) {
            while (r.next()) {
                kept.add(new Kept(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4)));
            }
        }
        List<Long> damaged = new ArrayList<>();
        try (PreparedStatement pieces = c.prepareStatement("SELECT data FROM file_chunk WHERE storage_key = ? ORDER BY seq")) {
            for (Kept f : kept) {
                pieces.setString(1, f.key());
                MessageDigest sha = sha256();
                long size = 0;
                try (ResultSet r = pieces.executeQuery()) {
                    while (r.next()) {
                        byte[] piece = r.getBytes(1);
                        sha.update(piece);
                        size += piece.length;
                    }
                }
                if (size != f.size() || !HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(f.sha256())) {
                    damaged.add(f.id());
                }
            }
        }
        return damaged;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(String stored, InputStream pdf) {
        if (pdf == null) {
            return stored == null;
        }
        try (DigestInputStream in = new DigestInputStream(pdf, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).equalsIgnoreCase(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void verifyChecksum(Path file) {
        Path sum = sibling(file, ".sha256");
        if (!Files.exists(sum)) {
            throw new IllegalStateException("No " + sum + " beside the backup: its integrity cannot be checked;"
                    + " not restored (--no-verify restores it unchecked)");
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

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing left to do: the name ends in .partial, no restore takes it for a backup
        }
    }

    /** Passes bytes through and keeps the last few, to see how the stream ended. */
    private static final class TailOutputStream extends java.io.FilterOutputStream {
        private final byte[] tail;
        private int length;

        TailOutputStream(OutputStream out, int size) {
            super(out);
            this.tail = new byte[size];
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (len >= tail.length) {
                System.arraycopy(b, off + len - tail.length, tail, 0, tail.length);
                length = tail.length;
                return;
            }
            int keep = Math.min(length, tail.length - len);
            System.arraycopy(tail, length - keep, tail, 0, keep);
            System.arraycopy(b, off, tail, keep, len);
            length = keep + len;
        }

        String lastLine() {
            String text = new String(tail, 0, length, StandardCharsets.UTF_8).stripTrailing();
            return text.substring(text.lastIndexOf('\n') + 1);
        }
    }

    /**
     * The password (and, for the embedded server, that it speaks no TLS) in an option file of mode 0600
     * that only the client reads: not on the command line (ps), nor in MYSQL_PWD (the process environment,
     * which MariaDB documents as insecure). The caller deletes it when the client has finished.
     */
    static Path clientOptions(DatabaseTarget target) throws IOException {
        Path options = Files.createTempFile("campaign-tracker-client-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        options.toFile().deleteOnExit();
        StringBuilder text = new StringBuilder("[client]\n");
        if (target.password() != null && !target.password().isEmpty()) {
            text.append("password=\"").append(target.password().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"\n");
        }
        if (target.loopbackNoTls()) {
            text.append("skip-ssl\n");
        }
        Files.writeString(options, text, StandardCharsets.UTF_8);
        return options;
    }

    /** Runs a client program with {@code --defaults-extra-file} (which must come first). */
    private static Process start(List<String> command, Path options) throws IOException {
        List<String> withOptions = new ArrayList<>(command);
        withOptions.add(1, "--defaults-extra-file=" + options);
        ProcessBuilder builder = new ProcessBuilder(withOptions);
        builder.environment().remove("MYSQL_PWD");
        return builder.start();
    }

    /**
     * A backup holds password hashes, the mail server's password and webhook secrets: missing folders
     * are created 0700; an existing one is left as it is, with a warning when others may list it.
     */
    private static void ownerOnlyDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
                log.warn("{} may be listed by others ({}): the backup itself is readable by its owner only (0600)",
                        dir, PosixFilePermissions.toString(permissions));
            }
            return;
        }
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** A new file (an old one of the name is replaced) readable and writable by its owner only, whatever the umask. */
    private static OutputStream ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.newOutputStream(file);
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
