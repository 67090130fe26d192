package com.campaigntracker.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByLookupKey(String lookupKey);

    List<ApiToken> findByPersonIdOrderByCreatedAtDescIdDesc(long personId);

    /** Marks the use without loading the token for a change: no version bump, no clash with a revocation. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    void markUsed(long id, Instant at);
}
