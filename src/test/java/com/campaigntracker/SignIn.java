package com.campaigntracker;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a real account (loaded as at sign-in) into the security context, as a form login would. */
public final class SignIn {

    private SignIn() {
    }

    public static Authentication as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
