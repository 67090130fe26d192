package com.campaigntracker.people;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A password check behind {@link SignInThrottle}: a locked name or address is refused before the
 * password is hashed (bcrypt is the expensive part); otherwise the attempt is counted first (so a burst
 * of parallel guesses gets no more checks than the limit), waits as long as the failures so far say,
 * then runs, and a right password takes its count back. A refusal looks like a wrong password, to the login form
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
        SignInThrottle.Attempt counted;
        try {
            counted = throttle.begin(account, address);
        } catch (org.springframework.dao.DataAccessException e) { // e.g. a deadlock under a burst: refuse, never let it through unchecked
            log.warn("Sign-in attempt refused unchecked: its failure count could not be written ({})", e.getMessage());
            throw new Refused();
        }
        if (!counted.allowed()) {
            throw new Refused();
        }
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
