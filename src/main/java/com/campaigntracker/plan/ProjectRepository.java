package com.campaigntracker.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends JpaRepository<Project, Long> {

    /**
     * A project is visible to its manager, its department head, anyone owning one of its items,
     * anyone with an A, C or I in it ({@code withRoles}: project ids from the RACI store), and admins.
     */
    // through the left-joined alias d: a path like p.department.head would inner-join and hide
    // projects without a department from everyone
    String VISIBLE = """
            (:admin = true or p.manager.id = :personId or d.head.id = :personId
             or exists (select 1 from WorkItem w where w.project = p and w.owner.id = :personId)
             or p.id in :withRoles)""";

    @Query("select p from Project p left join fetch p.manager left join fetch p.department d where "
            + VISIBLE + " order by p.plannedStart desc, p.name")
    List<Project> findVisible(@Param("personId") Long personId, @Param("admin") boolean admin,
                              @Param("withRoles") java.util.Collection<Long> withRoles);

    @Query("select p from Project p left join fetch p.manager left join fetch p.department d where p.id = :id and "
            + VISIBLE)
    Optional<Project> findVisibleById(@Param("id") long id, @Param("personId") Long personId,
                                      @Param("admin") boolean admin,
                                      @Param("withRoles") java.util.Collection<Long> withRoles);

    /** Locks the project's row until the transaction ends: changes that must see each other queue here. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> lockById(@Param("id") long id);
}
