package com.campaigntracker.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.deliveredAt is null and m.givenUp = false "
            + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> dueIds(Instant now, Pageable page);

    /**
     * Claims a due message for one sending attempt; 1 when this caller got it. Through JPA, so the times
     * are stored and compared exactly as the entity stores them.
     */
    @Modifying(clearAutomatically = true)
    @Query("update OutboxMessage m set m.nextAttemptAt = :until where m.id = :id and m.deliveredAt is null "
            + "and m.givenUp = false and m.nextAttemptAt <= :now")
    int claim(long id, Instant now, Instant until);

    List<OutboxMessage> findByProjectIdOrderByIdDesc(Long projectId, Pageable page);
}
