package com.campaigntracker.notify;

import com.campaigntracker.people.MailTopic;

/** Which group of notices (as people choose them in My account) a notice's message key belongs to. */
final class MailTopics {

    private MailTopics() {
    }

    /** The group, or null for notices that always go out (none today: every notice key has a group). */
    static MailTopic of(String messageKey) {
        if (messageKey == null) {
            return null;
        }
        if (messageKey.startsWith("notice.kickoff")) {
            return MailTopic.KICKOFF;
        }
        if (messageKey.startsWith("notice.updateDue") || messageKey.startsWith("notice.acceptance")
                || messageKey.startsWith("notice.coordination.")) {
            return MailTopic.TASKS;
        }
        if (messageKey.startsWith("notice.warning.") || messageKey.startsWith("notice.explanation.")) {
            return MailTopic.WARNINGS;
        }
        if (messageKey.startsWith("notice.escalation.")) {
            return MailTopic.ESCALATIONS;
        }
        if (messageKey.startsWith("notice.discussion.")) {
            return MailTopic.DISCUSSION;
        }
        if (messageKey.startsWith("notice.retrospective.")) {
            return MailTopic.RETROSPECTIVES;
        }
        if (messageKey.startsWith("notice.holidaysNotEntered")) {
            return MailTopic.CALENDAR;
        }
        return null;
    }
}
