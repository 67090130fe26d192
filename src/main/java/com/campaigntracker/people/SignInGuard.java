package com.campaigntracker.people;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.stereotype.Component;

/**
 * Lets sign-in attempts in through {@link SignInThrottle}, one turn at a time: an attempt that finds too
 * many checks of its name or address in flight (an office signing in at nine, or a burst of guesses) waits
 * for its turn, reading before it writes. Waiters of one address take their turns in the order they came
 * (on this instance; a newcomer does not jump the line), and wait as long as the line moves: an attempt is
 * refused as busy only when nothing ahead of it moved for {@code app.sign-in.busy-wait}, or after
 * {@code app.sign-in.longest-wait} in all. At most {@code app.sign-in.max-waiting} attempts wait on an
 * instance at once (by default a quarter of Tomcat's request threads, never more than half), the others are
 * refused as busy at once, so a flood cannot hold the request threads.
 */
@Component
public class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final SignInThrottle throttle;
    private final Duration busyWait;
    private final Duration longestWait;
    private final int maxWaiting;
    private final Semaphore waiting;
    /** The attempts waiting on this instance, in the order they came; guarded by itself. */
    private final List<Waiter> line = new ArrayList<>();

    SignInGuard(SignInThrottle throttle,
                @Value("${app.sign-in.busy-wait:5s}") Duration busyWait,
                @Value("${app.sign-in.longest-wait:30s}") Duration longestWait,
                @Value("${app.sign-in.max-waiting:-1}") int maxWaiting,
                @Value("${server.tomcat.threads.max:200}") int requestThreads) {
        this.throttle = throttle;
        this.busyWait = busyWait;
        this.longestWait = longestWait;
        this.maxWaiting = Math.min(maxWaiting < 0 ? requestThreads / 4 : maxWaiting, requestThreads / 2);
        this.waiting = new Semaphore(Math.max(0, this.maxWaiting));
    }

    /** Wraps an authentication manager (the login form's, the actuator's) with the throttle. */
    public AuthenticationManager guard(AuthenticationManager delegate) {
        return new ThrottledAuthenticationManager(delegate, this, throttle);
    }

    /**
     * An attempt let in ({@code allowed}), after waiting for its turn if need be; else refused: {@code locked},
     * or {@link SignInThrottle.Attempt#busy() busy} (the line did not move in time, too many waiting, or its
     * turn could not be written: never let through unchecked).
     */
    public SignInThrottle.Attempt letIn(String account, String address) {
        if (!waitersOf(address)) {
            SignInThrottle.Attempt attempt = begin(account, address);
            if (attempt != null) {
                return attempt;
            }
        }
        if (!waiting.tryAcquire()) {
            log.warn("Sign-in attempt refused: {} attempts already wait for their turn", maxWaiting);
            return SignInThrottle.Attempt.busy(account, address);
        }
        Waiter me = new Waiter(account, address);
        synchronized (line) {
            line.add(me);
        }
        try {
            return await(me);
        } finally {
            synchronized (line) {
                line.remove(me);
            }
            waiting.release();
        }
    }

    /** The attempt's outcome is counted; those waiting behind its name or address look at once. */
    public void land(SignInThrottle.Attempt attempt, boolean right) {
        for (int tries = 1; ; tries++) {
            try {
                if (right) {
                    throttle.succeeded(attempt);
                } else {
                    throttle.failed(attempt);
                }
                break;
            } catch (RuntimeException e) { // the database refused once: try again; else the check is forgotten after 30 s
                if (tries == 3) {
                    log.warn("Sign-in attempt's outcome could not be counted ({})", e.getMessage());
                    break;
                }
            }
        }
        synchronized (line) {
            line.stream().filter(w -> w.address.equals(attempt.address()) || w.account.equals(attempt.account()))
                    .forEach(w -> LockSupport.unpark(w.thread));
        }
    }

    /** How many attempts wait for their turn on this instance now. */
    int waiting() {
        return maxWaiting - waiting.availablePermits();
    }

    private SignInThrottle.Attempt await(Waiter me) {
        Set<Long> seen = null;
        while (true) {
            long now = System.nanoTime();
            if (now - me.came > longestWait.toNanos() || now - me.moved > busyWait.toNanos()) {
                log.warn("Sign-in attempt refused: the checks of '{}' or of its address in flight did not move for {}",
                        me.account.replaceAll("\\p{Cntrl}", "?"), now - me.came > longestWait.toNanos() ? longestWait : busyWait);
                return SignInThrottle.Attempt.busy(me.account, me.address);
            }
            int ahead = ahead(me);
            if (ahead < throttle.addressLimit()) { // within reach of a turn: look (those further back only wait)
                SignInThrottle.Room room = throttle.room(me.account, me.address);
                if (room.locked()) {
                    return SignInThrottle.Attempt.locked(me.account, me.address);
                }
                if (seen != null && !room.checks().containsAll(seen)) {
                    moved(me, now); // a check ahead of it landed
                }
                seen = room.checks();
                me.nameBlocked = room.account() <= 0;
                if (!me.nameBlocked && ahead < room.address()) {
                    SignInThrottle.Attempt attempt = begin(me.account, me.address);
                    if (attempt != null) {
                        moved(me, System.nanoTime());
                        return attempt;
                    }
                }
            }
            // woken when a check of its name or address lands here; checks landing on other instances are seen in time
            LockSupport.parkNanos(Duration.ofMillis(50 + ThreadLocalRandom.current().nextInt(100)).toNanos());
            if (Thread.currentThread().isInterrupted()) {
                return SignInThrottle.Attempt.busy(me.account, me.address);
            }
        }
    }

    /** The attempt when let in or locked; null when it has to wait. */
    private SignInThrottle.Attempt begin(String account, String address) {
        try {
            SignInThrottle.Attempt attempt = throttle.begin(account, address);
            return attempt.busy() ? null : attempt;
        } catch (DataAccessException e) { // a lock not granted in time under a burst: wait and try again
            log.debug("Sign-in attempt not let in yet: {}", e.getMessage());
            return null;
        }
    }

    private boolean waitersOf(String address) {
        synchronized (line) {
            return line.stream().anyMatch(w -> w.address.equals(address));
        }
    }

    /** The attempts of its address that came earlier and wait for the address (not for their own name). */
    private int ahead(Waiter me) {
        synchronized (line) {
            int ahead = 0;
            for (Waiter w : line) {
                if (w == me) {
                    return ahead;
                }
                if (w.address.equals(me.address) && !w.nameBlocked) {
                    ahead++;
                }
            }
            return ahead;
        }
    }

    /** The line of its address moved now: a check landed, or a waiter got its turn. */
    private void moved(Waiter me, long now) {
        synchronized (line) {
            line.stream().filter(w -> w.address.equals(me.address)).forEach(w -> w.moved = Math.max(w.moved, now));
        }
    }

    /** Sleeps; false when interrupted. */
    static boolean pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return true;
        }
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An attempt waiting for its turn. */
    private static final class Waiter {

        final String account;
        final String address;
        final Thread thread = Thread.currentThread();
        final long came = System.nanoTime();
        /** When the line ahead of it last moved (nanoTime). */
        volatile long moved = came;
        /** Its own name has no room: it does not hold up those behind it. */
        volatile boolean nameBlocked;

        Waiter(String account, String address) {
            this.account = account;
            this.address = address;
        }
    }
}
