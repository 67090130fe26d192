package com.campaigntracker.shared.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account the app (and ops/DatabaseTool) uses on the embedded MariaDB: {@code root} with a password
 * generated at the first start (SecureRandom, 192 bits), kept in {@code <data-dir>/mariadb/credentials.properties}
 * with mode 0600 in a 0700 folder. Nothing else knows it: the server accepts no account without it.
 */
public record EmbeddedDatabaseCredentials(String user, String password) {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCredentials.class);
    static final String FILE = "credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    public EmbeddedDatabaseCredentials {
        // they go into an SQL literal (the server's init file) and an option file: letters, digits, - and _ only
        if (user == null || !user.matches("[A-Za-z0-9_]+") || password == null || !password.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalArgumentException("Damaged embedded-database credentials");
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDatabaseCredentials[user=" + user + ", password=(hidden)]";
    }

    /** The file under {@code <data-dir>/mariadb}. */
    public static Path file(Path root) {
        return root.resolve(FILE);
    }

    /** The credentials of the embedded database of an app data folder, if it has been started with them. */
    public static Optional<EmbeddedDatabaseCredentials> of(Path dataDir) {
        Path file = file(dataDir.toAbsolutePath().normalize().resolve("mariadb"));
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Reads the folder's credentials, or generates and writes them (0600) when there are none yet. */
    static EmbeddedDatabaseCredentials loadOrCreate(Path root) {
        Path file = file(root);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        EmbeddedDatabaseCredentials created = new EmbeddedDatabaseCredentials("root",
                Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        Properties properties = new Properties();
        properties.setProperty("user", created.user());
        properties.setProperty("password", created.password());
        Path partial = root.resolve(FILE + ".partial");
        try {
            writeOwnerOnly(partial, writer -> properties.store(writer,
                    " The embedded MariaDB's account, generated at its first start; keep it secret (mode 0600)"));
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot write the embedded database's credentials " + file + ": " + e,
                    "Give app.data-dir a folder this user may write to.", e);
        }
        log.info("Generated the embedded MariaDB's password in {} (mode 0600)", file);
        return created;
    }

    private static EmbeddedDatabaseCredentials read(Path file) {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY_FILE)) {
                log.warn("{} was readable by others ({}): set back to 0600; the embedded database's password may be"
                        + " known beyond this account", file, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                properties.load(reader);
            }
            return new EmbeddedDatabaseCredentials(properties.getProperty("user"), properties.getProperty("password"));
        } catch (IOException | IllegalArgumentException e) {
            throw new EmbeddedDatabaseException("Cannot read the embedded database's credentials " + file + ": " + e,
                    "Restore the file from a backup of the data folder, or delete it: the next start generates a new"
                            + " password and sets it on the server.", e);
        }
    }

    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Creates {@code file} with mode 0600 from the start (never readable by others, whatever the umask), replacing it. */
    static void writeOwnerOnly(Path file, Content content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            content.writeTo(writer);
        }
    }
}
