package com.campaigntracker.feeds;

import com.campaigntracker.shared.crypto.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's one feed secret: 256 random bits as 43 URL-safe characters. The row keeps the SHA-256 of
 * the token (unique, indexed: the lookup never needs the plain value, and a leaked table opens no feed) and
 * the token encrypted with the app's secret key (only so that My account can show the URLs again). A reset
 * overwrites both at once.
 */
@Component
class FeedSecrets {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();

    FeedSecrets(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    record Secret(String token, Instant since) {
    }

    /** The person's current token, if they have one. */
    Optional<Secret> of(long personId) {
        List<Secret> found = jdbc.query("SELECT token_enc, created_at FROM feed_secret WHERE person_id = ?",
                (rs, i) -> new Secret(cipher.decrypt(rs.getString(1)), rs.getTimestamp(2).toInstant()), personId);
        return found.stream().findFirst();
    }

    /** A new token for the person, replacing the old one (whose URLs stop working with this commit). */
    Secret replace(long personId, Instant at) {
        Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the column keeps it
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("INSERT INTO feed_secret (person_id, token_hash, token_enc, created_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash), token_enc = VALUES(token_enc),"
                        + " created_at = VALUES(created_at)",
                personId, sha256(token), cipher.encrypt(token), Timestamp.from(now));
        return new Secret(token, now);
    }

    /**
     * A disabled account, a password reset by an administrator, a link to a directory: the feed addresses stop
     * working (a new secret is made when the person next opens My account).
     */
    @org.springframework.context.event.EventListener
    void withdrawn(com.campaigntracker.people.AccountAccessWithdrawn event) {
        jdbc.update("DELETE FROM feed_secret WHERE person_id = ?", event.personId());
    }

    /**
     * Whose token this is; empty for anything not a current token. Found by its hash, then the hashes
     * compared in constant time ({@link MessageDigest#isEqual}).
     */
    Optional<Long> owner(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] hash = sha256(token);
        return jdbc.query("SELECT person_id, token_hash FROM feed_secret WHERE token_hash = ?",
                        (rs, i) -> MessageDigest.isEqual(hash, rs.getBytes(2)) ? rs.getLong(1) : null, hash)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
