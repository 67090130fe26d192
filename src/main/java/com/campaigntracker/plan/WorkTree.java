package com.campaigntracker.plan;

import java.util.List;

/** A project and its Phase › Module › Task rows, ready to display. */
public record WorkTree(ProjectSummary project, List<WorkItemRow> roots) {

    public int size() {
        return count(roots);
    }

    private static int count(List<WorkItemRow> rows) {
        return rows.stream().mapToInt(r -> 1 + count(r.children())).sum();
    }
}
