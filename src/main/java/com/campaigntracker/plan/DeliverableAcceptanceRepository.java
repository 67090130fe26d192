package com.campaigntracker.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliverableAcceptanceRepository extends JpaRepository<DeliverableAcceptance, Long> {

    @Query("select a from DeliverableAcceptance a where a.workItem.id = :itemId and a.decidedAt is null")
    Optional<DeliverableAcceptance> findPending(long itemId);

    @Query("select a from DeliverableAcceptance a join fetch a.workItem w join fetch w.project"
            + " where w.id in :itemIds and a.decidedAt is null order by a.requestedAt")
    List<DeliverableAcceptance> findPendingOf(Collection<Long> itemIds);

    @Query("select a from DeliverableAcceptance a where a.workItem.id = :itemId and a.decidedAt is not null")
    List<DeliverableAcceptance> findDecided(long itemId);
}
