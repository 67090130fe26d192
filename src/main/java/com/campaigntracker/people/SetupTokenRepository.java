package com.campaigntracker.people;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface SetupTokenRepository extends JpaRepository<SetupToken, Long> {

    /** Locked: two instances given the same link at once cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SetupToken> findByTokenHash(String tokenHash);
}
