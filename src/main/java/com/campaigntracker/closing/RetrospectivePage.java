package com.campaigntracker.closing;

import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.tracking.RetrospectivesDue;
import java.time.Instant;
import java.util.List;

/**
 * A project's retrospective as its page shows it: when it is due, its versions, the one shown with its
 * form and facts (live for a draft, frozen for a submitted one).
 *
 * @param dueAt    end of the third working day after closing; null while the project runs
 * @param number   the version shown; 0 before anything was saved
 * @param version  its optimistic-lock version, -1 before anything was saved
 * @param editable the signed-in person may write it now (the manager, the project closed, a draft)
 */
public record RetrospectivePage(ProjectSummary project, Instant dueAt, List<Version> versions, int number,
                                long version, boolean submitted, RetrospectiveForm form, RetrospectiveFacts facts,
                                boolean editable, boolean correctable) {

    /** A version was submitted: the retrospective is done, whatever version is shown. */
    public boolean done() {
        return versions.stream().anyMatch(Version::submitted);
    }

    /** Not yet submitted and past its due moment (R14, {@link RetrospectivesDue#overdue}). */
    public boolean overdue(Instant now) {
        return !done() && RetrospectivesDue.overdue(dueAt, now);
    }

    /** One version in the list: its number, whether locked, when and by whom. */
    public record Version(int number, boolean submitted, Instant savedAt, Instant submittedAt, String submittedBy) {
    }
}
