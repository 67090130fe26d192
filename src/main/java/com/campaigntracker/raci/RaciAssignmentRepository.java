package com.campaigntracker.raci;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RaciAssignmentRepository extends JpaRepository<RaciAssignment, Long> {

    @Query("select a from RaciAssignment a where a.workItemId in :ids order by a.id")
    List<RaciAssignment> findByWorkItemIds(Collection<Long> ids);


    // deletes go through entities, never bulk JPQL: the audit trail (Envers) sees only entity deletes

    @Query("select a from RaciAssignment a where a.workItemId = :itemId and a.person.id = :personId")
    List<RaciAssignment> findCell(long itemId, long personId);

    @Query("select a from RaciAssignment a where a.workItemId = :itemId and a.role = :role")
    List<RaciAssignment> findRole(long itemId, RaciRole role);

    /** Joined on the id: raci holds no association into plan, and the answer stays one short list of projects. */
    @Query("select distinct w.project.id from RaciAssignment a join WorkItem w on w.id = a.workItemId"
            + " where a.person.id = :personId")
    List<Long> projectIdsOf(long personId);

    @Query("select distinct a.workItemId from RaciAssignment a where a.person.id = :personId")
    List<Long> itemIdsOf(long personId);

    @Query("select a.workItemId from RaciAssignment a where a.person.id = :personId and a.role = :role")
    List<Long> itemIdsWithRole(long personId, RaciRole role);
}
