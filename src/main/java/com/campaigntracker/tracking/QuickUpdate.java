package com.campaigntracker.tracking;

import com.campaigntracker.plan.ProgressStatus;

/** What the quick update dialog sends: %, status, why blocked, a note, and optionally a new risk point. */
public record QuickUpdate(int percent, ProgressStatus status, String blockedReason, String note, RiskDetails risk) {
}
