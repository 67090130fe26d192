package com.campaigntracker.people;

/**
 * Groups of notices a person may choose to receive by e-mail or not (My account); the in-app notice
 * centre shows every notice whatever they choose. The notify module says which notice is in which group.
 */
public enum MailTopic {
    /** A campaign's kick-off: the plan published, confirm your tasks. */
    KICKOFF,
    /** One's own tasks: progress updates due, acceptances, coordination answers. */
    TASKS,
    /** Warnings on tasks and the explanations asked for them. */
    WARNINGS,
    /** Escalations raised, decided or overdue. */
    ESCALATIONS,
    /** Comments that mention me. */
    DISCUSSION,
    /** Retrospectives due or overdue. */
    RETROSPECTIVES,
    /** The working-day calendar (administrators: holidays not entered). */
    CALENDAR;

    public String key() {
        return "mailTopic." + name();
    }
}
