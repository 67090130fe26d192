package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.util.List;
import java.util.Set;

/**
 * Some leaf tasks of a project, read without the rest of its tree (tracking a person's tasks, warnings after
 * one update): their rows in the tree's order, each with its WBS code but without predecessor codes; the
 * project's critical tasks; and the calendar the rows and the critical path were worked out on.
 */
public record LeafTasks(long projectId, String projectName, ProjectStatus status, boolean archived, Long managerId,
                        List<WorkItemRow> rows, Set<Long> criticalItems, WorkingDayCalendar calendar) {

    /** Running: its tasks' updates are due and its warnings hold. */
    public boolean running() {
        return status == ProjectStatus.ACTIVE && !archived;
    }
}
