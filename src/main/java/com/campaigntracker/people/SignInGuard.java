package com.campaigntracker.people;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.stereotype.Component;

/**
 * Lets sign-in attempts in through {@link SignInThrottle}, one turn at a time: an attempt that finds too
 * many checks of its name or address in flight (an office signing in at nine, or a burst of guesses) waits
 * for a turn, reading before it writes, up to {@code app.sign-in.busy-wait}; at most
 * {@code app.sign-in.max-waiting} attempts wait on an instance at once, the others are refused at once, so
 * a flood cannot hold every request thread.
 */
@Component
public class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final SignInThrottle throttle;
    private final Duration busyWait;
    private final Semaphore waiting;

    SignInGuard(SignInThrottle throttle,
                @Value("${app.sign-in.busy-wait:5s}") Duration busyWait,
                @Value("${app.sign-in.max-waiting:50}") int maxWaiting) {
        this.throttle = throttle;
        this.busyWait = busyWait;
        this.waiting = new Semaphore(Math.max(0, maxWaiting));
    }

    /** Wraps an authentication manager (the login form's, the actuator's) with the throttle. */
    public AuthenticationManager guard(AuthenticationManager delegate) {
        return new ThrottledAuthenticationManager(delegate, this, throttle);
    }

    /**
     * An attempt let in, after waiting for its turn if need be; null when refused: locked, no turn in time,
     * too many waiting, or its turn could not be written (never let through unchecked).
     */
    public SignInThrottle.Attempt letIn(String account, String address) {
        SignInThrottle.Attempt attempt = begin(account, address);
        if (attempt != null || !waiting.tryAcquire()) {
            return attempt == null || !attempt.allowed() ? null : attempt;
        }
        try {
            long deadline = System.nanoTime() + busyWait.toNanos();
            while (System.nanoTime() < deadline) {
                if (!pause(Duration.ofMillis(50 + ThreadLocalRandom.current().nextInt(100)))) {
                    return null;
                }
                if (throttle.hasTurn(account, address)) {
                    attempt = begin(account, address);
                    if (attempt != null) {
                        return attempt.allowed() ? attempt : null;
                    }
                }
            }
            log.warn("Sign-in attempt refused: too many checks of '{}' or of its address in flight for {}",
                    account.replaceAll("\\p{Cntrl}", "?"), busyWait);
            return null;
        } finally {
            waiting.release();
        }
    }

    /** The attempt when let in or locked; null when it has to wait. */
    private SignInThrottle.Attempt begin(String account, String address) {
        try {
            SignInThrottle.Attempt attempt = throttle.begin(account, address);
            return attempt.allowed() || attempt.locked() ? attempt : null;
        } catch (DataAccessException e) { // a lock not granted in time under a burst: wait and try again
            log.debug("Sign-in attempt not let in yet: {}", e.getMessage());
            return null;
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
}
