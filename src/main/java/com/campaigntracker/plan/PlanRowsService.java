package com.campaigntracker.plan;

import com.campaigntracker.shared.time.DateWindow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a project's tree from rows of the users' table, as the import, templates and the demo have
 * them; only its manager or an admin may. All rows or none: a refused row leaves nothing behind.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PlanRowsService {

    private final ProjectRepository projects;
    private final WorkItemRepository workItems;
    private final PlanLoader loader;
    private final PlanDependencies dependencies;

    PlanRowsService(ProjectRepository projects, WorkItemRepository workItems, PlanLoader loader,
                    PlanDependencies dependencies) {
        this.projects = projects;
        this.workItems = workItems;
        this.loader = loader;
        this.dependencies = dependencies;
    }

    /**
     * Appends rows in table order below the project's existing phases; all of them or none. A Module
     * needs a Phase above it and a Task a Module: the users' table reads the same way. Predecessor
     * codes refer to the WBS numbers these rows get.
     *
     * @return the ids of the saved items, in the order of {@code rows}
     */
    public List<Long> appendRows(long projectId, List<PlanRow> rows) {
        Project project = ProjectService.requireEditable(projects.findById(projectId).orElseThrow());
        for (PlanRow row : rows) { // all rows or none: checked before the first is saved
            DateWindow.require(row.plannedStart(), "item.plannedStart");
            DateWindow.require(row.plannedFinish(), "item.plannedFinish");
            DateWindow.require(row.actualStart(), "item.actualStart");
            DateWindow.require(row.actualFinish(), "item.actualFinish");
            WorkItem.requireTextsFit(row.name(), row.description(), row.deliverables(), row.remarks());
        }
        List<WorkItem> saved = new ArrayList<>();
        WorkItem[] lastAtDepth = new WorkItem[WorkItemLevel.values().length];
        int[] nextPosition = new int[WorkItemLevel.values().length];
        nextPosition[0] = workItems.countPhases(projectId);
        for (int i = 0; i < rows.size(); i++) {
            PlanRow row = rows.get(i);
            int depth = row.level().depth() - 1;
            WorkItem item;
            if (depth == 0) {
                item = WorkItem.phase(project, nextPosition[0]++, row.name());
            } else {
                WorkItem parent = lastAtDepth[depth - 1];
                if (parent == null) {
                    throw new PlanRowOrderException(i + 1, row.level());
                }
                item = WorkItem.childOf(parent, nextPosition[depth]++, row.name());
            }
            copy(row, item);
            lastAtDepth[depth] = workItems.save(item);
            for (int below = depth + 1; below < lastAtDepth.length; below++) {
                lastAtDepth[below] = null;
                nextPosition[below] = 0;
            }
            saved.add(item);
        }
        if (rows.stream().anyMatch(r -> r.predecessors() != null && !r.predecessors().isBlank())) {
            ProjectPlan plan = loader.load(project);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).predecessors() != null && !rows.get(i).predecessors().isBlank()) {
                    dependencies.replacePredecessors(plan, saved.get(i), rows.get(i).predecessors());
                }
            }
        }
        return saved.stream().map(WorkItem::getId).toList();
    }

    /** Flags the project's items as key tasks (daily updates, R8), e.g. as a template had them. */
    public void markKeyTasks(long projectId, Collection<Long> itemIds) {
        Project project = ProjectService.requireEditable(projects.findById(projectId).orElseThrow());
        List<WorkItem> found = workItems.findAllById(itemIds);
        if (found.size() != new HashSet<>(itemIds).size()
                || found.stream().anyMatch(item -> !item.getProject().equals(project))) {
            throw new PlanEditException("plan.error.itemGone");
        }
        found.forEach(item -> item.setKeyTask(true));
    }

    private static void copy(PlanRow row, WorkItem item) {
        item.setDescription(row.description());
        item.setDeliverables(row.deliverables());
        item.setOwner(row.owner());
        item.setPlannedDates(row.plannedStart(), row.plannedFinish());
        item.setActualStart(row.actualStart());
        item.setActualFinish(row.actualFinish());
        item.setStatus(row.status());
        // the users' table writes why a task is blocked in its remarks (R9: blocked needs a reason)
        item.setBlockedReason(row.status() == ProgressStatus.BLOCKED ? row.remarks() : null);
        item.setPercentComplete(row.percentComplete());
        item.setRiskLevel(row.riskLevel());
        item.setRemarks(row.remarks());
        if (row.priority() != null) {
            item.setPriority(row.priority());
        }
        item.setEstimateDays(row.estimateDays());
        if (row.bufferPercent() != null) {
            item.setBufferPercent(row.bufferPercent());
        }
        item.setMilestone(row.milestone());
    }
}
