package com.campaigntracker.tracking;

import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateReminderRepository extends JpaRepository<UpdateReminder, UpdateReminder.Key> {
}
