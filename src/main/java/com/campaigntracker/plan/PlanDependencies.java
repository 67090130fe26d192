package com.campaigntracker.plan;

import com.campaigntracker.schedule.PredecessorCode;
import com.campaigntracker.schedule.PredecessorSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The dependency changes that follow an edit of the tree, inside the editing service's transaction:
 * predecessors typed as WBS codes (R4) and a task's links handed to its first child.
 */
@Component
class PlanDependencies {

    private final DependencyRepository dependencies;

    PlanDependencies(DependencyRepository dependencies) {
        this.dependencies = dependencies;
    }

    /** Replaces the item's predecessors with the typed ones; refuses unknown codes, parents and cycles. */
    void replacePredecessors(ProjectPlan plan, WorkItem successor, String typed) {
        List<PredecessorCode> codes;
        try {
            codes = PredecessorCode.parseList(typed);
        } catch (PredecessorSyntaxException e) {
            throw new PlanEditException("plan.error.predecessorSyntax", e.token());
        }
        Map<String, WorkItemRow> byWbs = plan.rows.values().stream()
                .collect(Collectors.toMap(WorkItemRow::wbs, r -> r));
        List<Dependency> replaced = plan.links.stream().filter(d -> d.getSuccessor().equals(successor)).toList();
        List<Dependency> added = new ArrayList<>();
        for (PredecessorCode code : codes) {
            WorkItemRow pred = byWbs.get(code.wbs());
            if (pred == null) {
                throw new PlanEditException("plan.error.unknownPredecessor", code.wbs());
            }
            if (pred.id() == successor.getId()) {
                throw new PlanEditException("plan.error.selfPredecessor", code.wbs());
            }
            if (!pred.isLeaf() || !plan.rows.get(successor.getId()).isLeaf()) {
                throw new PlanEditException("plan.error.predecessorNotTask", code.wbs(), pred.name());
            }
            added.add(new Dependency(plan.item(pred.id()), successor, code.type(), code.lag()));
        }
        List<Dependency> all = new ArrayList<>(plan.links);
        all.removeAll(replaced);
        all.addAll(added);
        DependencyKeeper.requireNoCycle(plan, all);
        replace(plan, replaced, added);
    }

    /**
     * A task that gets its first child stops being scheduled itself (R1: its dates follow its
     * children; dependencies link tasks, R4): its dependencies go to that child, which does the work now.
     */
    void handOver(ProjectPlan plan, WorkItem formerLeaf, WorkItem child) {
        List<Dependency> own = plan.links.stream()
                .filter(d -> d.getPredecessor().equals(formerLeaf) || d.getSuccessor().equals(formerLeaf)).toList();
        if (own.isEmpty()) {
            return;
        }
        replace(plan, own, own.stream().map(d -> d.getPredecessor().equals(formerLeaf)
                ? new Dependency(child, d.getSuccessor(), d.getType(), d.getLagDays())
                : new Dependency(d.getPredecessor(), child, d.getType(), d.getLagDays())).toList());
    }

    /**
     * Deletes the links of items about to be deleted: as entities, not in bulk, so the loaded ones
     * leave the persistence context too.
     */
    void removeLinksOf(ProjectPlan plan, List<WorkItem> items) {
        dependencies.deleteAll(plan.links.stream()
                .filter(d -> items.contains(d.getPredecessor()) || items.contains(d.getSuccessor())).toList());
    }

    private void replace(ProjectPlan plan, List<Dependency> old, List<Dependency> replacements) {
        dependencies.deleteAll(old);
        dependencies.flush(); // the unique key (predecessor, successor) must be free before the new rows
        plan.links.removeAll(old);
        plan.links.addAll(dependencies.saveAll(replacements));
    }
}
