package com.campaigntracker.tracking;

import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.plan.LeafTaskService;
import com.campaigntracker.plan.LeafTasks;
import com.campaigntracker.plan.ProgressReport;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.Responsibilities;
import com.campaigntracker.plan.ResponsibilityStore;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Execution tracking over the plan: every leaf task with its cadence (R8) and update deadline, the
 * signed-in person's own list (My Tasks), quick progress updates with their history.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TrackingService {

    private final ProjectService projects;
    private final TimelineService timelines;
    private final LeafTaskService leafTasks;
    private final ProgressService progress;
    private final ObjectProvider<ResponsibilityStore> responsibilities;
    private final ProgressUpdateRepository updates;
    private final CadenceChoiceRepository cadences;
    private final RiskService risks;
    private final WorkingCalendarService calendars;
    private final PeopleService people;
    private final TrackingSettings settings;
    private final Clock clock;

    TrackingService(ProjectService projects, TimelineService timelines, ProgressService progress,
                    ObjectProvider<ResponsibilityStore> responsibilities, ProgressUpdateRepository updates,
                    CadenceChoiceRepository cadences, RiskService risks, WorkingCalendarService calendars,
                    PeopleService people, TrackingSettings settings, Clock clock, LeafTaskService leafTasks) {
        this.leafTasks = leafTasks;
        this.projects = projects;
        this.timelines = timelines;
        this.progress = progress;
        this.responsibilities = responsibilities;
        this.updates = updates;
        this.cadences = cadences;
        this.risks = risks;
        this.calendars = calendars;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    /** The deadlines' rule on today's calendar and the configured end of the working day. */
    public UpdateDeadlines deadlines() {
        return new UpdateDeadlines(calendars.calendar(), settings.endOfDay(), clock.getZone());
    }

    /** The deadlines' rule on the calendar a timeline was computed with (read in the same transaction). */
    public UpdateDeadlines deadlinesOf(Timeline timeline) {
        return deadlinesOn(timeline.calendar());
    }

    /** The deadlines' rule on a calendar read in the same transaction. */
    public UpdateDeadlines deadlinesOn(WorkingDayCalendar calendar) {
        return new UpdateDeadlines(calendar, settings.endOfDay(), clock.getZone());
    }

    /** The task's project, when the user may see it. */
    @Transactional(readOnly = true)
    public Optional<Long> projectOf(long itemId) {
        return progress.projectOf(itemId);
    }

    /** Every leaf task of a project the user may see, with its update state now; empty when not visible. */
    @Transactional(readOnly = true)
    public List<TrackedTask> tasksOf(long projectId) {
        return timelines.timelineForTracking(projectId).map(this::tasksOf).orElse(List.of());
    }

    /** Every leaf task of a timeline already read (by a caller that needs its project too), with its update state now. */
    @Transactional(readOnly = true)
    public List<TrackedTask> tasksOf(Timeline timeline) {
        return track(timeline.tree().project(), timeline, deadlinesOf(timeline), clock.instant());
    }

    /**
     * Leaf tasks read without the rest of their tree, with their update state now, in the tree's order: as
     * {@link #tasksOf(Timeline)} tracks them, without reading the other tasks.
     */
    @Transactional(readOnly = true)
    public List<TrackedTask> tasksOf(LeafTasks leaves) {
        return track(leaves.projectId(), leaves.projectName(), leaves.running(), leaves.criticalItems(),
                deadlinesOn(leaves.calendar()), clock.instant(), leaves.rows());
    }

    /**
     * My Tasks: the open tasks of running or planned projects where I am R (most urgent first), then
     * those waiting for my acceptance, then those where I am A, C or I.
     */
    @Transactional(readOnly = true)
    public List<MyTask> myTasks(boolean includeDone) {
        Long me = CurrentUser.personId();
        if (me == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<MyTask> mine = new ArrayList<>();
        // only the tasks where I have a role, read without the rest of their plans (in work, visible to me)
        ResponsibilityStore store = responsibilities.getIfAvailable();
        java.util.Set<Long> involving = store == null ? java.util.Set.of() : store.itemsInvolving(me);
        for (LeafTasks project : leafTasks.inWork(me, involving)) {
            Map<Long, Responsibilities> raci = store == null ? Map.of()
                    : store.of(project.rows().stream().map(WorkItemRow::id).toList());
            List<TrackedTask> tasks = track(project.projectId(), project.projectName(), project.running(),
                    project.criticalItems(), deadlinesOn(project.calendar()), now, project.rows().stream()
                            .filter(row -> me.equals(row.ownerId()) || involves(raci.get(row.id()), me)).toList());
            for (TrackedTask task : tasks) {
                if (!includeDone && !task.isOpen()) {
                    continue;
                }
                Responsibilities r = raci.get(task.id());
                if (me.equals(task.ownerId())) {
                    mine.add(new MyTask(task, MyRole.R, false));
                } else if (r != null && me.equals(r.accountable())) {
                    mine.add(new MyTask(task, MyRole.A, task.awaitingAcceptance()));
                } else if (r != null && r.consulted().contains(me)) {
                    mine.add(new MyTask(task, MyRole.C, false));
                } else if (r != null && r.informed().contains(me)) {
                    mine.add(new MyTask(task, MyRole.I, false));
                }
            }
        }
        mine.sort(Comparator.comparingInt(TrackingService::group).thenComparing(MyTask::task, Urgency.ORDER));
        return mine;
    }

    private static boolean involves(Responsibilities r, Long me) {
        return r != null && (me.equals(r.accountable()) || r.consulted().contains(me) || r.informed().contains(me));
    }

    /** My R tasks first, then what waits for my acceptance, then the rest by role. */
    private static int group(MyTask t) {
        return switch (t.role()) {
            case R -> 0;
            case A -> t.toAccept() ? 1 : 2;
            case C -> 3;
            case I -> 4;
        };
    }

    /** The quick update: progress under R9 (kept as history) and, when given, a new risk point, together. */
    public ProgressStatus update(long itemId, long version, QuickUpdate update) {
        if (update.status() == ProgressStatus.BLOCKED
                && (update.blockedReason() == null || update.blockedReason().isBlank())) {
            throw new TrackingException("progress.error.blockedReason");
        }
        ProgressStatus status = progress.report(itemId, version, new ProgressReport(update.percent(), update.status(),
                update.blockedReason(), update.note(), ProgressSource.UPDATE));
        if (update.risk() != null) {
            risks.add(itemId, update.risk());
        }
        return status;
    }

    /** Every update of the task, newest first; empty when the task's project is not visible. */
    @Transactional(readOnly = true)
    public List<UpdateRecord> history(long itemId) {
        if (progress.projectOf(itemId).isEmpty()) {
            return List.of();
        }
        List<ProgressUpdate> list = updates.findByWorkItemIdOrderByReportedAtDescIdDesc(itemId);
        Map<Long, String> names = people.displayNames(list.stream().map(ProgressUpdate::getPersonId).toList());
        return list.stream().map(u -> new UpdateRecord(u.getReportedAt(),
                u.getPersonId() == null ? null : names.get(u.getPersonId()), u.getPercentComplete(), u.getStatus(),
                u.getBlockedReason(), u.getNote(), u.getSource(), u.isAwaitingAcceptance())).toList();
    }

    /**
     * Records an update as it happened earlier (demo data, history carried over from the users'
     * table); the task itself is not changed. Administrators only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void backfill(long itemId, Instant at, Long by, int percent, ProgressStatus status, String blockedReason,
                         String note) {
        long projectId = progress.requireProjectOf(itemId);
        updates.save(new ProgressUpdate(itemId, projectId, by, at, percent, status, blockedReason, note,
                ProgressSource.UPDATE, false));
    }

    /**
     * Since when each of the given blocked tasks has been blocked: the day of the first update of the
     * latest run of blocked updates (the task's actual start when no update says so).
     */
    @Transactional(readOnly = true)
    public Map<Long, java.time.LocalDate> blockedSince(List<TrackedTask> blocked) {
        Map<Long, java.time.LocalDate> since = new HashMap<>();
        if (blocked.isEmpty()) {
            return since;
        }
        // one query for every blocked task's updates, newest first per task
        Map<Long, List<ProgressUpdate>> byTask = new HashMap<>();
        updates.findByWorkItemIdInOrderByReportedAtDescIdDesc(blocked.stream().map(TrackedTask::id).distinct().toList())
                .forEach(u -> byTask.computeIfAbsent(u.getWorkItemId(), k -> new ArrayList<>()).add(u));
        for (TrackedTask t : blocked) {
            Instant first = null;
            for (ProgressUpdate u : byTask.getOrDefault(t.id(), List.of())) {
                if (u.getStatus() != ProgressStatus.BLOCKED) {
                    break;
                }
                first = u.getReportedAt();
            }
            java.time.LocalDate day = first != null ? java.time.LocalDate.ofInstant(first, clock.getZone())
                    : t.actualStart() != null ? t.actualStart() : java.time.LocalDate.now(clock);
            since.put(t.id(), day);
        }
        return since;
    }

    /** The manager sets a task's cadence, or with null gives it back to R8. */
    public void setCadence(long itemId, Cadence cadence) {
        long projectId = progress.requireProjectOf(itemId);
        projects.requireEditable(projectId);
        Optional<CadenceChoice> chosen = cadences.findById(itemId);
        if (cadence == null) {
            chosen.ifPresent(cadences::delete);
        } else if (chosen.isPresent()) {
            chosen.get().setCadence(cadence);
        } else {
            cadences.save(new CadenceChoice(itemId, cadence));
        }
    }

    /** The project's leaf tasks as tracking sees them at {@code now}. */
    List<TrackedTask> track(ProjectSummary project, Timeline timeline, UpdateDeadlines deadlines, Instant now) {
        List<WorkItemRow> leaves = new ArrayList<>();
        collectLeaves(timeline.tree().roots(), leaves);
        return track(project.id(), project.name(), project.status() == ProjectStatus.ACTIVE && !project.archived(),
                timeline.criticalItems(), deadlines, now, leaves);
    }

    /** The given leaf tasks of a project ({@code running} or not) as tracking sees them at {@code now}. */
    private List<TrackedTask> track(long projectId, String projectName, boolean running, java.util.Set<Long> critical,
                                    UpdateDeadlines deadlines, Instant now, List<WorkItemRow> leaves) {
        List<Long> ids = leaves.stream().map(WorkItemRow::id).toList();
        Map<Long, Instant> last = new HashMap<>();
        Map<Long, Cadence> chosen = new HashMap<>();
        if (!ids.isEmpty()) {
            updates.lastUpdates(ids).forEach(r -> last.put((Long) r[0], (Instant) r[1]));
            cadences.findByWorkItemIdIn(ids).forEach(c -> chosen.put(c.getWorkItemId(), c.getCadence()));
        }
        List<TrackedTask> tracked = new ArrayList<>(leaves.size());
        for (WorkItemRow row : leaves) {
            boolean isCritical = critical.contains(row.id());
            Cadence cadence = chosen.getOrDefault(row.id(), Cadence.of(isCritical, row.keyTask(), row.duration()));
            boolean awaiting = row.storedStatus() == ProgressStatus.IN_PROGRESS && row.percentComplete() == 100;
            boolean due = running && row.storedStatus() != ProgressStatus.DONE && !awaiting;
            UpdateState state = due ? deadlines.state(cadence, last.get(row.id()),
                    row.actualStart() != null ? row.actualStart() : row.plannedStart(), now) : UpdateState.none(cadence);
            tracked.add(new TrackedTask(row.id(), row.version(), projectId, projectName, row.wbs(), row.name(),
                    row.deliverables(), row.ownerId(), row.ownerName(), row.plannedStart(), row.plannedFinish(),
                    row.duration(), row.actualStart(), row.actualFinish(), row.status(), row.storedStatus(),
                    row.blockedReason(), row.percentComplete(), row.riskLevel(), isCritical, row.keyTask(),
                    row.milestone(), cadence, chosen.containsKey(row.id()), last.get(row.id()), awaiting, state));
        }
        return tracked;
    }

    private static void collectLeaves(List<WorkItemRow> rows, List<WorkItemRow> into) {
        for (WorkItemRow row : rows) {
            if (row.isLeaf()) {
                into.add(row); // a module without tasks is worked on like a task
            } else {
                collectLeaves(row.children(), into);
            }
        }
    }

}
