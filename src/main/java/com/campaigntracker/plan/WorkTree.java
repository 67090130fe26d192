package com.campaigntracker.plan;

import java.util.List;

/** A project and its Phase › Module › Task rows, ready to display. */
public record WorkTree(ProjectSummary project, List<WorkItemRow> roots) {
}
