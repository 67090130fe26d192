package com.campaigntracker.tracking;

import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A leaf task as tracking sees it: its plan and progress, its cadence and whether an update is due.
 *
 * @param cadenceChosen the manager set the cadence; otherwise R8 derived it
 * @param awaitingAcceptance finished by its R, waiting for its A
 */
public record TrackedTask(long id, long version, long projectId, String projectName, String wbs, String name,
                          String deliverables, Long ownerId, String ownerName, LocalDate plannedStart,
                          LocalDate plannedFinish, Integer duration, LocalDate actualStart, LocalDate actualFinish,
                          DisplayStatus status, ProgressStatus storedStatus, String blockedReason, int percent,
                          RiskLevel riskLevel, boolean critical, boolean keyTask, boolean milestone, Cadence cadence,
                          boolean cadenceChosen, Instant lastUpdate, boolean awaitingAcceptance, UpdateState update) {

    public boolean isOpen() {
        return storedStatus != ProgressStatus.DONE;
    }
}
