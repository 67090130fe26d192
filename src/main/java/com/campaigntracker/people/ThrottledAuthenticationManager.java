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
 * still allowed), and whatever ends the check other than a right password is a failure. A refusal for a
 * lock looks like a wrong password, to the login form (back to {@code /login?error}) and to HTTP Basic (401)
 * alike; one for want of a turn is a {@link SignInBusyException} (the login form says to try again shortly).
 */
class ThrottledAuthenticationManager implements AuthenticationManager {

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
        if (counted.locked()) {
            throw new Refused();
        }
        if (!counted.allowed()) {
            throw new SignInBusyException();
        }
        boolean right = false;
        try {
            Authentication signedIn = delegate.authenticate(attempt);
            right = true;
            return signedIn;
        } finally {
            guard.land(counted, right);
        }
    }

    /** Locked: the same answer as a wrong password. */
    static final class Refused extends BadCredentialsException {

        Refused() {
            super("Bad credentials");
        }
    }
}
