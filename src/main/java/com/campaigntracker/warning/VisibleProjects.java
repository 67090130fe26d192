package com.campaigntracker.warning;

import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the monitoring lists (warnings, explanations, escalations) start from: the projects I may see,
 * and the tracked tasks of the projects a list names.
 */
final class VisibleProjects {

    private VisibleProjects() {
    }

    /** The projects I may see by id: every one, or {@code projectId} alone when given (none if I may not see it). */
    static Map<Long, ProjectSummary> byId(ProjectService projects, Long projectId) {
        return projects.visibleProjects().stream().filter(p -> projectId == null || p.id() == projectId)
                .collect(Collectors.toMap(ProjectSummary::id, p -> p));
    }

    /** The tracked tasks of the given projects by id, each project read once. */
    static Map<Long, TrackedTask> tasksOf(TrackingService tracking, Stream<Long> projectIds) {
        Map<Long, TrackedTask> tasks = new HashMap<>();
        projectIds.distinct().forEach(p -> tracking.tasksOf(p).forEach(t -> tasks.put(t.id(), t)));
        return tasks;
    }
}
