package com.campaigntracker.plan;

import java.util.ArrayList;
import java.util.List;

/** A project and its Phase › Module › Task rows, ready to display. */
public record WorkTree(ProjectSummary project, List<WorkItemRow> roots) {

    /** Every row, parents before their children, in the order the table reads. */
    public List<WorkItemRow> rows() {
        List<WorkItemRow> all = new ArrayList<>();
        collect(roots, all);
        return all;
    }

    public java.util.Optional<WorkItemRow> find(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst();
    }

    private static void collect(List<WorkItemRow> rows, List<WorkItemRow> all) {
        for (WorkItemRow r : rows) {
            all.add(r);
            collect(r.children(), all);
        }
    }
}
