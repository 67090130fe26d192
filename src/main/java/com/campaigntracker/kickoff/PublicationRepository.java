package com.campaigntracker.kickoff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findFirstByProjectIdOrderByNumberDesc(long projectId);
}
