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
 * them) and per client address, in the database that every instance shares; an attempt whose password is
 * being checked counts against the limit until it is known, but is a failure only if wrong. After a few failures each
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
    /** Checks in flight that no instance has touched for this long were cut off (the instance died): forgotten. */
    static final Duration IN_FLIGHT_FORGOTTEN = Duration.ofMinutes(1);
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
    private final Duration busyWait;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, AdminAuditLog audit,
                   @Value("${app.sign-in.account-failures:5}") int accountFailures,
                   @Value("${app.sign-in.address-failures:20}") int addressFailures,
                   @Value("${app.sign-in.window:15m}") Duration window,
                   @Value("${app.sign-in.lock:15m}") Duration lock,
                   @Value("${app.sign-in.delay-step:100ms}") Duration step,
                   @Value("${app.sign-in.max-delay:400ms}") Duration maxDelay,
                   @Value("${app.sign-in.busy-wait:10s}") Duration busyWait) {
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
        this.busyWait = busyWait;
    }

    /** How long an attempt may wait for its turn while too many checks of its name or address are in flight. */
    Duration busyWait() {
        return busyWait;
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
     * One sign-in attempt. While its password is checked it is "in flight": counted with the name's and the
     * address's failures when the next attempt asks whether it may be checked, so that a burst of parallel
     * guesses gets no more checks than the failures still allowed — but it becomes a failure only if the
     * password is wrong, so many right sign-ins at once from one office address lock nothing. An attempt
     * not {@code allowed} was not entered: {@code locked} says whether it was refused for a lock, or only
     * because too many checks were in flight (then it may be tried again shortly).
     */
    public record Attempt(String account, String address, int accountFailures, int addressFailures,
                          boolean allowed, boolean locked) {
    }

    /**
     * Opens an attempt: refused at once while locked; refused as busy while the failures so far plus the
     * checks in flight reach a limit; else entered as in flight, and {@code allowed}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW) // in flight even when the caller's transaction rolls back
    public Attempt begin(String account, String address) {
        if (standing(account, address).locked()) {
            return new Attempt(account, address, 0, 0, false, true);
        }
        int[] onAccount = enter(Kind.ACCOUNT, account);
        int[] onAddress = enter(Kind.ADDRESS, address);
        boolean allowed = onAccount[0] + onAccount[1] <= accountFailures && onAddress[0] + onAddress[1] <= addressFailures;
        if (!allowed) { // not entered after all: the checks in flight decide, and this one is asked to wait
            leave(Kind.ACCOUNT, account);
            leave(Kind.ADDRESS, address);
        }
        return new Attempt(account, address, onAccount[0], onAddress[0], allowed, false);
    }

    /** How long an allowed attempt waits before its password is checked: a little more for each failure before it. */
    public Duration delay(Attempt attempt) {
        Duration delay = step.multipliedBy(Math.max(attempt.accountFailures(), attempt.addressFailures()));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** The password was wrong (or the name unknown, or the account deactivated): a failure of both, locking at the limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW) // counted even when the caller's transaction rolls back
    public void failed(Attempt attempt) {
        if (!attempt.allowed()) {
            return; // never entered, never checked
        }
        lockAtLimit(Kind.ACCOUNT, attempt.account(), fail(Kind.ACCOUNT, attempt.account()), accountFailures);
        lockAtLimit(Kind.ADDRESS, attempt.address(), fail(Kind.ADDRESS, attempt.address()), addressFailures);
    }

    /** A wrong password outside an attempt already begun (tests, and checks that count the same way). */
    @Transactional
    public void failed(String account, String address) {
        failed(begin(account, address));
    }

    /**
     * The right password: the name's failures are forgotten, and the attempt leaves the address's checks in
     * flight (whose failures stay: one good account must not hide guessing at others).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW) // counted even when the caller's transaction rolls back
    public void succeeded(Attempt attempt) {
        if (!attempt.allowed()) {
            return;
        }
        jdbc.update("update sign_in_failure set failures = 0, in_flight = greatest(in_flight - 1, 0) where kind = 'ACCOUNT' and name = ?",
                attempt.account());
        leave(Kind.ADDRESS, attempt.address());
    }

    /**
     * One more check in flight for the name or address; answers its failures in the current window and its
     * checks in flight, this one included. The row stays locked until this transaction ends, so the figures
     * read back are this attempt's own.
     */
    private int[] enter(Kind kind, String name) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        // MariaDB applies the assignments left to right, each seeing the ones before: failures of a window
        // that has passed are dropped, and checks in flight that no instance has touched for a minute
        // (it died mid-check) are forgotten before this one is added.
        jdbc.update("""
                insert into sign_in_failure (kind, name, failures, window_start, last_failure, locked_until, in_flight, in_flight_at)
                values (?, ?, 0, ?, ?, null, 1, ?)
                on duplicate key update
                    failures = if(window_start <= ?, 0, failures),
                    in_flight = if(in_flight_at is null or in_flight_at <= ?, 1, in_flight + 1),
                    in_flight_at = ?""",
                kind.name(), name, at, at, at, Timestamp.from(now.minus(window)), Timestamp.from(now.minus(IN_FLIGHT_FORGOTTEN)), at);
        return jdbc.queryForObject("select failures, in_flight from sign_in_failure where kind = ? and name = ?",
                (row, n) -> new int[] {row.getInt(1), row.getInt(2)}, kind.name(), name);
    }

    /** One check of the name or address fewer in flight. */
    private void leave(Kind kind, String name) {
        jdbc.update("update sign_in_failure set in_flight = greatest(in_flight - 1, 0) where kind = ? and name = ?",
                kind.name(), name);
    }

    /** The check in flight failed: one failure more in the window (which starts at its first failure); answers the failures now. */
    private int fail(Kind kind, String name) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                update sign_in_failure set
                    failures = if(failures = 0 or window_start <= ?, 1, failures + 1),
                    window_start = if(failures = 1, ?, window_start),
                    last_failure = ?,
                    in_flight = greatest(in_flight - 1, 0)
                where kind = ? and name = ?""",
                Timestamp.from(now.minus(window)), at, at, kind.name(), name);
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
        jdbc.update("""
                delete from sign_in_failure where window_start <= ? and (locked_until is null or locked_until <= ?)
                    and (in_flight = 0 or in_flight_at <= ?)""",
                Timestamp.from(now.minus(window)), Timestamp.from(now), Timestamp.from(now.minus(IN_FLIGHT_FORGOTTEN)));
    }

    /** A typed name in a log line: no line breaks or control characters from an attacker. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
