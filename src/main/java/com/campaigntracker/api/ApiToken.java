package com.campaigntracker.api;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal access token: its person by id, its SHA-256 (never the token itself), its lifetime. */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    static final int NAME_MAX = 80;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "lookup_key", nullable = false, length = 16)
    private String lookupKey;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by_id")
    private Long revokedById;

    protected ApiToken() {
    }

    ApiToken(long personId, String name, String lookupKey, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.personId = personId;
        this.name = name;
        this.lookupKey = lookupKey;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long getPersonId() {
        return personId;
    }

    String getName() {
        return name;
    }

    String getLookupKey() {
        return lookupKey;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void usedAt(Instant at) {
        lastUsedAt = at;
    }

    void revoke(Instant at, Long by) {
        revokedAt = at;
        revokedById = by;
    }
}
