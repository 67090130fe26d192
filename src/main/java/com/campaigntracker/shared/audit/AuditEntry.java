package com.campaigntracker.shared.audit;

import java.time.Instant;

/** A recorded administrator action as the audit log page shows it. */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, AuditKind kind, String subject,
                         Long subjectId, String before, String after, String reason) {
}
