package com.campaigntracker.shared.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AdminActionRepository extends JpaRepository<AdminAction, Long> {

    @Query("""
            select a from AdminAction a
            where (:actorId is null or a.actorId = :actorId or a.subjectId = :actorId and a.kind in :personKinds)
              and (:kind is null or a.kind = :kind)
              and a.at >= :from and a.at < :to
            order by a.at desc, a.id desc""")
    List<AdminAction> search(@Param("actorId") Long personId, @Param("personKinds") List<AuditKind> personKinds,
                             @Param("kind") AuditKind kind, @Param("from") Instant from, @Param("to") Instant to,
                             Pageable page);
}
