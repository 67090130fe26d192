package com.campaigntracker.plan;

import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.schedule.CriticalPath;
import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.schedule.Span;
import com.campaigntracker.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule as a timeline: what a Gantt chart shows (with critical path and baseline) and the
 * changes made on it — dragging dates, dragging progress (R9), drawing and removing dependencies
 * (R4) and saving a baseline. Dates always land on working days (R16).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TimelineService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TimelineService.class);

    private final ProjectService projectService;
    private final ProjectRepository projects;
    private final WorkItemRepository workItems;
    private final DependencyRepository dependencies;
    private final BaselineRepository baselines;
    private final ScheduleRevisionRepository revisions;
    private final PlanLoader loader;
    private final WorkingCalendarService calendars;
    private final PeopleService people;
    private final Clock clock;
    private final ProgressService progress;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final PlanChangeAnnouncer announcer;

    TimelineService(ProjectService projectService, ProjectRepository projects, WorkItemRepository workItems,
                    DependencyRepository dependencies, BaselineRepository baselines,
                    ScheduleRevisionRepository revisions, PlanLoader loader,
                    WorkingCalendarService calendars, PeopleService people, Clock clock,
                    ProgressService progress, org.springframework.context.ApplicationEventPublisher events,
                    PlanChangeAnnouncer announcer) {
        this.announcer = announcer;
        this.progress = progress;
        this.events = events;
        this.projectService = projectService;
        this.projects = projects;
        this.workItems = workItems;
        this.dependencies = dependencies;
        this.baselines = baselines;
        this.revisions = revisions;
        this.loader = loader;
        this.calendars = calendars;
        this.people = people;
        this.clock = clock;
    }

    /** The project's timeline, or empty when it does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public Optional<Timeline> timeline(long projectId) {
        return timeline(projectId, true, true);
    }

    /**
     * The project's timeline as tracking reads it (the tasks, their dates, floats and critical path) without
     * the baseline and the owners' departments, which it never uses: {@link Timeline#baseline()} is empty
     * and {@link Timeline#ownerDepartments()} too. Empty when the project does not exist or is not visible.
     */
    @Transactional(readOnly = true)
    public Optional<Timeline> timelineForTracking(long projectId) {
        return timeline(projectId, false, false);
    }

    /**
     * The timeline over a tree the caller already read through {@link ProjectService#visibleWorkTrees}
     * (the portfolio): its items are not read again. Such a tree has no predecessor codes, which a
     * timeline's figures never use, and the owners' departments are left out ({@link Timeline#ownerDepartments()}
     * empty); empty when the user may not see the project.
     */
    @Transactional(readOnly = true)
    public Optional<Timeline> timelineOf(WorkTree tree) {
        long projectId = tree.project().id();
        if (!projectService.isVisible(projectId)) {
            return Optional.empty();
        }
        List<DependencyRow> links = dependencies.rowsOfProject(projectId);
        return Optional.of(timeline(projectId, tree, links, calendars.calendar(), true, false));
    }

    private Optional<Timeline> timeline(long projectId, boolean withBaseline, boolean withDepartments) {
        return projectService.workTreeWithLinks(projectId).map(linked ->
                timeline(projectId, linked.tree(), linked.links(), linked.calendar(), withBaseline, withDepartments));
    }

    private Timeline timeline(long projectId, WorkTree tree, List<DependencyRow> links, WorkingDayCalendar calendar,
                              boolean withBaseline, boolean withDepartments) {
        List<Span> leaves = datedLeaves(tree);
        Critical critical = critical(projectId, leaves, links, calendar);
        Optional<Timeline.BaselineInfo> baseline = !withBaseline ? Optional.empty()
                : baselines.findFirstByProjectIdOrderByNumberDesc(projectId)
                .map(b -> new Timeline.BaselineInfo(b.getNumber(), b.getSavedAt(),
                        b.getSavedBy() == null ? null : b.getSavedBy().getDisplayName(), Map.copyOf(b.getSpans())));
        Map<Long, String> departments = withDepartments ? people.departmentNames() : Map.of();
        return new Timeline(tree, links, critical.totalFloat(), critical.items(), critical.dependencies(),
                baseline, java.util.Collections.unmodifiableMap(departments), calendar, LocalDate.now(clock));
    }

    /** The project's dependencies alone, for checks that need no dates (empty when it is not visible). */
    @Transactional(readOnly = true)
    public List<DependencyRow> dependencies(long projectId) {
        return projectService.isVisible(projectId)
                ? dependencies.rowsOfProject(projectId) : List.of();
    }

    /** The critical path, or none when the links go round in a circle (saved before checks existed). */
    private static CriticalPath.Result criticalPath(long projectId, List<Span> leaves, List<DependencyRow> links,
                                                    WorkingDayCalendar calendar) {
        List<com.campaigntracker.schedule.Link> all = links.stream().map(DependencyRow::link).toList();
        try {
            return CriticalPath.compute(leaves, all, calendar);
        } catch (IllegalArgumentException cycle) {
            log.warn("Project {} has a dependency cycle; its Gantt shows no critical path: {}", projectId,
                    cycle.getMessage());
            return CriticalPath.compute(leaves, List.of(), calendar);
        }
    }

    /** The dated leaf tasks, the ones the critical path is computed over. */
    private static List<Span> datedLeaves(WorkTree tree) {
        return tree.rows().stream().filter(WorkItemRow::isLeaf)
                .filter(r -> r.plannedStart() != null && r.plannedFinish() != null)
                .map(r -> new Span(r.id(), r.plannedStart(), r.plannedFinish())).toList();
    }

    /** Each task's float and what is critical, tasks and dependencies, as a timeline keeps them. */
    record Critical(Map<Long, Integer> totalFloat, Set<Long> items, Set<Long> dependencies) {
    }

    static Critical critical(long projectId, List<Span> leaves, List<DependencyRow> links,
                                     WorkingDayCalendar calendar) {
        CriticalPath.Result path = criticalPath(projectId, leaves, links, calendar);
        Set<Long> criticalLinks = new HashSet<>();
        links.forEach(l -> {
            if (path.isCritical(l.link())) {
                criticalLinks.add(l.id());
            }
        });
        return new Critical(path.totalFloat(), path.criticalIds(), Set.copyOf(criticalLinks));
    }

    /**
     * A bar dropped on new dates. A move keeps the task's length in working days from the new start;
     * a resize keeps both ends. Both snap to working days; a start before the predecessors allow is
     * refused (they are not moved back), successors move later as far as they must.
     *
     * @return the other items that moved
     */
    public EditOutcome reschedule(long itemId, long version, LocalDate start, LocalDate finish, boolean resize) {
        WorkItem item = lockedItem(itemId, version, start, finish);
        EditOutcome outcome = saveOnPlan(item, start, finish, resize);
        events.publishEvent(new PlanChanged(item.getProject().getId()));
        return outcome;
    }

    /**
     * A bar dropped on new dates on a chart that shows {@code shown}: saved as {@link #reschedule(long, long,
     * LocalDate, LocalDate, boolean)} does, and the shown timeline brought up to date in memory (the moved
     * tasks, their parents' rollups, the floats and critical path over the new dates) instead of loaded again.
     * While the shown timeline is the stored plan, the drag reads the plan as rows (ids, versions, parents,
     * dates, links) rather than entities, and loads, changes and audits as entities only the task and the
     * successors it pushes, their versions checked as any edit's. The project's warnings are evaluated right
     * after the commit, in the background: a drag's answer does not wait for an evaluation of every task of
     * the project (at 10,000 tasks it took four times the save).
     */
    public TimelineEdit reschedule(Timeline shown, long itemId, long version, LocalDate start, LocalDate finish,
                                   boolean resize) {
        WorkItem item = lockedItem(itemId, version, start, finish);
        long projectId = item.getProject().getId();
        announcer.afterCommit(projectId); // as the user who dragged, as the listeners would have seen it in the request
        Map<Long, StoredItem> stored = new HashMap<>();
        workItems.storedItemsOf(projectId).forEach(i -> stored.put(i.id(), i));
        List<DependencyRow> links = dependencies.rowsOfProject(projectId);
        if (!isCurrent(shown, stored, links, projectId)) {
            return TimelineEdit.reload(saveOnPlan(item, start, finish, resize));
        }
        Map<Long, WorkItemRow> rows = new HashMap<>();
        shown.tree().rows().forEach(r -> rows.put(r.id(), r));
        WorkingDayCalendar calendar = calendars.calendar();
        Span dropped = dropped(item, rows.get(itemId), calendar, start, finish, resize);
        item.setPlannedDates(dropped.start(), dropped.finish());
        Map<Long, Span> spans = new HashMap<>();
        stored.values().forEach(i -> spans.put(i.id(), new Span(i.id(), i.plannedStart(), i.plannedFinish())));
        spans.put(itemId, dropped);
        Map<Long, Span> moved = DependencyKeeper.schedule(spans, links.stream().map(DependencyRow::link).toList(),
                calendar, itemId, DependencyMode.PUSH_SUCCESSORS, rows);
        Map<Long, WorkItem> changed = new HashMap<>();
        changed.put(itemId, item);
        for (WorkItem w : workItems.findAllById(moved.keySet())) {
            if (w.getVersion() != stored.get(w.getId()).version()) { // changed since the rows were read
                throw new ConcurrentEditException(w.getName());
            }
            Span span = moved.get(w.getId());
            w.setPlannedDates(span.start(), span.finish());
            changed.put(w.getId(), w);
        }
        workItems.flush(); // the moved tasks' new versions, which their next edit must carry
        EditOutcome outcome = new EditOutcome(DependencyKeeper.describe(rows, moved));
        return updated(shown, outcome, changed, rows, stored, calendar);
    }

    /** The item to reschedule, checked as any edit's (rights, version), after the dates' bounds. */
    private WorkItem lockedItem(long itemId, long version, LocalDate start, LocalDate finish) {
        DateWindow.require(start, "item.plannedStart");
        DateWindow.require(finish, "item.plannedFinish");
        return loader.lockedItem(itemId, version);
    }

    /** The drop saved on the project's plan loaded as entities, successors pushed. */
    private EditOutcome saveOnPlan(WorkItem item, LocalDate start, LocalDate finish, boolean resize) {
        ProjectPlan plan = loader.load(item.getProject());
        Span dropped = dropped(item, plan.rows.get(item.getId()), plan.calendar, start, finish, resize);
        item.setPlannedDates(dropped.start(), dropped.finish());
        Map<Long, Span> moved = DependencyKeeper.keep(plan, item, DependencyMode.PUSH_SUCCESSORS);
        return new EditOutcome(DependencyKeeper.describe(plan, moved));
    }

    /** The task's new dates on working days, refused for a parent (its dates roll up) and out of bounds. */
    private static Span dropped(WorkItem item, WorkItemRow row, WorkingDayCalendar calendar, LocalDate start,
                                LocalDate finish, boolean resize) {
        if (!row.isLeaf()) {
            throw new PlanEditException("plan.error.parentDates", row.wbs(), row.name());
        }
        int duration = row.duration() != null ? row.duration() : WorkItem.NEW_ITEM_DAYS;
        LocalDate s = calendar.onOrAfter(start);
        LocalDate f;
        if (item.isMilestone()) {
            // its diamond marks the finish: the day it was dropped on is the new finish, length kept
            f = calendar.onOrAfter(finish);
            s = calendar.startFor(f, duration);
        } else if (resize) {
            f = calendar.onOrBefore(finish);
            if (f.isBefore(s)) {
                throw new PlanEditException("plan.error.finishBeforeStart", finish, start);
            }
        } else {
            f = calendar.finishFor(s, duration);
        }
        DateWindow.require(s, "item.plannedStart");
        DateWindow.require(f, "item.plannedFinish");
        return new Span(item.getId(), s, f);
    }

    /**
     * Whether the chart's timeline is the stored plan: same day, same rows in the same versions (a row's
     * move, rename or progress changes its version), same dependencies, same baseline.
     */
    private boolean isCurrent(Timeline shown, Map<Long, StoredItem> stored, List<DependencyRow> links, long projectId) {
        if (shown.tree().project().id() != projectId || !shown.today().equals(LocalDate.now(clock))
                || shown.dependencies().size() != links.size()
                || shown.baseline().map(Timeline.BaselineInfo::number).orElse(0) != baselines.lastNumber(projectId)) {
            return false;
        }
        List<WorkItemRow> rows = shown.tree().rows();
        if (rows.size() != stored.size()) {
            return false;
        }
        for (WorkItemRow r : rows) {
            StoredItem now = stored.get(r.id());
            if (now == null || now.version() != r.version()) {
                return false;
            }
        }
        return new HashSet<>(shown.dependencies()).containsAll(links);
    }

    /** The shown timeline with the saved change: new rows for the moved tasks and their parents, floats anew. */
    private TimelineEdit updated(Timeline shown, EditOutcome outcome, Map<Long, WorkItem> changed,
                                 Map<Long, WorkItemRow> rows, Map<Long, StoredItem> stored,
                                 WorkingDayCalendar calendar) {
        LocalDate today = shown.today();
        Map<Long, WorkItemRow> leaves = new HashMap<>();
        Set<Long> affected = new java.util.LinkedHashSet<>();
        boolean datesMoved = false;
        for (WorkItem item : changed.values()) {
            WorkItemRow before = rows.get(item.getId());
            WorkItemRow after = WorkTreeAssembler.leaf(item, before, calendar, today);
            leaves.put(item.getId(), after);
            datesMoved |= !java.util.Objects.equals(before.plannedStart(), after.plannedStart())
                    || !java.util.Objects.equals(before.plannedFinish(), after.plannedFinish());
            for (Long id = item.getId(); id != null; id = stored.get(id).parentId()) {
                affected.add(id);
            }
        }
        WorkTree tree = new WorkTree(shown.tree().project(), patch(shown.tree().roots(), leaves, affected, calendar));
        Set<Long> changedItems = new java.util.LinkedHashSet<>(affected);
        Set<Long> changedLinks = new HashSet<>();
        Critical critical = new Critical(shown.totalFloat(), shown.criticalItems(), shown.criticalDependencies());
        if (datesMoved) { // the only input of the critical path a drag changes
            critical = critical(tree.project().id(), datedLeaves(tree), shown.dependencies(), calendar);
            Set<Long> floats = new HashSet<>(shown.totalFloat().keySet());
            floats.addAll(critical.totalFloat().keySet());
            for (Long id : floats) {
                if (!java.util.Objects.equals(shown.totalFloat().get(id), critical.totalFloat().get(id))
                        || shown.criticalItems().contains(id) != critical.items().contains(id)) {
                    changedItems.add(id);
                }
            }
            for (DependencyRow d : shown.dependencies()) {
                if (shown.criticalDependencies().contains(d.id()) != critical.dependencies().contains(d.id())) {
                    changedLinks.add(d.id());
                }
            }
        }
        Timeline timeline = new Timeline(tree, shown.dependencies(), critical.totalFloat(), critical.items(),
                critical.dependencies(), shown.baseline(), shown.ownerDepartments(), calendar, today);
        return new TimelineEdit(outcome, Optional.of(timeline), Set.copyOf(changedItems), Set.copyOf(changedLinks));
    }

    /** The rows with the changed leaves replaced and the parents above them rolled up again; the rest shared. */
    private static List<WorkItemRow> patch(List<WorkItemRow> level, Map<Long, WorkItemRow> leaves, Set<Long> affected,
                                           WorkingDayCalendar calendar) {
        List<WorkItemRow> patched = null;
        for (int i = 0; i < level.size(); i++) {
            WorkItemRow r = level.get(i);
            if (!affected.contains(r.id())) {
                continue;
            }
            WorkItemRow now = r.isLeaf() ? leaves.getOrDefault(r.id(), r)
                    : WorkTreeAssembler.parent(r, patch(r.children(), leaves, affected, calendar), calendar);
            if (patched == null) {
                patched = new ArrayList<>(level);
            }
            patched.set(i, now);
        }
        return patched == null ? level : java.util.Collections.unmodifiableList(patched);
    }

    /**
     * Agreed new dates for a task (R12, a coordination's acceptance): both ends as given, snapped to
     * working days, successors moved later through the dependencies, and the resulting schedule
     * recorded as the project's next revision with its reason. The baseline is not touched.
     *
     * @return the revision's number and what else moved
     */
    public Revised revise(long itemId, long version, LocalDate start, LocalDate finish, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PlanEditException("plan.error.revisionReason");
        }
        TextLimit.require(reason, 500, "kickoff.reason");
        EditOutcome outcome = reschedule(itemId, version, start, finish, true);
        WorkItem item = workItems.findById(itemId).orElseThrow();
        workItems.flush();
        Project project = item.getProject();
        int number = revisions.lastNumber(project.getId()) + 1;
        Long me = CurrentUser.personId();
        revisions.save(new ScheduleRevision(project, number, clock.instant(),
                me == null ? null : people.person(me).orElse(null), reason.strip(), plannedSpans(loader.load(project))));
        return new Revised(number, outcome, item.getPlannedStart(), item.getPlannedFinish());
    }

    /** A revision's number, the items that moved with the change and the task's dates as applied (on working days). */
    public record Revised(int number, EditOutcome outcome, LocalDate start, LocalDate finish) {
    }

    /** The project's schedule revisions, oldest first (empty when it is not visible). */
    @Transactional(readOnly = true)
    public List<RevisionInfo> revisions(long projectId) {
        return projectService.isVisible(projectId)
                ? revisions.findAllOfProject(projectId).stream().map(ScheduleRevision::info).toList() : List.of();
    }

    /** One revision's planned dates per item, for laying it over the baseline. */
    @Transactional(readOnly = true)
    public Optional<Map<Long, BaselineSpan>> revision(long projectId, int number) {
        if (!projectService.isVisible(projectId)) {
            return Optional.empty();
        }
        return revisions.findByProjectIdAndNumber(projectId, number).map(r -> Map.copyOf(r.getSpans()));
    }

    /** % complete dragged on a bar: a progress report without status or note (see {@link ProgressService}). */
    public void setProgress(long itemId, long version, int percent) {
        progress.report(itemId, version, ProgressReport.dragged(percent));
    }

    /**
     * A dependency drawn between two tasks: refused when it exists already, joins a parent, or closes
     * a cycle; the successor and what follows it move later when they must.
     *
     * @return the items that moved
     */
    public EditOutcome link(long predecessorId, long successorId, DependencyType type, int lagDays) {
        WorkItem predecessor = workItems.findById(predecessorId)
                .orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        WorkItem successor = workItems.findById(successorId)
                .orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        if (!predecessor.getProject().equals(successor.getProject())) {
            throw new AccessDeniedException("Dependencies link tasks of one project");
        }
        ProjectService.requireEditable(successor.getProject());
        // one link at a time per project: two drawn at once could close a cycle neither check saw
        projects.lockById(successor.getProject().getId());
        ProjectPlan plan = loader.load(successor.getProject());
        WorkItemRow pred = plan.rows.get(predecessorId);
        WorkItemRow succ = plan.rows.get(successorId);
        if (predecessorId == successorId) {
            throw new PlanEditException("plan.error.selfPredecessor", pred.wbs());
        }
        if (!pred.isLeaf() || !succ.isLeaf()) {
            WorkItemRow parent = pred.isLeaf() ? succ : pred;
            throw new PlanEditException("plan.error.predecessorNotTask", parent.wbs(), parent.name());
        }
        boolean exists = plan.links.stream().anyMatch(d -> d.getPredecessor().getId() == predecessorId
                && d.getSuccessor().getId() == successorId);
        if (exists) {
            throw new PlanEditException("plan.error.dependencyExists", pred.wbs(), succ.wbs());
        }
        Dependency added = new Dependency(plan.item(predecessorId), plan.item(successorId), type, lagDays);
        List<Dependency> all = new ArrayList<>(plan.links);
        all.add(added);
        DependencyKeeper.requireNoCycle(plan, all);
        plan.links.add(dependencies.save(added));
        Map<Long, Span> moved = DependencyKeeper.keep(plan, plan.item(successorId), DependencyMode.MOVE_SUCCESSORS);
        return new EditOutcome(DependencyKeeper.describe(plan, moved));
    }

    /** Removes a dependency; dates stay where they are. */
    public void unlink(long dependencyId) {
        Dependency d = dependencies.findById(dependencyId)
                .orElseThrow(() -> new PlanEditException("plan.error.dependencyGone"));
        ProjectService.requireEditable(d.getSuccessor().getProject());
        dependencies.delete(d);
    }

    /**
     * Freezes the current planned dates of every dated item (parents rolled up) as the project's
     * next baseline; the kickoff does it on publication, the manager whenever the plan is re-agreed.
     *
     * @return its number, 1 for the first
     */
    public int saveBaseline(long projectId) {
        Project project = ProjectService.requireEditable(projects.findById(projectId).orElseThrow());
        int number = baselines.lastNumber(projectId) + 1;
        Long me = CurrentUser.personId();
        baselines.save(new Baseline(project, number, clock.instant(),
                me == null ? null : people.person(me).orElse(null), plannedSpans(loader.load(project))));
        return number;
    }

    /** The planned dates of every dated item, parents rolled up, as a baseline or a revision keeps them. */
    private static Map<Long, BaselineSpan> plannedSpans(ProjectPlan plan) {
        Map<Long, BaselineSpan> spans = new HashMap<>();
        plan.rows.values().stream().filter(r -> r.plannedStart() != null && r.plannedFinish() != null)
                .forEach(r -> spans.put(r.id(), new BaselineSpan(r.plannedStart(), r.plannedFinish())));
        return spans;
    }


}
