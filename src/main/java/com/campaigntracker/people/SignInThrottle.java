package com.campaigntracker.people;

import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guessing passwords gets nowhere (M3): failed sign-ins, through the login form or the actuator's HTTP
 * Basic, are counted per account name (names that do not exist too, so the answer tells nothing about
 * them) and per client address, in the database that every instance shares; an attempt whose password is
 * being checked counts against the limit until the answer is known, but is a failure only if wrong (see
 * {@link Attempt}; {@link SignInGuard} lets attempts in). After a few failures each
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
    /** A check still in flight after this long was cut off (its instance died): no longer counted. */
    static final Duration CHECK_FORGOTTEN = Duration.ofSeconds(30);
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

    /** How a name is counted: as the person table compares it, whatever case or spaces were typed. */
    public static String accountKey(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX);
    }

    /** Whether the name or the address is locked now, and how long to wait before checking the password. */
    public Standing standing(String account, String address) {
        Failures failures = failures(account, address, clock.instant());
        Duration delay = step.multipliedBy(Math.max(failures.account(), failures.address()));
        return new Standing(failures.locked(), delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /** The name's and the address's failures in the window, and whether either is locked. */
    private record Failures(int account, int address, boolean locked) {
    }

    private Failures failures(String account, String address, Instant now) {
        Timestamp windowStart = Timestamp.from(now.minus(window));
        int[] failures = new int[Kind.values().length];
        boolean[] locked = {false};
        jdbc.query("""
                select kind, failures, window_start, locked_until from sign_in_failure
                where kind = 'ACCOUNT' and name = ? or kind = 'ADDRESS' and name = ?""", row -> {
            Timestamp until = row.getTimestamp(4);
            locked[0] |= until != null && until.toInstant().isAfter(now);
            if (row.getTimestamp(3).after(windowStart)) {
                failures[Kind.valueOf(row.getString(1)).ordinal()] = row.getInt(2);
            }
        }, account, address);
        return new Failures(failures[Kind.ACCOUNT.ordinal()], failures[Kind.ADDRESS.ordinal()], locked[0]);
    }

    /**
     * Whether an attempt would be let in now: not locked, and for the name and the address the failures so
     * far plus the checks in flight leave room for one more. A plain read, for those waiting their turn.
     */
    public boolean hasTurn(String account, String address) {
        Room room = room(account, address);
        return room.locked() // its turn to be refused
                || room.account() > 0 && room.address() > 0;
    }

    /**
     * What an attempt waiting for its turn sees: whether the name or address is locked, how many more
     * checks the name and the address have room for now, and which checks of either are in flight (when
     * one of them is gone, the queue moved). Two plain reads.
     */
    public record Room(boolean locked, int account, int address, Set<Long> checks) {
    }

    /** The name's and the address's room now; see {@link Room}. */
    public Room room(String account, String address) {
        Instant now = clock.instant();
        Failures failures = failures(account, address, now);
        int[] room = {accountFailures - failures.account(), addressFailures - failures.address()};
        Set<Long> checks = new HashSet<>();
        jdbc.query("""
                select id, kind from sign_in_check
                where (kind = 'ACCOUNT' and name = ? or kind = 'ADDRESS' and name = ?) and started_at > ?""", row -> {
            checks.add(row.getLong(1));
            room[Kind.valueOf(row.getString(2)).ordinal()]--;
        }, account, address, Timestamp.from(now.minus(CHECK_FORGOTTEN)));
        return new Room(failures.locked(), room[0], room[1], checks);
    }

    /** The most checks of one address at once (its failures allowed). */
    int addressLimit() {
        return addressFailures;
    }

    /**
     * One sign-in attempt. While its password is checked it is in flight (a row of {@code sign_in_check}):
     * it counts with the name's and the address's failures when the next attempt asks to be let in, so a
     * burst of parallel guesses gets no more checks than the failures still allowed; but it becomes a
     * failure only if the password is wrong, so many right sign-ins at once from one office address lock
     * nothing. An attempt not {@code allowed} was not let in: {@code locked} says whether a lock refused it,
     * else too many checks were in flight (it may try again shortly).
     */
    public record Attempt(String account, String address, boolean allowed, boolean locked, List<Long> checks) {

        /** Not let in, not locked: no turn came (too many checks in flight, or too many waiting). */
        static Attempt busy(String account, String address) {
            return new Attempt(account, address, false, false, List.of());
        }

        /** Refused before any check because of a lock. */
        static Attempt locked(String account, String address) {
            return new Attempt(account, address, false, true, List.of());
        }

        public boolean busy() {
            return !allowed && !locked;
        }
    }

    /** Opens an attempt: refused while locked, or while the checks in flight leave no room; else let in. */
    // the rows stay locked until this transaction ends; each statement reads what is committed when it runs,
    // so the checks counted after the address's row is locked include those of the attempt that held it before
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public Attempt begin(String account, String address) {
        // the name's row, then the address's, locked in this order by every attempt: each reads figures no
        // other attempt is changing, and no two attempts wait for each other crosswise
        int accountFailed = failuresInWindow(Kind.ACCOUNT, account, true);
        int addressFailed = failuresInWindow(Kind.ADDRESS, address, true);
        if (standing(account, address).locked()) {
            return Attempt.locked(account, address);
        }
        if (accountFailed + checksInFlight(Kind.ACCOUNT, account) >= accountFailures
                || addressFailed + checksInFlight(Kind.ADDRESS, address) >= addressFailures) {
            return Attempt.busy(account, address);
        }
        return new Attempt(account, address, true, false, List.of(check(Kind.ACCOUNT, account), check(Kind.ADDRESS, address)));
    }

    /** The password was wrong (or the name unknown, the account deactivated, the check broken): a failure of both, locking at the limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED) // counted even when the caller's transaction rolls back
    public void failed(Attempt attempt) {
        if (!attempt.allowed()) {
            return; // never let in, never checked
        }
        lockAtLimit(Kind.ACCOUNT, attempt.account(), fail(Kind.ACCOUNT, attempt.account()), accountFailures);
        lockAtLimit(Kind.ADDRESS, attempt.address(), fail(Kind.ADDRESS, attempt.address()), addressFailures);
        landed(attempt);
    }

    /** A wrong password outside an attempt already begun (tests, and checks that count the same way). */
    @Transactional
    public void failed(String account, String address) {
        failed(begin(account, address));
    }

    /**
     * The right password: the name's failures are forgotten; the address's stay (one good account must not
     * hide guessing at others).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED) // counted even when the caller's transaction rolls back
    public void succeeded(Attempt attempt) {
        if (!attempt.allowed()) {
            return;
        }
        jdbc.update("delete from sign_in_failure where kind = 'ACCOUNT' and name = ? and (locked_until is null or locked_until <= ?)",
                attempt.account(), Timestamp.from(clock.instant()));
        landed(attempt);
    }

    /**
     * The failures of the name or address in the current window; {@code lock}: its row is created if
     * missing and locked until the transaction ends (waiting at most 2 s for another attempt's lock). The
     * upsert takes the row's exclusive lock at once: a plain insert-or-ignore would take a shared one, and
     * two attempts each holding it and asking for more deadlock.
     */
    private int failuresInWindow(Kind kind, String name, boolean lock) {
        Instant now = clock.instant();
        if (lock) {
            jdbc.update("""
                    set statement innodb_lock_wait_timeout = 2 for
                    insert into sign_in_failure (kind, name, failures, window_start, last_failure, locked_until)
                    values (?, ?, 0, ?, ?, null) on duplicate key update failures = failures""",
                    kind.name(), name, Timestamp.from(now), Timestamp.from(now));
        }
        List<Integer> failures = jdbc.query("select failures, window_start from sign_in_failure where kind = ? and name = ?"
                        + (lock ? " for update wait 2" : ""),
                (row, n) -> row.getTimestamp(2).toInstant().isAfter(now.minus(window)) ? row.getInt(1) : 0, kind.name(), name);
        return failures.isEmpty() ? 0 : failures.get(0);
    }

    /** The checks of the name or address in flight now; one older than {@link #CHECK_FORGOTTEN} was cut off (its instance died). */
    private int checksInFlight(Kind kind, String name) {
        Integer checks = jdbc.queryForObject("select count(*) from sign_in_check where kind = ? and name = ? and started_at > ?",
                Integer.class, kind.name(), name, Timestamp.from(clock.instant().minus(CHECK_FORGOTTEN)));
        return checks == null ? 0 : checks;
    }

    /** One more check of the name or address in flight; answers its id. */
    private long check(Kind kind, String name) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into sign_in_check (kind, name, started_at) values (?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, kind.name());
            insert.setString(2, name);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** The attempt's checks are over. */
    private void landed(Attempt attempt) {
        attempt.checks().forEach(id -> jdbc.update("delete from sign_in_check where id = ?", id));
    }

    /** The check failed: one failure more in the window (which starts at its first failure); answers the failures now. */
    private int fail(Kind kind, String name) {
        int before = failuresInWindow(kind, name, true);
        Timestamp now = Timestamp.from(clock.instant());
        if (before == 0) {
            jdbc.update("update sign_in_failure set failures = 1, window_start = ?, last_failure = ? where kind = ? and name = ?",
                    now, now, kind.name(), name);
        } else {
            jdbc.update("update sign_in_failure set failures = ?, last_failure = ? where kind = ? and name = ?",
                    before + 1, now, kind.name(), name);
        }
        return before + 1;
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
        jdbc.update("delete from sign_in_check where started_at <= ?", Timestamp.from(now.minus(CHECK_FORGOTTEN)));
    }

    /** A typed name in a log line: no line breaks or control characters from an attacker. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
