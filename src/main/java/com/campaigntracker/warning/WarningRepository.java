package com.campaigntracker.warning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WarningRepository extends JpaRepository<Warning, Long> {

    long countByProjectId(long projectId);


    List<Warning> findByProjectIdAndClosedAtIsNull(long projectId);

    List<Warning> findByProjectIdAndWorkItemIdInAndClosedAtIsNull(long projectId, Collection<Long> workItemIds);

    List<Warning> findByProjectIdInAndClosedAtIsNullOrderByRaisedAtDesc(Collection<Long> projectIds);

    List<Warning> findByWorkItemIdOrderByRaisedAtDesc(long workItemId);

    /** [projectId, count] of the open warnings of the projects. */
    @Query("select w.projectId, count(w) from Warning w where w.projectId in :projects and w.closedAt is null "
            + "group by w.projectId")
    List<Object[]> countOpenByProject(Collection<Long> projects);
}
