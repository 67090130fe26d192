package com.campaigntracker.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key of {@link SecretCipher} comes from: {@code app.secret-key} ({@code APP_SECRET_KEY}) when
 * set, else a random key generated at the first start into {@code <app.data-dir>/secret.key}, readable
 * by the app's user only (0600). Several instances on one database must share APP_SECRET_KEY.
 */
public final class SecretKeys {

    /** The file in the data folder that holds a generated key (base64 of 32 random bytes). */
    public static final String KEY_FILE = "secret.key";
    static final int MIN_PASSPHRASE = 16;
    static final int KDF_ITERATIONS = 600_000;
    /** Fixed and public: the passphrase is the secret; the salt only keeps this derivation apart from others. */
    private static final byte[] KDF_SALT = "campaign-tracker/app.secret-key/v1".getBytes(StandardCharsets.UTF_8);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

    private SecretKeys() {
    }

    /**
     * The key: {@code configured} as base64 of exactly 32 bytes (e.g. {@code openssl rand -base64 32}),
     * or else as a passphrase of at least 16 characters stretched with PBKDF2-HMAC-SHA256; when blank,
     * the data folder's key file, created on the first start.
     */
    public static byte[] resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return fromSetting(configured.strip());
        }
        return fromFile(dataDir.resolve(KEY_FILE));
    }

    static byte[] fromSetting(String value) {
        byte[] raw = base64(value);
        if (raw != null && raw.length == 32) {
            return raw;
        }
        if (value.length() < MIN_PASSPHRASE) {
            throw new IllegalStateException("APP_SECRET_KEY (app.secret-key) is too short: give 32 random bytes in "
                    + "base64 (openssl rand -base64 32) or a passphrase of at least " + MIN_PASSPHRASE + " characters.");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(value.toCharArray(), KDF_SALT, KDF_ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    private static byte[] base64(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(value);
            } catch (IllegalArgumentException e2) {
                return null;
            }
        }
    }

    static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            ownerOnly(file);
            byte[] key = base64(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key == null || key.length != 32) {
                throw new IllegalStateException(file + " does not hold a key (base64 of 32 bytes). Restore it from the "
                        + "backup of the data folder, or set APP_SECRET_KEY to the key the stored secrets were encrypted with.");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    /** Written to a 0600 temporary file first and moved into place, so no one ever sees a partial or readable key. */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path tmp = dir.resolve(KEY_FILE + ".tmp-" + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        if (posix(dir)) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.createLink(file, tmp); // fails if another process created the key meanwhile: theirs wins
        } catch (FileAlreadyExistsException e) {
            log.info("Secret key file {} was created by another process; using it", file);
        } catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(file)) {
                Files.move(tmp, file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        log.warn("Generated a new key for secrets at rest in {} (0600). Back it up with the data folder; with several "
                + "instances, set the same APP_SECRET_KEY on each instead.", file);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent()) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("Secret key file {} was readable by others; restricting it to its owner (0600)", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path dir) {
        return Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }
}
