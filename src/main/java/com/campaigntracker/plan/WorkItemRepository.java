package com.campaigntracker.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkItemRepository extends JpaRepository<WorkItem, Long> {

    @Query("select w from WorkItem w left join fetch w.owner where w.project.id in :projectIds")
    List<WorkItem> findAllOfProjects(Collection<Long> projectIds);

    /** The projects' items as their rows show them, without entities (a read-only tree of 500 items). */
    @Query("select new com.campaigntracker.plan.ItemFields(w.id, w.version, w.parent.id, w.project.id, w.level,"
            + " w.position, w.name, w.description, w.deliverables, o.id, o.displayName, w.plannedStart,"
            + " w.plannedFinish, w.actualStart, w.actualFinish, w.status, w.blockedReason, w.percentComplete,"
            + " w.riskLevel, w.remarks, w.priority, w.estimateDays, w.bufferPercent, w.keyTask, w.milestone)"
            + " from WorkItem w left join w.owner o where w.project.id in :projectIds")
    List<ItemFields> fieldsOfProjects(Collection<Long> projectIds);

    /** The project's items without their entities (a drag on the Gantt reads ten thousand of them). */
    @Query("select new com.campaigntracker.plan.StoredItem(w.id, w.version, w.parent.id, w.plannedStart, w.plannedFinish)"
            + " from WorkItem w where w.project.id = :projectId")
    List<StoredItem> storedItemsOf(long projectId);

    /** Whether the item has children (a parent's progress rolls up, it is not reported). */
    boolean existsByParentId(long parentId);

    @Query("select count(w) from WorkItem w where w.project.id = :projectId and w.parent is null")
    int countPhases(long projectId);
}
