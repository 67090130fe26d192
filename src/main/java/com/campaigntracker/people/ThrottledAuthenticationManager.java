package com.campaigntracker.people;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A password check behind {@link SignInThrottle}: a locked name or address is refused before the
 * password is hashed (bcrypt is the expensive part); otherwise the attempt first waits as long as the
 * failures so far say, then is let in ({@link SignInGuard}: no more checks in flight than the failures
 * still allowed), and whatever ends the check other than a right password is a failure. A refusal looks
 * like a wrong password, to the login form (back to {@code /login?error}) and to HTTP Basic (401) alike.
 */
class ThrottledAuthenticationManager implements AuthenticationManager {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ThrottledAuthenticationManager.class);

    private final AuthenticationManager delegate;
    private final SignInGuard guard;
    private final SignInThrottle throttle;

    ThrottledAuthenticationManager(AuthenticationManager delegate, SignInGuard guard, SignInThrottle throttle) {
        this.delegate = delegate;
        this.guard = guard;
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
        SignInThrottle.Standing standing = throttle.standing(account, address);
        // the wait comes before the turn, so that a slowed attempt does not hold a check in flight meanwhile
        if (standing.locked() || !SignInGuard.pause(standing.delay())) {
            throw new Refused();
        }
        SignInThrottle.Attempt counted = guard.letIn(account, address);
        if (counted == null) {
            throw new Refused();
        }
        boolean right = false;
        try {
            Authentication signedIn = delegate.authenticate(attempt);
            right = true;
            return signedIn;
        } finally {
            land(counted, right);
        }
    }

    /** Counts the outcome, trying again when the database refuses once; else logs it (the check is forgotten after 30 s). */
    private void land(SignInThrottle.Attempt counted, boolean right) {
        for (int tries = 1; ; tries++) {
            try {
                if (right) {
                    throttle.succeeded(counted);
                } else {
                    throttle.failed(counted);
                }
                return;
            } catch (RuntimeException e) {
                if (tries == 3) {
                    log.warn("Sign-in attempt's outcome could not be counted ({})", e.getMessage());
                    return;
                }
            }
        }
    }

    /** Locked or no turn: the same answer as a wrong password. */
    static final class Refused extends BadCredentialsException {

        Refused() {
            super("Bad credentials");
        }
    }
}
