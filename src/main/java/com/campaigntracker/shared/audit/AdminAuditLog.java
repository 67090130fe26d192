package com.campaigntracker.shared.audit;

import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.security.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' audit log (M7): services record each privileged change in the transaction that
 * makes it, so a change and its record commit or roll back together. Values are what a reader needs
 * to see what changed ("role: MANAGER"), never a secret: callers pass "changed", not a password.
 */
@Service
@Transactional(readOnly = true)
public class AdminAuditLog {

    /** Kinds whose subject is a person: filtering by a person also finds what was done to them. */
    private static final List<AuditKind> PERSON_KINDS =
            List.of(AuditKind.PERSON_CREATED, AuditKind.PERSON_CHANGED, AuditKind.PASSWORD_RESET, AuditKind.ACCOUNT_UNLOCKED);

    private final AdminActionRepository actions;
    private final Clock clock;

    AdminAuditLog(AdminActionRepository actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    /** Records an action by whoever is acting now (a signed-in person, else the system). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditKind kind, String subject, Long subjectId, String before, String after) {
        record(kind, subject, subjectId, before, after, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditKind kind, String subject, Long subjectId, String before, String after, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actorName = auth != null && auth.isAuthenticated() ? auth.getName() : SystemActor.NAME;
        actions.save(new AdminAction(clock.instant(), CurrentUser.personId(), cut(actorName, 100), kind,
                cut(subject, AdminAction.SUBJECT_MAX), subjectId, cut(before, AdminAction.VALUE_MAX),
                cut(after, AdminAction.VALUE_MAX), cut(reason, AdminAction.REASON_MAX)));
    }

    /**
     * The log, newest first: by a person (who acted, or whose account was changed), a kind and a
     * period of days in the organisation's zone (both ends included); null means any.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> search(Long personId, AuditKind kind, LocalDate from, LocalDate to, int limit) {
        ZoneId zone = clock.getZone();
        var start = (from == null ? LocalDate.of(2000, 1, 1) : from).atStartOfDay(zone).toInstant();
        var end = (to == null ? LocalDate.of(2100, 1, 1) : to.plusDays(1)).atStartOfDay(zone).toInstant();
        return actions.search(personId, PERSON_KINDS, kind, start, end, PageRequest.of(0, Math.max(1, Math.min(limit, 1000))))
                .stream().map(AdminAction::toEntry).toList();
    }

    /** "role: MANAGER · enabled: true" from name/value pairs, for before and after. */
    public static String values(Object... namesAndValues) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(namesAndValues[i]).append(": ").append(namesAndValues[i + 1] == null ? "—" : namesAndValues[i + 1]);
        }
        return text.toString();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
