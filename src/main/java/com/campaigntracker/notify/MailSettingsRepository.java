package com.campaigntracker.notify;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailSettingsRepository extends JpaRepository<MailSettings, Integer> {
}
