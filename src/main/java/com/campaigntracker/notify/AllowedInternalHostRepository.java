package com.campaigntracker.notify;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllowedInternalHostRepository extends JpaRepository<AllowedInternalHost, String> {
}
