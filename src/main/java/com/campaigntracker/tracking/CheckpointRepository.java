package com.campaigntracker.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckpointRepository extends JpaRepository<Checkpoint, Long> {

    List<Checkpoint> findByWorkItemIdOrderByWeekOf(long workItemId);

    List<Checkpoint> findByWorkItemIdInOrderByWeekOf(Collection<Long> workItemIds);

    List<Checkpoint> findByProjectIdInOrderByWeekOf(Collection<Long> projectIds);

    boolean existsByProjectIdAndWeekOf(long projectId, LocalDate weekOf);

    List<Checkpoint> findByProjectIdAndWeekOf(long projectId, LocalDate weekOf);
}
