package com.campaigntracker.people.security;

import com.campaigntracker.people.AccountSessions;
import com.campaigntracker.people.PersonPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In Spring Security's chain, right after the session's security context is loaded. A signed-in session
 * ends (is invalidated, and its request goes on as anonymous) when
 * <ul>
 * <li>its person was deactivated, changed role or had their password reset since it signed in (M2), on
 * whichever instance that happened: the person's row says so;</li>
 * <li>it was idle for the session timeout: only Vaadin's heartbeats came, which an open tab sends on its
 * own every few minutes and which keep the HTTP session itself alive ({@code vaadin.closeIdleSessions}
 * closes the Vaadin session then, but not the sign-in it holds).</li>
 * </ul>
 * A page then redirects to the login page; a Vaadin request (a click) finds no session, so the client
 * reloads the page, which lands there too. A signed-in session also gets the signed-in timeout back from
 * the short anonymous one it started with (L2).
 */
class SignedInSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessionFilter.class);
    /** When the session last did something other than a heartbeat (epoch milliseconds of the app's clock). */
    static final String LAST_ACTIVITY = SignedInSessionFilter.class.getName() + ".lastActivity";

    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy contexts;
    private final int signedInTimeoutSeconds;
    private final Clock clock;

    SignedInSessionFilter(AccountSessions sessions, SecurityContextHolderStrategy contexts, int signedInTimeoutSeconds,
                          Clock clock) {
        this.sessions = sessions;
        this.contexts = contexts;
        this.signedInTimeoutSeconds = signedInTimeoutSeconds;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PersonPrincipal principal && !isBuildAsset(request)) {
            HttpSession session = request.getSession(false);
            AccountSessions.Standing standing = sessions.check(principal);
            request.setAttribute(AccountSessions.Standing.ATTRIBUTE, standing); // the guard reads it, not the row again
            if (!standing.current()) {
                log.info("Ended a session of {}: the account was deactivated or changed since it signed in",
                        principal.getUsername());
                end(session);
            } else if (session != null && idle(session, request)) {
                log.info("Ended a session of {}: idle for {} s, only heartbeats came", principal.getUsername(),
                        signedInTimeoutSeconds);
                end(session);
            } else if (session != null && session.getMaxInactiveInterval() != signedInTimeoutSeconds) {
                session.setMaxInactiveInterval(signedInTimeoutSeconds);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpSession session) {
        if (session != null) {
            session.invalidate();
        }
        contexts.clearContext();
    }

    /** Records the time of every request but a heartbeat; true when the last one is older than the timeout. */
    private boolean idle(HttpSession session, HttpServletRequest request) {
        long now = clock.millis();
        if (session.getAttribute(LAST_ACTIVITY) instanceof Long last && now - last > signedInTimeoutSeconds * 1000L) {
            return true;
        }
        if (!"heartbeat".equals(request.getParameter("v-r"))) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return false;
    }

    /** The front end's compiled scripts and styles: the same for everyone, no data, many per page load. */
    private static boolean isBuildAsset(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/build/");
    }
}
