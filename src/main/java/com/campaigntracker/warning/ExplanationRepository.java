package com.campaigntracker.warning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExplanationRepository extends JpaRepository<DeviationExplanation, Long> {

    boolean existsByWarningId(long warningId);

    long countByProjectIdAndSubmittedAtIsNotNull(long projectId);

    long countByProjectIdAndSubmittedAtIsNotNullAndLateFalse(long projectId);

    @org.springframework.data.jpa.repository.Query("select e.projectId from DeviationExplanation e where e.id = :id")
    java.util.Optional<Long> projectIdOf(@org.springframework.data.repository.query.Param("id") long id);

    @org.springframework.data.jpa.repository.Query(
            "select distinct e.workItemId from DeviationExplanation e where e.submittedAt is null and e.workItemId in :ids")
    List<Long> pendingAmong(@org.springframework.data.repository.query.Param("ids") Collection<Long> ids);

    List<DeviationExplanation> findByProjectIdInAndSubmittedAtIsNotNullAndOutcomeIsNull(Collection<Long> projectIds);

    List<DeviationExplanation> findByProjectIdInAndSubmittedAtIsNull(Collection<Long> projectIds);

    boolean existsByWorkItemIdAndSubmittedAtIsNull(long workItemId);

    List<DeviationExplanation> findByProjectIdInOrderByDueAt(Collection<Long> projectIds);

    List<DeviationExplanation> findBySubmittedAtIsNullAndOverdueToldFalseAndDueAtBefore(java.time.Instant now);
}
