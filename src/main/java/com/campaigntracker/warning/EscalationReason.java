package com.campaigntracker.warning;

/** Why a deviation went to the department head (R13). */
public enum EscalationReason {
    FINISH_MOVED, MILESTONE_MOVED, MARKED_MAJOR;

    public String messageKey() {
        return "escalation.reason." + name();
    }
}
