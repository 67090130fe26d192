package com.campaigntracker.people;

import com.campaigntracker.shared.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time set-up link (H1): on a database without an administrator who can sign in, a start issues a
 * random token (printed in the log, stored only as its SHA-256 so any instance accepts it and a copy of the
 * database does not give it away). Whoever opens the link picks the first administrator; the token then works
 * no more, expires after a day, and the page refuses once an administrator exists.
 */
@Service
@Transactional
public class FirstAdministratorSetup {

    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SetupTokenRepository tokens;
    private final PeopleService people;
    private final Clock clock;

    FirstAdministratorSetup(SetupTokenRepository tokens, PeopleService people, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.clock = clock;
    }

    /** Whether the set-up page should offer its form: no administrator can sign in yet. */
    @Transactional(readOnly = true)
    public boolean needed() {
        return people.countEnabledAdmins() == 0;
    }

    /** A new token (the only time it exists in clear text), valid for a day. */
    String issue() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        tokens.save(new SetupToken(hash(token), now, now.plus(VALID_FOR)));
        return token;
    }

    /**
     * Creates the first administrator with the name and password the operator chose. Refused, changing
     * nothing, when the token is unknown, used or expired, when an administrator exists already, or when
     * the password breaks a rule (then the token stays usable).
     */
    public void createAdministrator(String token, String username, String displayName, String password) {
        Instant now = clock.instant();
        SetupToken stored = token == null || token.isBlank() ? null : tokens.findByTokenHash(hash(token.strip())).orElse(null);
        if (stored == null || !stored.usableAt(now)) {
            throw new PeopleAdminException("setup.error.token");
        }
        if (!needed()) {
            throw new PeopleAdminException("setup.error.done");
        }
        String name = username == null ? "" : username.strip();
        if (!name.matches("[a-z0-9._-]{1," + Person.USERNAME_MAX + "}")) {
            throw new PeopleAdminException("people.error.usernameCharacters");
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > Person.DISPLAY_NAME_MAX) {
            throw new PeopleAdminException("people.error.nameLength", Person.DISPLAY_NAME_MAX);
        }
        SystemActor.run(() -> people.createFirstAdministrator(name, shown, password, false, "set-up link"));
        stored.useAt(now);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
