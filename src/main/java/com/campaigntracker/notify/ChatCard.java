package com.campaigntracker.notify;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts a chat group's card shows beside a notice that asks for an action: which action (its
 * button), the task (null for a whole project's kickoff), its project, its planned dates, and the
 * deadline of the action when it has one (a deviation explanation's or an escalation's 24 hours, an
 * update's end of day). The working days left to the planned finish (or past it) are counted by the
 * notifier on the working calendar; the button opens the notice's link.
 */
public record ChatCard(Action action, String taskName, String projectName, LocalDate plannedStart,
                       LocalDate plannedFinish, Instant deadline) {

    /** What the card's button asks for. */
    public enum Action {
        /** An update reminder: 更新进度 / Update progress. */
        UPDATE_PROGRESS,
        /** A kickoff request: 确认分工 / Confirm assignment. */
        CONFIRM_ASSIGNMENT,
        /** A warning that asks for a deviation explanation: 填写偏差说明 / Explain the deviation. */
        EXPLAIN_DEVIATION,
        /** An escalation that waits for a decision: 决策 / Decide. */
        DECIDE
    }
}
