package com.campaigntracker.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScheduleRevisionRepository extends JpaRepository<ScheduleRevision, Long> {

    @Query("select r from ScheduleRevision r left join fetch r.savedBy where r.project.id = :projectId order by r.number")
    List<ScheduleRevision> findAllOfProject(long projectId);

    Optional<ScheduleRevision> findByProjectIdAndNumber(long projectId, int number);

    @Query("select coalesce(max(r.number), 0) from ScheduleRevision r where r.project.id = :projectId")
    int lastNumber(long projectId);
}
