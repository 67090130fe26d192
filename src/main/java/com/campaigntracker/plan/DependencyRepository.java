package com.campaigntracker.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DependencyRepository extends JpaRepository<Dependency, Long> {

    @Query("select d from Dependency d where d.successor.project.id = :projectId")
    List<Dependency> findAllOfProject(long projectId);

    /** The project's dependencies without their entities and the items they join. */
    @Query("select new com.campaigntracker.plan.DependencyRow(d.id, d.predecessor.id, d.successor.id, d.type, d.lagDays)"
            + " from Dependency d where d.successor.project.id = :projectId")
    List<DependencyRow> rowsOfProject(long projectId);
}
