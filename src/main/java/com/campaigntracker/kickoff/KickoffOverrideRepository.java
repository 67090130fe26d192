package com.campaigntracker.kickoff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KickoffOverrideRepository extends JpaRepository<KickoffOverride, Long> {

    Optional<KickoffOverride> findFirstByProjectIdOrderByIdDesc(long projectId);
}
