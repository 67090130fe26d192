package com.campaigntracker.shared.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The side navigation's entries a signed-in person may open, worked out once per set of roles. Vaadin
 * works them out on every page by asking the access control of every route, and each of those asks
 * builds a role checker through a lookup that scans every jar of the application: 3.4 % of the
 * server's request CPU in the load test's profile (2026-12-05). Which views a person may open follows
 * from their roles alone (the views say it with {@code @RolesAllowed}/{@code @PermitAll}), and the
 * routes do not change while the application runs, so the answer for a set of roles stands.
 */
final class MenuEntries {

    private static final Map<Set<String>, List<MenuEntry>> BY_ROLES = new ConcurrentHashMap<>();

    private MenuEntries() {
    }

    static List<MenuEntry> ofCurrentUser() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            return MenuConfiguration.getMenuEntries();
        }
        Set<String> roles = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return BY_ROLES.computeIfAbsent(roles, r -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
