package com.campaigntracker.tracking;

import com.campaigntracker.shared.security.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the weekly checkpoint once the checkpoint day's working day has ended. It looks every
 * hour, so a server that was down on Friday evening catches up (until the next Friday, with the %
 * as it stands then), and a task is never recorded twice for a week (the database refuses it).
 */
@Component
@ConditionalOnProperty(name = "app.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final CheckpointService checkpoints;
    private final TrackingSettings settings;
    private final Clock clock;

    CheckpointSchedule(CheckpointService checkpoints, TrackingSettings settings, Clock clock) {
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "0 2 * * * *", zone = "${app.time-zone:Asia/Shanghai}")
    void hourly() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate checkpointDay = CheckpointService.checkpointDayOf(now.toLocalDate());
        boolean due = !now.isBefore(checkpointDay.atTime(settings.endOfDay()).atZone(clock.getZone()));
        // before this week's is due: last week's, for projects that got none because the server was down
        LocalDate day = due ? checkpointDay : checkpointDay.minusWeeks(1);
        int recorded = SystemActor.call(() -> due ? checkpoints.record(day) : checkpoints.recordMissed(day));
        if (recorded > 0) {
            log.info("Weekly checkpoint of {}: {} tasks recorded", day, recorded);
        }
    }
}
