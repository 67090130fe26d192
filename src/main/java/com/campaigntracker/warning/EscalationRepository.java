package com.campaigntracker.warning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

    List<Escalation> findByProjectIdInOrderByRaisedAtDesc(Collection<Long> projectIds);

    boolean existsByWorkItemIdAndDecidedAtIsNull(long workItemId);

    long countByProjectId(long projectId);

    @org.springframework.data.jpa.repository.Query("select x.projectId from Escalation x where x.id = :id")
    java.util.Optional<Long> projectIdOf(@org.springframework.data.repository.query.Param("id") long id);

    boolean existsByExplanationId(long explanationId);

    List<Escalation> findByDecidedAtIsNullAndOverdueToldFalseAndDueAtBefore(Instant now);

    List<Escalation> findByProjectIdInAndDecidedAtIsNull(Collection<Long> projectIds);
}
