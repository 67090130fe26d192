package com.campaigntracker.tracking;

import org.springframework.data.jpa.repository.JpaRepository;

interface DigestScheduleRepository extends JpaRepository<DigestSchedule, Long> {
}
