package com.campaigntracker.people;

import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guessing passwords gets nowhere (M3): failed sign-ins, through the login form or the actuator's HTTP
 * Basic, are counted per account name (names that do not exist too, so the answer tells nothing about
 * them) and per client address, in the database that every instance shares. After a few failures each
 * attempt waits a little longer; after {@code app.sign-in.account-failures} failures of a name (or
 * {@code app.sign-in.address-failures} from an address: an office may share one) within the window, the
 * name or address is locked for {@code app.sign-in.lock}, and while it is, even the right password is
 * refused before any hashing. Each lock is logged and published as {@link SignInLocked}; administrators
 * see the locks and may lift them (audited).
 */
@Service
@Transactional(readOnly = true)
public class SignInThrottle {

    /** What is counted: a name typed at sign-in, or the address the attempt came from. */
    public enum Kind { ACCOUNT, ADDRESS }

    /** A name or address that is locked now, as administrators see it. */
    public record Lock(Kind kind, String name, int failures, Instant lastFailure, Instant lockedUntil) {
    }

    /** Before a password is checked: refuse at once, or check it after waiting this long. */
    public record Standing(boolean locked, Duration delay) {
    }

    static final int NAME_MAX = 100;
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AdminAuditLog audit;
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;
    private final Duration lock;
    private final Duration step;
    private final Duration maxDelay;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, AdminAuditLog audit,
                   @Value("${app.sign-in.account-failures:5}") int accountFailures,
                   @Value("${app.sign-in.address-failures:20}") int addressFailures,
                   @Value("${app.sign-in.window:15m}") Duration window,
                   @Value("${app.sign-in.lock:15m}") Duration lock,
                   @Value("${app.sign-in.delay-step:100ms}") Duration step,
                   @Value("${app.sign-in.max-delay:400ms}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.accountFailures = Math.max(1, accountFailures);
        this.addressFailures = Math.max(1, addressFailures);
        this.window = window;
        this.lock = lock;
        this.step = step;
        this.maxDelay = maxDelay;
    }

    /** Wraps an authentication manager (the login form's, the actuator's) with this throttle. */
    public AuthenticationManager guard(AuthenticationManager delegate) {
        return new ThrottledAuthenticationManager(delegate, this);
    }

