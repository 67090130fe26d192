package com.campaigntracker.closing;

import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.tracking.RetrospectivesDue;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The dashboards' retrospective countdowns: closed projects whose retrospective is not submitted yet. */
@Component
class OpenRetrospectives implements RetrospectivesDue {

    private final RetrospectiveService retrospectives;

    OpenRetrospectives(RetrospectiveService retrospectives) {
        this.retrospectives = retrospectives;
    }

    @Override
    public Map<Long, Instant> dueOf(Collection<ProjectSummary> closedProjects) {
        Set<Long> done = retrospectives.submitted(closedProjects.stream().map(ProjectSummary::id).toList());
        // one reading of the calendar for them all, not two per project
        Map<Long, Instant> due = new HashMap<>(retrospectives.dueAt(closedProjects.stream()
                .filter(p -> !done.contains(p.id())).toList()));
        return due;
    }
}
