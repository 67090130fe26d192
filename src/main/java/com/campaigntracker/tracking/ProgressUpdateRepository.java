package com.campaigntracker.tracking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByWorkItemIdOrderByReportedAtDescIdDesc(long workItemId);

    List<ProgressUpdate> findByWorkItemIdInOrderByReportedAtDescIdDesc(Collection<Long> workItemIds);

    List<ProgressUpdate> findByProjectIdInAndReportedAtGreaterThanEqualOrderByReportedAt(Collection<Long> projectIds,
                                                                                          Instant since);

    /** The time of each item's last update: [workItemId, reportedAt]. */
    @Query("select u.workItemId, max(u.reportedAt) from ProgressUpdate u where u.workItemId in :items group by u.workItemId")
    List<Object[]> lastUpdates(Collection<Long> items);
}
