package com.campaigntracker.people;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Who may still sign in with a password of the app ({@code app.sso.local-passwords}): everyone, or only the
 * break-glass administrators when the company's directory signs everyone else in. Wraps every place that
 * checks the app's passwords (the login form, the operations endpoints' Basic sign-in).
 */
@Component
public class LocalPasswords {

    private final SignInSettings settings;

    LocalPasswords(SignInSettings settings) {
        this.settings = settings;
    }

    public AuthenticationProvider restrict(AuthenticationProvider accounts) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) throws AuthenticationException {
                boolean breakGlass = settings.isBreakGlass(attempt.getName());
                if (!settings.localPasswords() && !breakGlass) {
                    // as a wrong password: whether a name exists or may use a password is not told
                    throw new BadCredentialsException("Local passwords are switched off");
                }
                Authentication done = accounts.authenticate(attempt);
                if (done != null && done.getPrincipal() instanceof PersonPrincipal p && p.directoryAccount()) {
                    throw new BadCredentialsException("A directory's person signs in through the directory");
                }
                if (done != null && !settings.localPasswords()
                        && !(done.getPrincipal() instanceof PersonPrincipal p && p.role() == Role.ADMIN)) {
                    throw new BadCredentialsException("A break-glass account must be an administrator");
                }
                return done;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return accounts.supports(authentication);
            }
        };
    }
}
