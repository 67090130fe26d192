package com.campaigntracker.tracking;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskPointRepository extends JpaRepository<RiskPoint, Long> {

    List<RiskPoint> findByProjectIdInOrderByRaisedAtDesc(Collection<Long> projectIds);

    List<RiskPoint> findByWorkItemIdOrderByRaisedAtDesc(long workItemId);

    List<RiskPoint> findByWorkItemIdAndStatus(long workItemId, RiskStatus status);
}
