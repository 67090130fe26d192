package com.campaigntracker.warning;

import com.campaigntracker.shared.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The warning scan every quarter of an hour, then the explanations that passed their 24 hours; ShedLock
 * on the database's clock runs it once across instances.
 */
@Component
@ConditionalOnProperty(name = "app.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class WarningScan {

    private static final Logger log = LoggerFactory.getLogger(WarningScan.class);

    private final WarningService warnings;
    private final ExplanationService explanations;
    private final EscalationService escalations;

    WarningScan(WarningService warnings, ExplanationService explanations, EscalationService escalations) {
        this.warnings = warnings;
        this.explanations = explanations;
        this.escalations = escalations;
    }

    @Scheduled(cron = "${app.warning.scan-cron:0 */15 * * * *}")
    // held at least a minute: instances whose clocks differ a little still run a slot once (shorter in the cluster check)
    @SchedulerLock(name = "warning-scan", lockAtMostFor = "PT10M", lockAtLeastFor = "${app.warning.scan-lock-at-least:PT1M}")
    void scan() {
        int raised = SystemActor.call(warnings::scan);
        int overdue = SystemActor.call(explanations::tellOverdue);
        int escalationsOverdue = SystemActor.call(escalations::tellOverdue);
        if (raised > 0 || overdue > 0 || escalationsOverdue > 0) {
            log.info("Warning scan raised {} warnings; told of {} overdue explanations and {} overdue escalations",
                    raised, overdue, escalationsOverdue);
        }
    }
}
