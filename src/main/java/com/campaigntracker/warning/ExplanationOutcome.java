package com.campaigntracker.warning;

/** How the manager's coordination ended (R12). */
public enum ExplanationOutcome {
    /** New dates applied, a schedule revision recorded. */
    ACCEPTED,
    /** Sent back with a comment: the R explains again. */
    REJECTED
}
