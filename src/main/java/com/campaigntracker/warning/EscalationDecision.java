package com.campaigntracker.warning;

/** What the department head decided about an escalation (R13), described further in words. */
public enum EscalationDecision {
    /** e.g. switch to the backup creative */
    STRATEGY_CHANGE,
    ADD_RESOURCES,
    ADD_BUDGET,
    CUT_SCOPE,
    /** the later finish is accepted as it is */
    ACCEPT_DELAY,
    OTHER;

    public String messageKey() {
        return "escalation.decision." + name();
    }
}
