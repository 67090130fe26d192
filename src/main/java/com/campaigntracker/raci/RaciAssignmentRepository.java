package com.campaigntracker.raci;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RaciAssignmentRepository extends JpaRepository<RaciAssignment, Long> {

    @Query("select a from RaciAssignment a where a.workItem.id in :ids order by a.id")
    List<RaciAssignment> findByWorkItemIds(Collection<Long> ids);

    @Modifying
    @Query("delete from RaciAssignment a where a.workItem.id in :ids")
    void deleteByWorkItemIds(Collection<Long> ids);

    @Modifying
    @Query("delete from RaciAssignment a where a.workItem.id = :itemId and a.person.id = :personId")
    void deleteCell(long itemId, long personId);

    @Modifying
    @Query("delete from RaciAssignment a where a.workItem.id = :itemId and a.role = :role")
    void deleteRole(long itemId, RaciRole role);

    @Query("select distinct a.workItem.project.id from RaciAssignment a where a.person.id = :personId")
    List<Long> projectIdsOf(long personId);
}
