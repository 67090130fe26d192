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
}
