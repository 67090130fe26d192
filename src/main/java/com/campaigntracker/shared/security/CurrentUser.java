package com.campaigntracker.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, read from Spring Security's context; services use it for their own checks. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in person's id, or null for nobody or the system. */
    public static Long personId() {
        return get().map(SignedInUser::personId).orElse(null);
    }

    public static SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
