package com.campaigntracker.plan;

/** Where a progress update came from: the update dialog, a bar's progress drag, an acceptance decision. */
public enum ProgressSource {
    UPDATE, CHART, ACCEPTANCE
}
