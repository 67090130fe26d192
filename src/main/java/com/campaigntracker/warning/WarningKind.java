package com.campaigntracker.warning;

/**
 * The warning rules of R10: (a) late by more than a day, (b) behind the expected % at two weekly
 * checkpoints running; and the lower-severity (c): update overdue by its cadence, blocked too long.
 */
public enum WarningKind {
    LATE(Severity.HIGH), BEHIND_EXPECTED(Severity.HIGH), UPDATE_OVERDUE(Severity.LOW), BLOCKED_TOO_LONG(Severity.LOW);

    /** High warnings need a deviation explanation (R11); low ones are reminders. */
    public enum Severity { HIGH, LOW }

    private final Severity severity;

    WarningKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public String messageKey() {
        return "warning.kind." + name();
    }
}
