package com.campaigntracker.api;

import java.time.Instant;

/** A token as its person's list shows it: never the token itself. */
public record ApiTokenLine(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, Instant revokedAt, boolean active) {
}
