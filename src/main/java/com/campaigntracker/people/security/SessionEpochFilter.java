package com.campaigntracker.people.security;

import com.campaigntracker.people.AccountSessions;
import com.campaigntracker.people.PersonPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In Spring Security's chain, right after the session's security context is loaded (M2): a session
 * whose person was deactivated, changed role or had their password reset since it signed in is
 * invalidated and its request goes on as anonymous. A page then redirects to the login page; a Vaadin
 * request (a click, a heartbeat) finds no session, so the client reloads the page, which lands there too.
 * A signed-in session also gets the signed-in idle timeout back from the short anonymous one.
 */
class SessionEpochFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionEpochFilter.class);

    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy contexts;
    private final int signedInTimeoutSeconds;

    SessionEpochFilter(AccountSessions sessions, SecurityContextHolderStrategy contexts, int signedInTimeoutSeconds) {
        this.sessions = sessions;
        this.contexts = contexts;
        this.signedInTimeoutSeconds = signedInTimeoutSeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PersonPrincipal principal && !isBuildAsset(request)) {
            HttpSession session = request.getSession(false);
            if (!sessions.isCurrent(principal)) {
                log.info("Ended a session of {}: the account was deactivated or changed since it signed in",
                        principal.getUsername());
                if (session != null) {
                    session.invalidate();
                }
                contexts.clearContext();
            } else if (session != null && session.getMaxInactiveInterval() != signedInTimeoutSeconds) {
                session.setMaxInactiveInterval(signedInTimeoutSeconds);
            }
        }
        chain.doFilter(request, response);
    }

    /** The front end's compiled scripts and styles: the same for everyone, no data, many per page load. */
    private static boolean isBuildAsset(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/build/");
    }
}
