package com.campaigntracker.tracking;

import com.campaigntracker.plan.ProjectSummary;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * When the retrospectives of closed projects are due, for the dashboards' countdown (R14). The closing
 * module provides it (it builds on tracking, so tracking asks through this interface).
 */
public interface RetrospectivesDue {

    /** For each given closed or cancelled project whose retrospective is not yet submitted, its due moment. */
    Map<Long, Instant> dueOf(Collection<ProjectSummary> closedProjects);

    /**
     * The one rule for "retrospective overdue" (R14): one is due (not yet submitted) and its due moment
     * has passed. The dashboards, the portfolio, the retrospective page and the reminder all ask here.
     */
    static boolean overdue(Instant due, Instant now) {
        return due != null && now.isAfter(due);
    }
}
