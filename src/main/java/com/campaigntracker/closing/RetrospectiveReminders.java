package com.campaigntracker.closing;

import com.campaigntracker.shared.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every quarter of an hour, once across instances: overdue retrospectives are reminded of (R14). */
@Component
@ConditionalOnProperty(name = "app.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class RetrospectiveReminders {

    private static final Logger log = LoggerFactory.getLogger(RetrospectiveReminders.class);

    private final RetrospectiveService retrospectives;

    RetrospectiveReminders(RetrospectiveService retrospectives) {
        this.retrospectives = retrospectives;
    }

    @Scheduled(cron = "${app.closing.reminder-cron:0 5/15 * * * *}")
    @SchedulerLock(name = "retrospective-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void remind() {
        int told = SystemActor.call(retrospectives::tellOverdue);
        if (told > 0) {
            log.info("Reminded of {} overdue retrospectives", told);
        }
    }
}
