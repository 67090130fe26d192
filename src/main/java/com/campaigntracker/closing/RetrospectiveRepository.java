package com.campaigntracker.closing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetrospectiveRepository extends JpaRepository<Retrospective, Long> {

    List<Retrospective> findByProjectIdOrderByNumberDesc(long projectId);

    Optional<Retrospective> findFirstByProjectIdOrderByNumberDesc(long projectId);

    List<Retrospective> findByProjectIdInAndSubmittedTrue(Collection<Long> projectIds);
}
