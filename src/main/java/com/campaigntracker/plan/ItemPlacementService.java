package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.shared.text.TextLimit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where items sit in a project's Phase › Module › Task tree (R1): adding one, indenting, outdenting
 * and moving it among its siblings. Only the project's manager or an admin may; each change runs in
 * one transaction.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ItemPlacementService {

    private final ProjectRepository projects;
    private final WorkItemRepository workItems;
    private final PlanLoader loader;
    private final PlanDependencies dependencies;
    private final Clock clock;

    ItemPlacementService(ProjectRepository projects, WorkItemRepository workItems, PlanLoader loader,
                         PlanDependencies dependencies, Clock clock) {
        this.projects = projects;
        this.workItems = workItems;
        this.loader = loader;
        this.dependencies = dependencies;
        this.clock = clock;
    }

    /** Adds an item where the user asked and returns its id; it lasts {@value WorkItem#NEW_ITEM_DAYS} working days. */
    public long addItem(long projectId, Long referenceId, Placement placement, String name) {
        TextLimit.require(name, WorkItem.NAME_MAX, "item.name");
        Project project = ProjectService.requireEditable(projects.findById(projectId).orElseThrow());
        ProjectPlan plan = loader.load(project);
        WorkingDayCalendar calendar = plan.calendar;
        WorkItem item;
        LocalDate start;
        if (placement == Placement.PHASE || referenceId == null) {
            item = WorkItem.phase(project, plan.children(null).size(), name);
            start = plan.rows.values().stream().map(WorkItemRow::plannedFinish).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).map(f -> calendar.shift(f, 1))
                    .orElse(project.getPlannedStart() != null ? project.getPlannedStart() : LocalDate.now(clock));
        } else {
            WorkItem reference = plan.item(referenceId);
            WorkItemRow referenceRow = plan.rows.get(referenceId);
            if (placement == Placement.CHILD) {
                item = WorkItem.childOf(reference, plan.children(reference).size(), name);
                start = referenceRow.plannedStart();
            } else {
                List<WorkItem> siblings = plan.children(reference.getParent());
                siblings.stream().filter(s -> s.getPosition() > reference.getPosition())
                        .forEach(s -> s.setPosition(s.getPosition() + 1));
                item = reference.getParent() == null
                        ? WorkItem.phase(project, reference.getPosition() + 1, name)
                        : WorkItem.childOf(reference.getParent(), reference.getPosition() + 1, name);
                start = referenceRow.plannedFinish() == null ? null : calendar.shift(referenceRow.plannedFinish(), 1);
            }
            if (start == null) {
                start = project.getPlannedStart() != null ? project.getPlannedStart() : LocalDate.now(clock);
            }
        }
        LocalDate s = calendar.onOrAfter(start);
        item.setPlannedDates(s, calendar.finishFor(s, WorkItem.NEW_ITEM_DAYS));
        WorkItem saved = workItems.save(item);
        if (placement == Placement.CHILD && referenceId != null && plan.rows.get(referenceId).isLeaf()) {
            dependencies.handOver(plan, plan.item(referenceId), saved);
        }
        return saved.getId();
    }

    /** Makes the item the last child of the sibling above it (refused below Task). */
    public void indent(long itemId, long version) {
        WorkItem item = loader.lockedItem(itemId, version);
        ProjectPlan plan = loader.load(item.getProject());
        List<WorkItem> siblings = plan.children(item.getParent());
        WorkItem newParent = siblings.stream().filter(s -> s.getPosition() < item.getPosition())
                .max(Comparator.comparingInt(WorkItem::getPosition))
                .orElseThrow(() -> new PlanEditException("plan.error.nothingToIndentUnder", item.getName()));
        WorkItemLevel newLevel = newParent.getLevel().childLevel();
        if (newLevel.depth() + plan.levelsBelow(item) > WorkItemLevel.TASK.depth()) {
            throw new WorkTreeTooDeepException();
        }
        WorkItem oldParent = item.getParent();
        boolean newParentWasLeaf = plan.rows.get(newParent.getId()).isLeaf();
        item.placeUnder(newParent, newLevel, plan.children(newParent).size());
        if (newParentWasLeaf) {
            dependencies.handOver(plan, newParent, item);
        }
        plan.relevelDescendants(item);
        ProjectPlan.renumber(plan.children(oldParent));
    }

    /** Makes the item the next sibling of its parent. */
    public void outdent(long itemId, long version) {
        WorkItem item = loader.lockedItem(itemId, version);
        WorkItem parent = item.getParent();
        if (parent == null) {
            throw new PlanEditException("plan.error.phaseCannotOutdent", item.getName());
        }
        ProjectPlan plan = loader.load(item.getProject());
        WorkItem grandParent = parent.getParent();
        plan.children(grandParent).stream().filter(s -> s.getPosition() > parent.getPosition())
                .forEach(s -> s.setPosition(s.getPosition() + 1));
        WorkItemLevel newLevel = grandParent == null ? WorkItemLevel.PHASE : grandParent.getLevel().childLevel();
        item.placeUnder(grandParent, newLevel, parent.getPosition() + 1);
        plan.relevelDescendants(item);
        ProjectPlan.renumber(plan.children(parent));
    }

    /** Swaps the item with its sibling above ({@code -1}) or below ({@code +1}). */
    public void move(long itemId, long version, int direction) {
        WorkItem item = loader.lockedItem(itemId, version);
        ProjectPlan plan = loader.load(item.getProject());
        int target = item.getPosition() + Integer.signum(direction);
        WorkItem neighbour = plan.children(item.getParent()).stream().filter(s -> s.getPosition() == target)
                .findFirst().orElseThrow(() -> new PlanEditException("plan.error.cannotMove", item.getName()));
        neighbour.setPosition(item.getPosition());
        item.setPosition(target);
    }
}
