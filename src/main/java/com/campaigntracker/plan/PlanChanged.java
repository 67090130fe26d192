package com.campaigntracker.plan;

/** A project's dates or tasks changed (a bar moved, a row edited or deleted): what depends on the plan re-reads it. */
public record PlanChanged(long projectId) {
}
