package com.campaigntracker.plan;

import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.security.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to a project's Phase › Module › Task tree; only its manager or an admin may make them. */
@Service
@Transactional
public class WorkTreeService {

    private final ProjectRepository projects;
    private final WorkItemRepository workItems;
    private final DependencyRepository dependencies;

    WorkTreeService(ProjectRepository projects, WorkItemRepository workItems, DependencyRepository dependencies) {
        this.projects = projects;
        this.workItems = workItems;
        this.dependencies = dependencies;
    }

    /**
     * Appends rows in table order below the project's existing phases; all of them or none. A Module
     * needs a Phase above it and a Task a Module: the users' table reads the same way.
     *
     * @return the saved items, in the order of {@code rows}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public List<WorkItem> appendRows(long projectId, List<PlanRow> rows) {
        Project project = editableProject(projectId);
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
        return saved;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public Dependency addDependency(long predecessorId, long successorId, DependencyType type, int lagDays) {
        WorkItem predecessor = workItems.findById(predecessorId).orElseThrow();
        WorkItem successor = workItems.findById(successorId).orElseThrow();
        if (!predecessor.getProject().equals(successor.getProject())) {
            throw new IllegalArgumentException("Dependencies link tasks of one project");
        }
        editableProject(successor.getProject().getId());
        return dependencies.save(new Dependency(predecessor, successor, type, lagDays));
    }

    private Project editableProject(long projectId) {
        Project project = projects.findById(projectId).orElseThrow();
        boolean admin = CurrentUser.hasRole("ADMIN");
        Long me = CurrentUser.get().map(SignedInUser::personId).orElse(null);
        if (!admin && !project.getManager().getId().equals(me)) {
            throw new AccessDeniedException("Only the project's manager may change its plan");
        }
        return project;
    }

    private static void copy(PlanRow row, WorkItem item) {
        item.setDescription(row.description());
        item.setDeliverables(row.deliverables());
        item.setOwner(row.owner());
        item.setPlannedDates(row.plannedStart(), row.plannedFinish());
        item.setActualStart(row.actualStart());
        item.setActualFinish(row.actualFinish());
        item.setStatus(row.status());
        item.setPercentComplete(row.percentComplete());
        item.setRiskLevel(row.riskLevel());
        item.setRemarks(row.remarks());
    }
}
