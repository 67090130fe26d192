package com.campaigntracker.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DependencyRepository extends JpaRepository<Dependency, Long> {

    @Query("select d from Dependency d where d.successor.project.id = :projectId")
    List<Dependency> findAllOfProject(long projectId);

    @Modifying
    @Query("delete from Dependency d where d.predecessor in :items or d.successor in :items")
    void deleteAllTouching(Collection<WorkItem> items);
}
