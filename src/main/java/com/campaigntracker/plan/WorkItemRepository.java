package com.campaigntracker.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkItemRepository extends JpaRepository<WorkItem, Long> {

    @Query("select w from WorkItem w left join fetch w.owner where w.project.id in :projectIds")
    List<WorkItem> findAllOfProjects(Collection<Long> projectIds);

    /** Items as their rows show them, without entities: the select of the queries below. */
    String FIELDS = "select new com.campaigntracker.plan.ItemFields(w.id, w.version, w.parent.id, w.project.id, w.level,"
            + " w.position, w.name, w.description, w.deliverables, o.id, o.displayName, w.plannedStart,"
            + " w.plannedFinish, w.actualStart, w.actualFinish, w.status, w.blockedReason, w.percentComplete,"
            + " w.riskLevel, w.remarks, w.priority, w.estimateDays, w.bufferPercent, w.keyTask, w.milestone)"
            + " from WorkItem w left join w.owner o";

    /** The given items of the project as their rows show them. */
    @Query(FIELDS + " where w.project.id = :projectId and w.id in :ids")
    List<ItemFields> fieldsOf(long projectId, Collection<Long> ids);

    /** The items of the projects that the person owns or that are listed (never empty: SQL has no empty IN list). */
    @Query(FIELDS + " where w.project.id in :projectIds and (o.id = :ownerId or w.id in :ids)")
    List<ItemFields> fieldsOwnedOrListed(Collection<Long> projectIds, long ownerId, Collection<Long> ids);

    /** Where the project's items hang and when they are planned: what WBS codes and the critical path are made of. */
    @Query("select new com.campaigntracker.plan.PlacedItem(w.id, w.parent.id, w.position, w.plannedStart, w.plannedFinish)"
            + " from WorkItem w where w.project.id = :projectId")
    List<PlacedItem> placedItemsOf(long projectId);

    /**
     * A fingerprint of what {@link #placedItemsOf} and the project's dependencies hold, computed by the database:
     * the number of items and of dependencies and the sums of their rows' checksums. Any change of a parent, a
     * position, a planned date or a dependency changes it, whichever instance made it; a progress update does not.
     */
    @Query(value = "select i.n, i.h, d.n, d.h from"
            + " (select count(*) n, coalesce(sum(crc32(concat_ws('|', id, coalesce(parent_id, 0), position,"
            + " coalesce(planned_start, '-'), coalesce(planned_finish, '-')))), 0) h"
            + " from work_item where project_id = :projectId) i,"
            + " (select count(*) n, coalesce(sum(crc32(concat_ws('|', d.predecessor_id, d.successor_id, d.type,"
            + " d.lag_days))), 0) h from dependency d join work_item s on s.id = d.successor_id"
            + " where s.project_id = :projectId) d", nativeQuery = true)
    List<Object[]> scheduleFingerprint(long projectId);

    /** The project's items without their entities (a drag on the Gantt reads ten thousand of them). */
    @Query("select new com.campaigntracker.plan.StoredItem(w.id, w.version, w.parent.id, w.plannedStart, w.plannedFinish)"
            + " from WorkItem w where w.project.id = :projectId")
    List<StoredItem> storedItemsOf(long projectId);

    /** Whether the item has children (a parent's progress rolls up, it is not reported). */
    boolean existsByParentId(long parentId);

    @Query("select count(w) from WorkItem w where w.project.id = :projectId and w.parent is null")
    int countPhases(long projectId);

    /** Each item's id and its owner's (null: none) in the project: [id, ownerId], no entities. */
    @Query("select w.id, o.id from WorkItem w left join w.owner o where w.project.id = :projectId")
    List<Object[]> idsAndOwners(long projectId);
}
