package com.campaigntracker.tracking;

import com.campaigntracker.shared.security.SystemActor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few minutes: reminders of updates due soon, and the weekly digests whose moment has come. */
@Component
@ConditionalOnProperty(name = "app.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class TrackingSchedule {

    private final TrackingNotices notices;
    private final DigestService digests;

    TrackingSchedule(TrackingNotices notices, DigestService digests) {
        this.notices = notices;
        this.digests = digests;
    }

    @Scheduled(cron = "0 */5 * * * *")
    void remind() {
        SystemActor.run(notices::remindDueUpdates);
        SystemActor.run(digests::sendDue);
    }
}