    /** How a name is counted: as the person table compares it, whatever case or spaces were typed. */
    public static String accountKey(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX);
    }

    /** Whether the name or the address is locked now, and how long to wait before checking the password. */
    public Standing standing(String account, String address) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(window));
        int[] failures = {0};
        boolean[] locked = {false};
        jdbc.query("""
                select failures, window_start, locked_until from sign_in_failure
                where kind = 'ACCOUNT' and name = ? or kind = 'ADDRESS' and name = ?""", row -> {
            Timestamp until = row.getTimestamp(3);
            if (until != null && until.toInstant().isAfter(now)) {
                locked[0] = true;
            }
            if (row.getTimestamp(2).after(windowStart)) {
                failures[0] = Math.max(failures[0], row.getInt(1));
            }
        }, account, address);
        Duration delay = step.multipliedBy(failures[0]);
        return new Standing(locked[0], delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /**
     * One sign-in attempt, counted as a failure of its name and address before its password is checked, so
     * that parallel guesses cannot all read "not locked" and all reach the password check: each gets its own
     * count from the database, and those past the limit are refused without hashing.
     */
    public record Attempt(String account, String address, int accountCount, int addressCount, boolean allowed) {
    }

    /** Opens an attempt: refused at once while locked, else counted; {@code allowed} says whether its password may be checked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW) // counted even when the caller's transaction rolls back
    public Attempt begin(String account, String address) {
        if (standing(account, address).locked()) {
            return new Attempt(account, address, 0, 0, false);
        }
        int accountCount = bump(Kind.ACCOUNT, account);
        int addressCount = bump(Kind.ADDRESS, address);
        boolean allowed = accountCount <= accountFailures && addressCount <= addressFailures;
        if (!allowed) { // a burst in parallel: the attempts past the limit lock, as the one at the limit will
            lockAtLimit(Kind.ACCOUNT, account, accountCount, accountFailures);
            lockAtLimit(Kind.ADDRESS, address, addressCount, addressFailures);
        }
        return new Attempt(account, address, accountCount, addressCount, allowed);
    }

    /** How long an allowed attempt waits before its password is checked: a little more for each failure before it. */
    public Duration delay(Attempt attempt) {
        Duration delay = step.multipliedBy(Math.max(0, Math.max(attempt.accountCount(), attempt.addressCount()) - 1));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** The password was wrong (or the name unknown, or the account deactivated): the attempt stays counted, and locks at the limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW) // counted even when the caller's transaction rolls back
    public void failed(Attempt attempt) {
        lockAtLimit(Kind.ACCOUNT, attempt.account(), attempt.accountCount(), accountFailures);
        lockAtLimit(Kind.ADDRESS, attempt.address(), attempt.addressCount(), addressFailures);
    }

    /** A wrong password outside an attempt already begun (tests, and checks that count the same way). */
    @Transactional
    public void failed(String account, String address) {
        failed(begin(account, address));
    }

    /**
     * The right password: the name's failures are forgotten, and the attempt no longer counts against the
     * address (whose other failures stay: one good account must not hide guessing at others).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW) // counted even when the caller's transaction rolls back
    public void succeeded(Attempt attempt) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("delete from sign_in_failure where kind = 'ACCOUNT' and name = ? and (locked_until is null or locked_until <= ?)",
                attempt.account(), now);
        jdbc.update("update sign_in_failure set failures = greatest(failures - 1, 0) where kind = 'ADDRESS' and name = ?",
                attempt.address());
    }

    /** Counts one more attempt of the name or address in the current window and says how many there are now. */
    private int bump(Kind kind, String name) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(window));
        // MariaDB applies the assignments left to right, each seeing the ones before: failures is counted
        // against the old window, then the window moves. The row stays locked until this transaction ends,
        // so the count read back is this attempt's own.
        jdbc.update("""
                insert into sign_in_failure (kind, name, failures, window_start, last_failure, locked_until)
                values (?, ?, 1, ?, ?, null)
                on duplicate key update
                    failures = if(window_start <= ?, 1, failures + 1),
                    window_start = if(failures = 1, ?, window_start),
                    last_failure = ?""",
                kind.name(), name, at, at, windowStart, at, at);
        Integer failures = jdbc.queryForObject("select failures from sign_in_failure where kind = ? and name = ?",
                Integer.class, kind.name(), name);
        return failures == null ? 1 : failures;
    }

    /** Locks the name or address once its count reaches the limit; logs and publishes only the lock this call set. */
    private void lockAtLimit(Kind kind, String name, int count, int limit) {
        if (count < limit) {
            return;
        }
        Instant now = clock.instant();
        Instant until = now.plus(lock);
        int set = jdbc.update("""
                update sign_in_failure set locked_until = ?
                where kind = ? and name = ? and (locked_until is null or locked_until <= ?)""",
                Timestamp.from(until), kind.name(), name, Timestamp.from(now));
        if (set > 0) {
            log.warn("Sign-in locked until {} for {} '{}' after {} failed attempts within {}", until,
                    kind == Kind.ACCOUNT ? "account" : "address", printable(name), count, window);
            events.publishEvent(new SignInLocked(kind, name, count, until));
        }
    }

    /** Names and addresses locked now, most recent first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Lock> locks() {
        return jdbc.query("""
                select kind, name, failures, last_failure, locked_until from sign_in_failure
                where locked_until > ? order by last_failure desc, name limit 500""",
                (row, n) -> new Lock(Kind.valueOf(row.getString(1)), row.getString(2), row.getInt(3),
                        row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant()),
                Timestamp.from(clock.instant()));
    }

    /** Lifts a lock at once, recorded in the administrators' audit log; false when it had ended already. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean unlock(Kind kind, String name) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Timestamp> until = jdbc.queryForList(
                "select locked_until from sign_in_failure where kind = ? and name = ? and locked_until > ? for update",
                Timestamp.class, kind.name(), name, now);
        if (until.isEmpty()) {
            return false;
        }
        jdbc.update("delete from sign_in_failure where kind = ? and name = ?", kind.name(), name);
        Long personId = kind == Kind.ACCOUNT ? jdbc.queryForList("select id from person where username = ?", Long.class, name)
                .stream().findFirst().orElse(null) : null;
        audit.record(AuditKind.ACCOUNT_UNLOCKED, (kind == Kind.ACCOUNT ? "account " : "address ") + name, personId,
                AdminAuditLog.values("locked until", until.get(0).toInstant()), "unlocked");
        log.info("Sign-in unlocked for {} '{}' by an administrator", kind == Kind.ACCOUNT ? "account" : "address",
                printable(name));
        return true;
    }

    /** Forgets windows and locks that have passed, so names typed once do not stay in the table. */
    @Scheduled(fixedDelayString = "${app.sign-in.cleanup-every:1h}", initialDelayString = "5m")
    @Transactional
    public void forgetPassed() {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_failure where window_start <= ? and (locked_until is null or locked_until <= ?)",
                Timestamp.from(now.minus(window)), Timestamp.from(now));
    }

    /** A typed name in a log line: no line breaks or control characters from an attacker. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
