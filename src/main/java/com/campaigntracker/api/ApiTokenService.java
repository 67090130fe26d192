package com.campaigntracker.api;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonPrincipal;
import com.campaigntracker.shared.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API (issue 24): a person creates and revokes their own on My account. A
 * token is {@code ctp_<lookup key>_<secret>}: 256 random bits, shown once; the database keeps its SHA-256
 * only. A token signs in as its person while it is neither revoked nor expired and its person may sign in.
 */
@Service
@Transactional
public class ApiTokenService {

    /** What a token starts with: recognisable in logs and by secret scanners. */
    public static final String PREFIX = "ctp_";
    /** The longest lifetime a token may be given. */
    public static final int MAX_DAYS = 365;
    /** Unrevoked, unexpired tokens a person may hold at once. */
    static final int MAX_ACTIVE = 20;
    /** A token's last use is written at most this often (a busy script does not write on every call). */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final PeopleService people;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, PeopleService people, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.clock = clock;
    }

    /** A new token of mine that lives {@code days} days (1 to {@value #MAX_DAYS}); the token is in the answer only. */
    @PreAuthorize("isAuthenticated()")
    public CreatedToken create(String name, int days) {
        long me = CurrentUser.require().personId();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ApiTokenException("api.token.error.name");
        }
        if (trimmed.length() > ApiToken.NAME_MAX) {
            throw new ApiTokenException("api.token.error.nameLength", ApiToken.NAME_MAX);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new ApiTokenException("api.token.error.lifetime", MAX_DAYS);
        }
        Instant now = clock.instant();
        long active = tokens.findByPersonIdOrderByCreatedAtDescIdDesc(me).stream().filter(t -> t.isUsableAt(now)).count();
        if (active >= MAX_ACTIVE) {
            throw new ApiTokenException("api.token.error.tooMany", MAX_ACTIVE);
        }
        String lookupKey = HexFormat.of().formatHex(bytes(6)); // 12 hex characters
        String token = PREFIX + lookupKey + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        ApiToken saved = tokens.save(new ApiToken(me, trimmed, lookupKey, sha256(token), now,
                now.plus(Duration.ofDays(days))));
        return new CreatedToken(line(saved, now), token);
    }

    /** My tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenLine> mine() {
        long me = CurrentUser.require().personId();
        Instant now = clock.instant();
        return tokens.findByPersonIdOrderByCreatedAtDescIdDesc(me).stream().map(t -> line(t, now)).toList();
    }

    /** Revokes one of my tokens at once; someone else's is not mine to see (refused as not there). */
    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        long me = CurrentUser.require().personId();
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getPersonId() == me)
                .orElseThrow(() -> new ApiTokenException("api.token.error.gone"));
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant(), me);
        }
    }

    /**
     * The person a bearer token signs in as, or empty when it is malformed, unknown, revoked, expired, or its
     * person may not sign in (disabled, locked). For the API's filter only; records the use.
     */
    Optional<Authenticated> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 120) {
            return Optional.empty();
        }
        int split = presented.indexOf('_', PREFIX.length());
        if (split < 0) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByLookupKey(presented.substring(PREFIX.length(), split));
        if (found.isEmpty() || !MessageDigest.isEqual(found.get().getTokenHash().getBytes(StandardCharsets.US_ASCII),
                sha256(presented).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Instant now = clock.instant();
        if (!token.isUsableAt(now)) {
            return Optional.empty();
        }
        // enabled, and a directory's person seen at a directory sign-in lately (people.standingPrincipal)
        Optional<PersonPrincipal> principal = people.standingPrincipal(token.getPersonId())
                .filter(p -> p.isEnabled() && p.isAccountNonLocked());
        if (principal.isPresent() && (token.getLastUsedAt() == null
                || token.getLastUsedAt().isBefore(now.minus(USE_RESOLUTION)))) {
            tokens.markUsed(token.getId(), now);
        }
        return principal.map(p -> new Authenticated(token.getId(), p));
    }

    /** A disabled account, a password reset by an administrator, a link to a directory: every token ends. */
    @org.springframework.context.event.EventListener
    void withdrawn(com.campaigntracker.people.AccountAccessWithdrawn event) {
        Instant now = clock.instant();
        tokens.findByPersonIdOrderByCreatedAtDescIdDesc(event.personId()).stream()
                .filter(t -> t.isUsableAt(now)).forEach(t -> t.revoke(now, null));
    }

    /** A token's person, and the token (rate limits count per token). */
    record Authenticated(long tokenId, PersonPrincipal principal) {
    }

    private static ApiTokenLine line(ApiToken t, Instant now) {
        return new ApiTokenLine(t.getId(), t.getName(), PREFIX + t.getLookupKey(), t.getCreatedAt(), t.getExpiresAt(),
                t.getLastUsedAt(), t.getRevokedAt(), t.isUsableAt(now));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
