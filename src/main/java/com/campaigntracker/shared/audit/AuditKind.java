package com.campaigntracker.shared.audit;

/** What an administrator's (or a manager's, for channels) recorded action was; the log filters by it. */
public enum AuditKind {
    PERSON_CREATED,
    PERSON_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_UNLOCKED,
    DEPARTMENT_CREATED,
    DEPARTMENT_HEAD,
    CALENDAR_DAY,
    CALENDAR_IMPORT,
    CHANNEL_ADDED,
    CHANNEL_CHANGED,
    CHANNEL_REMOVED,
    ALLOWED_HOSTS,
    MAIL_SETTINGS,
    PROJECT_REOPENED;

    /** Translation key of the kind's name, e.g. {@code audit.kind.PASSWORD_RESET}. */
    public String key() {
        return "audit.kind." + name();
    }
}
