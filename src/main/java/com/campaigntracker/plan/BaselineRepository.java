package com.campaigntracker.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BaselineRepository extends JpaRepository<Baseline, Long> {

    Optional<Baseline> findFirstByProjectIdOrderByNumberDesc(long projectId);

    @Query("select coalesce(max(b.number), 0) from Baseline b where b.project.id = :projectId")
    int lastNumber(long projectId);
}
