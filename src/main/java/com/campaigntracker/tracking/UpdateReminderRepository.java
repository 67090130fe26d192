package com.campaigntracker.tracking;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UpdateReminderRepository extends JpaRepository<UpdateReminder, UpdateReminder.Key> {

    /** The reminders sent for these tasks' deadlines, in one query (findAllById asks one by one for a composite id). */
    @Query("select r.key from UpdateReminder r where r.key.workItemId in :itemIds")
    List<UpdateReminder.Key> keysOfItems(@Param("itemIds") Collection<Long> itemIds);
}
