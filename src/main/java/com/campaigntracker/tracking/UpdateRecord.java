package com.campaigntracker.tracking;

import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import java.time.Instant;

/** One line of a task's update history, with the reporter's name. */
public record UpdateRecord(Instant at, String by, int percent, ProgressStatus status, String blockedReason,
                           String note, ProgressSource source, boolean awaitingAcceptance) {
}
