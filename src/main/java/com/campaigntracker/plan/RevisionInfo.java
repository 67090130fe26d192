package com.campaigntracker.plan;

import java.time.Instant;

/** A schedule revision as lists show it: its number, when, by whom and why. */
public record RevisionInfo(int number, Instant savedAt, String savedBy, String reason) {
}
