package com.campaigntracker.people;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A password check behind {@link SignInThrottle}: a locked name or address is refused before the
 * password is hashed (bcrypt is the expensive part); otherwise the attempt enters as in flight (so a
 * burst of parallel guesses gets no more checks than the failures still allowed; the others wait their
 * turn), waits as long as the failures so far say, then runs, and only a wrong password is a failure. A refusal looks like a wrong password, to the login form
 * (back to {@code /login?error}) and to HTTP Basic (401) alike.
 */
class ThrottledAuthenticationManager implements AuthenticationManager {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ThrottledAuthenticationManager.class);

    private final AuthenticationManager delegate;
    private final SignInThrottle throttle;

    ThrottledAuthenticationManager(AuthenticationManager delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!(attempt instanceof UsernamePasswordAuthenticationToken) || attempt.isAuthenticated()) {
            return delegate.authenticate(attempt);
        }
        String account = SignInThrottle.accountKey(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        SignInThrottle.Attempt counted = enter(account, address);
        pause(throttle.delay(counted));
        Authentication signedIn;
        try {
            signedIn = delegate.authenticate(attempt);
        } catch (BadCredentialsException | AccountStatusException e) {
            throttle.failed(counted);
            throw e;
        }
        throttle.succeeded(counted);
        return signedIn;
    }

    /**
     * Enters the attempt, waiting a little while too many checks of its name or address are in flight (an
     * office signing in at nine, or a burst of guesses): refused when locked, or when no turn came in time.
     */
    private SignInThrottle.Attempt enter(String account, String address) {
        long deadline = System.nanoTime() + throttle.busyWait().toNanos();
        while (true) {
            SignInThrottle.Attempt counted;
            try {
                counted = throttle.begin(account, address);
            } catch (org.springframework.dao.DataAccessException e) { // e.g. a deadlock under a burst: never let it through unchecked
                log.debug("Sign-in attempt not entered: its count could not be written ({})", e.getMessage());
                counted = null;
            }
            if (counted != null && (counted.allowed() || counted.locked())) {
                if (!counted.allowed()) {
                    throw new Refused();
                }
                return counted;
            }
            if (System.nanoTime() > deadline) {
                log.warn("Sign-in attempt refused: too many checks of '{}' or its address in flight", account.replaceAll("\\p{Cntrl}", "?"));
                throw new Refused();
            }
            pause(Duration.ofMillis(50 + ThreadLocalRandom.current().nextInt(100))); // a turn for the ones in flight
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused();
        }
    }

    /** Locked: the same answer as a wrong password. */
    static final class Refused extends BadCredentialsException {

        Refused() {
            super("Bad credentials");
        }
    }
}
