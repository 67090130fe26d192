package com.campaigntracker.warning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExplanationRepository extends JpaRepository<DeviationExplanation, Long> {

    Optional<DeviationExplanation> findByWarningId(long warningId);

    boolean existsByWorkItemIdAndSubmittedAtIsNull(long workItemId);

    List<DeviationExplanation> findByProjectIdInOrderByDueAt(Collection<Long> projectIds);

    List<DeviationExplanation> findBySubmittedAtIsNullAndOverdueToldFalseAndDueAtBefore(java.time.Instant now);
}
