package com.campaigntracker.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.deliveredAt is null and m.givenUp = false "
            + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> dueIds(Instant now, Pageable page);

    List<OutboxMessage> findByProjectIdOrderByIdDesc(Long projectId, Pageable page);
}
