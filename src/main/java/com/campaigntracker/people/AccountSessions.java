package com.campaigntracker.people;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a signed-in session may go on (M2). The truth is the person's row, not a session registry:
 * every instance behind the load balancer reads it, so a change made through one ends the person's
 * sessions on all of them at their next request. {@link Person#endSessions()} ends them all;
 * {@link #endOtherSessions} keeps the current one (a person changing their own password).
 */
@Service
public class AccountSessions {

    private final JdbcTemplate jdbc;

    AccountSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True while the person may still sign in and nothing has ended their sessions since this one signed
     * in: one read by primary key, on every request of a signed-in session.
     */
    public boolean isCurrent(PersonPrincipal principal) {
        return check(principal).current();
    }

    /**
     * {@link #isCurrent} and whether the person must still change a password someone else set, from the
     * same read by primary key: the request's one read of the person (the sign-in filter records it on the
     * request for the navigation guard).
     */
    public Standing check(PersonPrincipal principal) {
        List<Standing> read = jdbc.query("select enabled, session_epoch, password_change_required from person where id = ?",
                (row, n) -> new Standing(row.getBoolean(1) && row.getInt(2) <= principal.sessionEpoch(),
                        row.getBoolean(3)), principal.personId());
        return read.size() == 1 ? read.get(0) : new Standing(false, false);
    }

    /** Whether a signed-in session may go on, and whether its person must change their password first. */
    public record Standing(boolean current, boolean passwordChangeRequired) {

        /** The request attribute under which the sign-in filter leaves this request's reading. */
        public static final String ATTRIBUTE = Standing.class.getName();
    }

    /**
     * Ends the person's other sessions and keeps the one making this request, when it is theirs (for
     * "change my own password"). Call it in the transaction that changes the person; if that rolls back,
     * the current session goes back to the epoch it had.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void endOtherSessions(Person person) {
        person.endSessions();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PersonPrincipal own && own.personId().equals(person.getId())) {
            int before = own.sessionEpoch();
            own.keepAt(person.getSessionEpoch()); // the session's context holds this very principal
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        own.keepAt(before);
                    }
                }
            });
        }
    }
}
