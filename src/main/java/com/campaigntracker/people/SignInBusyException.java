package com.campaigntracker.people;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused before its password was checked because its turn did not come: too many checks of its
 * name or address in flight for too long, or too many attempts waiting. It is decided before any check and
 * the same whether the name exists or not, so saying "too many sign-ins at once" tells an outsider nothing
 * about the name or the password; HTTP Basic still answers 401.
 */
public class SignInBusyException extends BadCredentialsException {

    SignInBusyException() {
        super("Too many sign-ins at once");
    }
}
