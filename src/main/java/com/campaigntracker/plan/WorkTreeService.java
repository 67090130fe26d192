package com.campaigntracker.plan;

import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.schedule.Durations;
import com.campaigntracker.schedule.PredecessorCode;
import com.campaigntracker.schedule.PredecessorSyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a project's Phase › Module › Task tree (R1–R4); only its manager or an admin may make
 * them. Every change runs in one transaction: refused changes leave nothing behind.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class WorkTreeService {

    /** Working days a new item lasts: inside the 3–15 days R2 recommends. */
    static final int NEW_ITEM_DAYS = 5;

    private final ProjectRepository projects;
    private final WorkItemRepository workItems;
    private final DependencyRepository dependencies;
    private final PeopleService people;
    private final PlanLoader loader;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<ResponsibilityStore> responsibilities;

    private final org.springframework.context.ApplicationEventPublisher events;

    WorkTreeService(ProjectRepository projects, WorkItemRepository workItems, DependencyRepository dependencies,
                    PeopleService people, PlanLoader loader, Clock clock,
                    org.springframework.beans.factory.ObjectProvider<ResponsibilityStore> responsibilities,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.responsibilities = responsibilities;
        this.projects = projects;
        this.workItems = workItems;
        this.dependencies = dependencies;
        this.people = people;
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * Appends rows in table order below the project's existing phases; all of them or none. A Module
     * needs a Phase above it and a Task a Module: the users' table reads the same way. Predecessor
     * codes refer to the WBS numbers these rows get.
     *
     * @return the saved items, in the order of {@code rows}
     */
    public List<WorkItem> appendRows(long projectId, List<PlanRow> rows) {
        Project project = ProjectService.requireEditable(projects.findById(projectId).orElseThrow());
        for (PlanRow row : rows) { // all rows or none: checked before the first is saved
            DateWindow.require(row.plannedStart(), "item.plannedStart");
            DateWindow.require(row.plannedFinish(), "item.plannedFinish");
            DateWindow.require(row.actualStart(), "item.actualStart");
            DateWindow.require(row.actualFinish(), "item.actualFinish");
            TextLimit.require(row.name(), WorkItem.NAME_MAX, "item.name");
            TextLimit.require(row.description(), WorkItem.TEXT_MAX, "item.description");
            TextLimit.require(row.deliverables(), WorkItem.TEXT_MAX, "item.deliverables");
            TextLimit.require(row.remarks(), WorkItem.TEXT_MAX, "item.remarks");
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
                    replacePredecessors(plan, saved.get(i), rows.get(i).predecessors());
                }
            }
        }
        return saved;
    }

    /** Flags the project's items as key tasks (daily updates, R8), e.g. as a template had them. */
    public void markKeyTasks(long projectId, java.util.Collection<Long> itemIds) {
        Project project = ProjectService.requireEditable(projects.findById(projectId).orElseThrow());
        List<WorkItem> found = workItems.findAllById(itemIds);
        if (found.size() != new java.util.HashSet<>(itemIds).size()
                || found.stream().anyMatch(item -> !item.getProject().equals(project))) {
            throw new PlanEditException("plan.error.itemGone");
        }
        found.forEach(item -> item.setKeyTask(true));
    }

    public Dependency addDependency(long predecessorId, long successorId, DependencyType type, int lagDays) {
        WorkItem predecessor = workItems.findById(predecessorId).orElseThrow();
        WorkItem successor = workItems.findById(successorId).orElseThrow();
        if (!predecessor.getProject().equals(successor.getProject())) {
            throw new IllegalArgumentException("Dependencies link tasks of one project");
        }
        ProjectService.requireEditable(successor.getProject());
        return dependencies.save(new Dependency(predecessor, successor, type, lagDays));
    }

    /** Adds an item where the user asked and returns its id; it lasts {@value #NEW_ITEM_DAYS} working days. */
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
        item.setPlannedDates(s, calendar.finishFor(s, NEW_ITEM_DAYS));
        WorkItem saved = workItems.save(item);
        if (placement == Placement.CHILD && referenceId != null && plan.rows.get(referenceId).isLeaf()) {
            handOverDependencies(plan, plan.item(referenceId), saved);
        }
        return saved.getId();
    }

    /**
     * A task that gets its first child stops being scheduled itself (R1: its dates follow its
     * children; dependencies link tasks, R4): its dependencies go to that child, which does the work now.
     */
    private void handOverDependencies(ProjectPlan plan, WorkItem formerLeaf, WorkItem child) {
        List<Dependency> own = plan.links.stream()
                .filter(d -> d.getPredecessor().equals(formerLeaf) || d.getSuccessor().equals(formerLeaf)).toList();
        if (own.isEmpty()) {
            return;
        }
        List<Dependency> moved = own.stream().map(d -> d.getPredecessor().equals(formerLeaf)
                ? new Dependency(child, d.getSuccessor(), d.getType(), d.getLagDays())
                : new Dependency(d.getPredecessor(), child, d.getType(), d.getLagDays())).toList();
        dependencies.deleteAll(own);
        dependencies.flush();
        plan.links.removeAll(own);
        plan.links.addAll(dependencies.saveAll(moved));
    }

    /** Makes the person the item's owner, its R (R6); {@code null} leaves it without one. */
    public void assignOwner(long itemId, Long personId) {
        WorkItem item = workItems.findById(itemId).orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        ProjectService.requireEditable(item.getProject());
        setOwner(item, personId);
    }

    /** One letter per person and item (R6): the new owner's A, C or I on it goes. */
    private void setOwner(WorkItem item, Long personId) {
        if (personId != null && !personId.equals(item.getOwner() == null ? null : item.getOwner().getId())) {
            responsibilities.ifAvailable(store -> store.clearPerson(item.getId(), personId));
        }
        item.setOwner(personId == null ? null : people.person(personId).orElseThrow());
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
            handOverDependencies(plan, newParent, item);
        }
        plan.relevelDescendants(item);
        renumber(plan.children(oldParent));
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
        renumber(plan.children(parent));
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

    /** How many items a delete takes: the item and everything below it. */
    @Transactional(readOnly = true)
    public int subtreeSize(long itemId) {
        WorkItem item = workItems.findById(itemId).orElseThrow();
        return loader.load(item.getProject()).subtree(item).size();
    }

    public void delete(long itemId, long version) {
        WorkItem item = loader.lockedItem(itemId, version);
        ProjectPlan plan = loader.load(item.getProject());
        List<WorkItem> subtree = plan.subtree(item);
        // removed as entities, not in bulk: the loaded ones must leave the persistence context too
        dependencies.deleteAll(plan.links.stream()
                .filter(d -> subtree.contains(d.getPredecessor()) || subtree.contains(d.getSuccessor())).toList());
        List<Long> ids = subtree.stream().map(WorkItem::getId).toList();
        responsibilities.ifAvailable(store -> store.remove(ids));
        // children before parents: the parent key must not dangle
        subtree.stream().sorted(Comparator.comparingInt((WorkItem w) -> w.getLevel().depth()).reversed())
                .forEach(workItems::delete);
        workItems.flush();
        List<WorkItem> siblings = new ArrayList<>(plan.children(item.getParent()));
        siblings.remove(item);
        renumber(siblings);
    }

    /**
     * Saves a row as edited in the grid. Start, duration and finish stay consistent on the working
     * calendar (the one the user changed wins); estimate and buffer give the duration (R3); parents'
     * dates follow their children (R1); predecessors are checked for cycles and dates (R4).
     */
    public EditOutcome update(long itemId, long version, WorkItemEdit edit, DependencyMode mode) {
        DateWindow.require(edit.plannedStart(), "item.plannedStart");
        DateWindow.require(edit.plannedFinish(), "item.plannedFinish");
        TextLimit.require(edit.name(), WorkItem.NAME_MAX, "item.name");
        TextLimit.require(edit.description(), WorkItem.TEXT_MAX, "item.description");
        TextLimit.require(edit.deliverables(), WorkItem.TEXT_MAX, "item.deliverables");
        TextLimit.require(edit.remarks(), WorkItem.TEXT_MAX, "item.remarks");
        WorkItem item = loader.lockedItem(itemId, version);
        // edits of one project queue here: two predecessor changes at once could close a cycle unseen
        projects.lockById(item.getProject().getId());
        ProjectPlan plan = loader.load(item.getProject());
        WorkItemRow before = plan.rows.get(itemId);
        WorkingDayCalendar calendar = plan.calendar;

        if (edit.name() == null || edit.name().isBlank()) {
            throw new PlanEditException("plan.error.nameRequired");
        }
        if (edit.bufferPercent() < WorkItem.BUFFER_MIN || edit.bufferPercent() > WorkItem.BUFFER_MAX) {
            throw new PlanEditException("plan.error.buffer", WorkItem.BUFFER_MIN, WorkItem.BUFFER_MAX);
        }
        if (edit.estimateDays() != null && edit.estimateDays() < 1) {
            throw new PlanEditException("plan.error.estimate");
        }
        item.setName(edit.name().strip());
        item.setDescription(blankToNull(edit.description()));
        item.setDeliverables(blankToNull(edit.deliverables()));
        setOwner(item, edit.ownerId());
        item.setPriority(edit.priority() == null ? Priority.MEDIUM : edit.priority());
        item.setRiskLevel(edit.riskLevel());
        item.setRemarks(blankToNull(edit.remarks()));
        item.setKeyTask(edit.keyTask());
        item.setMilestone(edit.milestone());
        boolean estimateChanged = !Objects.equals(edit.estimateDays(), item.getEstimateDays())
                || edit.bufferPercent() != item.getBufferPercent();
        item.setEstimateDays(edit.estimateDays());
        item.setBufferPercent(edit.bufferPercent());

        boolean datesChanged = !Objects.equals(edit.plannedStart(), before.plannedStart())
                || !Objects.equals(edit.plannedFinish(), before.plannedFinish())
                || !Objects.equals(edit.duration(), before.duration());
        if (!before.isLeaf()) {
            if (datesChanged) {
                throw new PlanEditException("plan.error.parentDates", before.wbs(), before.name());
            }
        } else if (datesChanged || (estimateChanged && edit.estimateDays() != null)) {
            applyDates(item, before, edit, estimateChanged, calendar);
        }

        String typed = edit.predecessors() == null ? "" : edit.predecessors();
        if (!normalise(typed).equals(normalise(String.join(",", before.predecessors())))) {
            replacePredecessors(plan, item, typed);
        }
        EditOutcome outcome = new EditOutcome(DependencyKeeper.describe(plan, DependencyKeeper.keep(plan, item, mode)));
        events.publishEvent(new PlanChanged(item.getProject().getId()));
        return outcome;
    }

    private static void applyDates(WorkItem item, WorkItemRow before, WorkItemEdit edit, boolean estimateChanged,
                                   WorkingDayCalendar calendar) {
        LocalDate start = edit.plannedStart();
        if (start == null) {
            item.setPlannedDates(null, null);
            return;
        }
        start = calendar.onOrAfter(start);
        LocalDate finish;
        if (!Objects.equals(edit.plannedFinish(), before.plannedFinish()) && edit.plannedFinish() != null) {
            finish = calendar.onOrBefore(edit.plannedFinish());
            if (finish.isBefore(start)) {
                throw new PlanEditException("plan.error.finishBeforeStart", edit.plannedFinish(), edit.plannedStart());
            }
        } else if (!Objects.equals(edit.duration(), before.duration()) && edit.duration() != null) {
            if (edit.duration() < 1) {
                throw new PlanEditException("plan.error.duration");
            }
            finish = calendar.finishFor(start, edit.duration());
        } else if (estimateChanged && edit.estimateDays() != null) {
            finish = calendar.finishFor(start, Durations.planned(edit.estimateDays(), edit.bufferPercent()));
        } else {
            int keep = before.duration() != null ? before.duration()
                    : edit.estimateDays() != null ? Durations.planned(edit.estimateDays(), edit.bufferPercent())
                    : NEW_ITEM_DAYS;
            finish = calendar.finishFor(start, keep);
        }
        DateWindow.require(start, "item.plannedStart");
        DateWindow.require(finish, "item.plannedFinish"); // a start near 2099 and a long duration
        item.setPlannedDates(start, finish);
    }

    /** Replaces the item's predecessors with the typed ones; refuses unknown codes, parents and cycles. */
    private void replacePredecessors(ProjectPlan plan, WorkItem successor, String typed) {
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
        dependencies.deleteAll(replaced);
        dependencies.flush();
        plan.links.removeAll(replaced);
        plan.links.addAll(dependencies.saveAll(added));
    }

    private static void renumber(List<WorkItem> siblings) {
        List<WorkItem> sorted = siblings.stream().sorted(Comparator.comparingInt(WorkItem::getPosition)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            sorted.get(i).setPosition(i);
        }
    }

    private static String normalise(String predecessors) {
        try {
            return PredecessorCode.parseList(predecessors).stream().map(PredecessorCode::format).sorted()
                    .collect(Collectors.joining(","));
        } catch (PredecessorSyntaxException e) {
            return predecessors; // differs from what is stored, so it gets parsed and refused properly
        }
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
