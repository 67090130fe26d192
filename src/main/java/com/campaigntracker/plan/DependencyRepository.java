package com.campaigntracker.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DependencyRepository extends JpaRepository<Dependency, Long> {

    @Query("select d from Dependency d where d.successor.project.id = :projectId")
    List<Dependency> findAllOfProject(long projectId);
}
