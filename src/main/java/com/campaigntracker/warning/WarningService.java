package com.campaigntracker.warning;

import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.shared.db.AfterCommit;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.plan.LeafTaskService;
import com.campaigntracker.plan.LeafTasks;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.TaskProgressReported;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.tracking.CheckpointService;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.tracking.WeeklyCheckpoint;
import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises and closes warnings (R10): one open warning per task and kind, raised when its rule holds and
 * closed when it no longer does; evaluated on every progress report and by the scheduled scan.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class WarningService {

    private final WarningRepository warnings;
    private final ProjectService projects;
    private final TrackingService tracking;
    private final CheckpointService checkpoints;
    private final WarningSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Notifier notifier;
    private final ExplanationService explanations;
    private final ExplanationRepository explanationRepository;
    private final EscalationRepository escalationRepository;

    /** Operations' figures: warnings raised by kind, how long a scan takes. */
    private final io.micrometer.core.instrument.MeterRegistry meters;
    /** After-commit evaluations, one at a time per project with the requests meanwhile folded into one more. */
    private final CoalescedRuns evaluations = new CoalescedRuns(this::evaluateInOwnTransaction);
    private final TimelineService timelines;
    private final LeafTaskService leafTasks;
    /**
     * Per project, where its last committed full evaluation in this JVM stood: an update's evaluation
     * covers its task alone only while the clock is still in that time slot (see
     * {@link WarningEvaluation.TimeSlot}) and the project as running or not as then; otherwise it
     * evaluates the whole project, as before.
     */
    private final java.util.concurrent.ConcurrentHashMap<Long, FullyEvaluated> fullyEvaluated =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record FullyEvaluated(WarningEvaluation.TimeSlot slot, boolean running) {
    }

    WarningService(WarningRepository warnings, ProjectService projects, TrackingService tracking,
                   CheckpointService checkpoints, WarningSettings settings,
                   TransactionTemplate transaction, Clock clock, Notifier notifier, ExplanationService explanations,
                   ExplanationRepository explanationRepository, EscalationRepository escalationRepository,
                   io.micrometer.core.instrument.MeterRegistry meters, TimelineService timelines,
                   LeafTaskService leafTasks) {
        this.leafTasks = leafTasks;
        this.meters = meters;
        this.timelines = timelines;
        this.explanationRepository = explanationRepository;
        this.escalationRepository = escalationRepository;
        this.explanations = explanations;
        this.notifier = notifier;
        this.warnings = warnings;
        this.projects = projects;
        this.tracking = tracking;
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Every update re-evaluates its project's warnings (R10: "on every update"), once it is saved and in
     * a transaction of its own: a warning that cannot be written never undoes the update. Only the
     * reported task's facts changed (its %, status, actual dates and last update; planned dates, and so
     * the critical path and every other task's cadence, stay), so only its warnings can change while the
     * clock stays in the time slot of the project's last full evaluation; outside it, the whole project
     * is evaluated. Proven equal to the full evaluation by WarningEvaluationPropertyTest.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void on(TaskProgressReported e) {
        evaluations.request(e.projectId(), Set.of(e.workItemId()));
    }

    /** A plan change (a bar moved later, a date edited) can close or raise a late warning at once too. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void on(com.campaigntracker.plan.PlanChanged e) {
        evaluateAfterCommit(e.projectId());
    }

    /** A closed or cancelled project's warnings close at once (nothing is running late any more). */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void on(com.campaigntracker.plan.ProjectClosed e) {
        evaluateAfterCommit(e.projectId());
    }

    /** What monitoring recorded over the project's life (R14's facts), for those who see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<DeviationFacts> facts(long projectId) {
        if (!projects.isVisible(projectId)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DeviationFacts((int) warnings.countByProjectId(projectId),
                (int) explanationRepository.countByProjectIdAndSubmittedAtIsNotNull(projectId),
                (int) explanationRepository.countByProjectIdAndSubmittedAtIsNotNullAndLateFalse(projectId),
                (int) escalationRepository.countByProjectId(projectId)));
    }

    private void evaluateAfterCommit(long projectId) {
        evaluations.request(projectId);
    }

    /** {@code only}: the items the folded requests changed, null for the whole project. */
    private void evaluateInOwnTransaction(long projectId, Set<Long> only) {
        TransactionTemplate own = new TransactionTemplate(transaction.getTransactionManager());
        own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        try {
            SystemActor.run(() -> own.executeWithoutResult(s -> evaluate(projectId, only)));
        } catch (RuntimeException ex) {
            org.slf4j.LoggerFactory.getLogger(WarningService.class)
                    .warn("Warnings of project {} not evaluated after a change: {}", projectId, ex.toString());
        }
    }

    /** Counted once the warning is in the database: a scan that rolls back raised nothing. */
    private void countRaised(WarningKind kind) {
        AfterCommit.run(() -> meters.counter("campaign.warnings.raised", "kind", kind.name()).increment());
    }

    /**
     * Brings the project's open warnings in line with its tasks now: raises what holds and is not open,
     * closes what is open and no longer holds.
     *
     * @return the warnings raised
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int evaluate(long projectId) {
        return evaluate(projectId, null);
    }

    /** {@code requested}: the items to evaluate, null for the whole project. */
    private int evaluate(long projectId, Set<Long> requested) {
        // one evaluation of a project at a time (the scan and an update's may meet): the second waits and
        // then reads what the first wrote, instead of raising the same warning twice
        projects.lockVisible(projectId);
        Instant now = clock.instant();
        if (requested != null) {
            // an update's tasks alone, read without the rest of the plan, while the last full evaluation stands
            LeafTasks leaves = leafTasks.of(projectId, requested).orElse(null);
            if (leaves == null) {
                return 0;
            }
            if (standing(leaves.calendar(), leaves.running(), now).equals(fullyEvaluated.get(projectId))) {
                return requested.isEmpty() ? 0 : reconcile(projectId, leaves.managerId(), leaves.running(),
                        leaves.calendar(), tracking.tasksOf(leaves), requested, now);
            }
            // the clock in another slot, or the project started or archived since (no event says so): any
            // task's warnings may have changed
        }
        Timeline timeline = timelines.timelineForTracking(projectId).orElse(null);
        if (timeline == null) {
            return 0;
        }
        ProjectSummary project = timeline.tree().project();
        boolean running = project.status() == ProjectStatus.ACTIVE && !project.archived();
        FullyEvaluated standing = standing(timeline.calendar(), running, now);
        AfterCommit.run(() -> fullyEvaluated.put(projectId, standing));
        return reconcile(projectId, project.managerId(), running, timeline.calendar(), tracking.tasksOf(timeline), null,
                now);
    }

    /** Where an evaluation of the project now stands: the clock's time slot, the project running or not. */
    private FullyEvaluated standing(WorkingDayCalendar calendar, boolean running, Instant now) {
        return new FullyEvaluated(WarningEvaluation.TimeSlot.of(now, clock.getZone(), tracking.deadlinesOn(calendar)),
                running);
    }

    /**
     * Raises what holds for {@code tasks} and is not open, closes what is open and no longer holds; {@code only}:
     * the items evaluated (their open warnings alone are read), null for the whole project.
     */
    private int reconcile(long projectId, Long managerId, boolean running, WorkingDayCalendar calendar,
                          List<TrackedTask> tasks, Set<Long> only, Instant now) {
        Map<Long, List<WarningRules.Checkpoint>> byTask = (only == null ? checkpoints.checkpointsOf(projectId)
                : checkpoints.checkpointsOf(projectId, tasks.stream().map(TrackedTask::id).toList())).stream()
                .collect(Collectors.groupingBy(WeeklyCheckpoint::workItemId, Collectors.mapping(
                        c -> new WarningRules.Checkpoint(c.weekOf(), c.percent(), c.expected()), Collectors.toList())));
        Map<Long, LocalDate> blockedSince = tracking.blockedSince(tasks.stream()
                .filter(t -> t.storedStatus() == ProgressStatus.BLOCKED).toList());
        Map<Long, Map<WarningKind, Warning>> open = new HashMap<>();
        (only == null ? warnings.findByProjectIdAndClosedAtIsNull(projectId)
                : warnings.findByProjectIdAndWorkItemIdInAndClosedAtIsNull(projectId, only)).forEach(w -> open
                .computeIfAbsent(w.getWorkItemId(), k -> new HashMap<>()).put(w.getKind(), w));
        Map<Long, TrackedTask> byId = new LinkedHashMap<>();
        Map<Long, Set<WarningKind>> holding = new LinkedHashMap<>();
        for (TrackedTask t : tasks) {
            byId.put(t.id(), t);
            holding.put(t.id(), WarningEvaluation.holding(t, byTask.getOrDefault(t.id(), List.of()),
                    blockedSince.get(t.id()), running, now, clock.getZone(), calendar, settings.rules()));
        }
        WarningEvaluation.Change<Warning> change = WarningEvaluation.reconcile(holding, open);
        for (WarningEvaluation.Raise r : change.raise()) {
            Warning raisedNow = warnings.save(new Warning(projectId, r.taskId(), r.kind(), now));
            countRaised(r.kind());
            if (r.kind().severity() == WarningKind.Severity.HIGH) {
                explanations.request(raisedNow, now); // R11: the R explains within 24 hours
            }
            tell(byId.get(r.taskId()), r.kind(), managerId, projectId, now);
        }
        change.close().forEach(w -> w.close(now));
        return change.raise().size();
    }

    /**
     * The task's R and the manager hear of a new high warning in the app and by mail; the low ones
     * (update overdue, blocked too long) stay in the lists: the owner has the update reminder already.
     */
    private void tell(TrackedTask t, WarningKind kind, Long managerId, long projectId, Instant now) {
        if (kind.severity() != WarningKind.Severity.HIGH) {
            return;
        }
        java.util.Set<Long> to = new java.util.LinkedHashSet<>();
        if (t.ownerId() != null) {
            to.add(t.ownerId());
        }
        if (managerId != null) {
            to.add(managerId);
        }
        if (!to.isEmpty()) {
            // where the R explains it; the project's chat groups get a card with the explanation's 24 hours
            notifier.notify(new Notification(to, projectId, "notice.warning." + kind.name(),
                    List.of(t.name(), t.projectName()), WarningRoutes.explanation(projectId, t.id()),
                    new com.campaigntracker.notify.ChatCard(com.campaigntracker.notify.ChatCard.Action.EXPLAIN_DEVIATION,
                            t.name(), t.projectName(), t.plannedStart(), t.plannedFinish(),
                            now.plus(ExplanationService.DUE_AFTER))));
        }
    }

    /**
     * The scheduled scan: every running project, each in its own transaction (run by the system, once
     * across instances: see {@link WarningScan}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int scan() {
        io.micrometer.core.instrument.Timer.Sample started = io.micrometer.core.instrument.Timer.start(meters);
        try {
            return scanProjects();
        } finally {
            started.stop(meters.timer("campaign.warning.scan"));
        }
    }

    private int scanProjects() {
        int raised = 0;
        for (ProjectSummary p : projects.visibleProjects()) {
            if (p.status() == ProjectStatus.ACTIVE) {
                try {
                    Integer n = transaction.execute(s -> evaluate(p.id()));
                    raised += n == null ? 0 : n;
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(WarningService.class)
                            .warn("Warning scan of project {} skipped this time: {}", p.id(), e.toString());
                }
            }
        }
        return raised;
    }

    /** Open warnings of the projects I may see (one project when given), newest first. */
    @Transactional(readOnly = true)
    public List<WarningLine> open(Long projectId) {
        Map<Long, ProjectSummary> visible = VisibleProjects.byId(projects, projectId);
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Warning> list = warnings.findByProjectIdInAndClosedAtIsNullOrderByRaisedAtDesc(visible.keySet());
        Map<Long, TrackedTask> tasks = VisibleProjects.tasksOf(tracking, list.stream().map(Warning::getProjectId));
        Set<Long> explanationDue = explanations.pendingAmong(list.stream().map(Warning::getWorkItemId).toList());
        return list.stream().filter(w -> tasks.containsKey(w.getWorkItemId())).map(w -> {
            TrackedTask t = tasks.get(w.getWorkItemId());
            return new WarningLine(w.getId(), w.getProjectId(), visible.get(w.getProjectId()).name(), t.id(), t.wbs(),
                    t.name(), t.ownerId(), t.ownerName(), w.getKind(), w.getRaisedAt(),
                    w.getKind().severity() == WarningKind.Severity.HIGH && explanationDue.contains(t.id()));
        }).toList();
    }
}
