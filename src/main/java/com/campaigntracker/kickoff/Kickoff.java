package com.campaigntracker.kickoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A project's kickoff as its views show it: what blocks publication, the latest publication, each
 * participant's part and answers, and the override if the manager made one.
 *
 * @param publication the latest publication's number, 0 before the first
 * @param me          the signed-in person's own part, when they hold a role
 */
public record Kickoff(long projectId, String projectName, boolean manager, boolean active, List<Blocker> blockers,
                      int publication, List<Participant> participants, Optional<Participant> me,
                      Optional<OverrideInfo> override, boolean closed) {

    /**
     * R7: the manager may start the project without every confirmation once the plan was published with
     * nothing blocking it, while it is neither running nor closed. The one condition: the service refuses
     * an override otherwise, and the page offers one only then.
     */
    public boolean canOverride() {
        return publication > 0 && blockers.isEmpty() && !active && !closed;
    }

    /** Something a leaf task lacks (R6) before the plan can be published; {@code key} is a translation key. */
    public record Blocker(String wbs, String name, String key) {
    }

    public enum State {
        /** Not yet asked: the plan was not published since they got this part. */
        NOT_ASKED,
        WAITING,
        CONFIRMED,
        OBJECTED
    }

    /**
     * A person holding a role now. {@code roles} is their part today; {@code asked} what the last
     * request showed them (differs when the plan changed after publication).
     */
    public record Participant(long personId, String name, String roles, String asked, int askedAt, State state,
                              List<AnswerInfo> answers) {
    }

    /** One answer, newest first in lists. */
    public record AnswerInfo(boolean confirmed, String comment, Instant when, int publication) {
    }

    public record OverrideInfo(String reason, Instant when, String by) {
    }
}
