package com.campaigntracker.warning;

import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.TaskProgressReported;
import com.campaigntracker.tracking.CheckpointService;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.tracking.WeeklyCheckpoint;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
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
    private final WorkingCalendarService calendars;
    private final WarningSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Notifier notifier;

    WarningService(WarningRepository warnings, ProjectService projects, TrackingService tracking,
                   CheckpointService checkpoints, WorkingCalendarService calendars, WarningSettings settings,
                   TransactionTemplate transaction, Clock clock, Notifier notifier) {
        this.notifier = notifier;
        this.warnings = warnings;
        this.projects = projects;
        this.tracking = tracking;
        this.checkpoints = checkpoints;
        this.calendars = calendars;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Every update re-evaluates its project's warnings (R10: "on every update"), once it is saved and in
     * a transaction of its own: a warning that cannot be written never undoes the update.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void on(TaskProgressReported e) {
        TransactionTemplate own = new TransactionTemplate(transaction.getTransactionManager());
        own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        try {
            own.executeWithoutResult(s -> evaluate(e.projectId()));
        } catch (RuntimeException ex) {
            org.slf4j.LoggerFactory.getLogger(WarningService.class)
                    .warn("Warnings of project {} not evaluated after an update: {}", e.projectId(), ex.toString());
        }
    }

    /**
     * Brings the project's open warnings in line with its tasks now: raises what holds and is not open,
     * closes what is open and no longer holds.
     *
     * @return the warnings raised
     */
    public int evaluate(long projectId) {
        List<TrackedTask> tasks = tracking.tasksOf(projectId);
        if (tasks.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        WorkingDayCalendar calendar = calendars.calendar();
        Map<Long, List<WarningRules.Checkpoint>> byTask = checkpoints.checkpointsOf(projectId).stream()
                .collect(Collectors.groupingBy(WeeklyCheckpoint::workItemId, Collectors.mapping(
                        c -> new WarningRules.Checkpoint(c.weekOf(), c.percent(), c.expected()), Collectors.toList())));
        Map<Long, LocalDate> blockedSince = tracking.blockedSince(tasks.stream()
                .filter(t -> t.storedStatus() == ProgressStatus.BLOCKED).toList());
        Map<Long, Map<WarningKind, Warning>> open = new HashMap<>();
        warnings.findByProjectIdAndClosedAtIsNull(projectId).forEach(w -> open
                .computeIfAbsent(w.getWorkItemId(), k -> new HashMap<>()).put(w.getKind(), w));
        boolean running = isRunning(projectId);
        int raised = 0;
        for (TrackedTask t : tasks) {
            Set<WarningKind> holding = running ? WarningRules.holding(new WarningRules.Facts(t.plannedFinish(),
                    t.actualFinish(), !t.isOpen(), t.update().overdue(), blockedSince.get(t.id()),
                    byTask.getOrDefault(t.id(), List.of())), today, calendar, settings.rules())
                    : EnumSet.noneOf(WarningKind.class);
            Map<WarningKind, Warning> mine = open.getOrDefault(t.id(), Map.of());
            for (WarningKind kind : holding) {
                if (!mine.containsKey(kind)) {
                    warnings.save(new Warning(projectId, t.id(), kind, now));
                    tell(t, kind, projectId);
                    raised++;
                }
            }
            mine.forEach((kind, w) -> {
                if (!holding.contains(kind)) {
                    w.close(now);
                }
            });
        }
        return raised;
    }

    /** The task's R (and, for the high ones, its manager) hear of a new warning in the app and by mail. */
    private void tell(TrackedTask t, WarningKind kind, long projectId) {
        java.util.Set<Long> to = new java.util.LinkedHashSet<>();
        if (t.ownerId() != null) {
            to.add(t.ownerId());
        }
        if (kind.severity() == WarningKind.Severity.HIGH) {
            projects.workTree(projectId).map(w -> w.project().managerId()).ifPresent(to::add);
        }
        if (!to.isEmpty()) {
            notifier.notify(new Notification(to, projectId, "notice.warning." + kind.name(),
                    List.of(t.name(), t.projectName()), "warnings"));
        }
    }

    private boolean isRunning(long projectId) {
        return projects.workTree(projectId).map(t -> t.project().status() == ProjectStatus.ACTIVE
                && !t.project().archived()).orElse(false);
    }

    /**
     * The scheduled scan: every running project, each in its own transaction (run by the system, once
     * across instances: see {@link WarningScan}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int scan() {
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
        Map<Long, ProjectSummary> visible = projects.visibleProjects().stream()
                .filter(p -> projectId == null || p.id() == projectId)
                .collect(Collectors.toMap(ProjectSummary::id, p -> p));
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Warning> list = warnings.findByProjectIdInAndClosedAtIsNullOrderByRaisedAtDesc(visible.keySet());
        Map<Long, TrackedTask> tasks = new HashMap<>();
        list.stream().map(Warning::getProjectId).distinct()
                .forEach(p -> tracking.tasksOf(p).forEach(t -> tasks.put(t.id(), t)));
        return list.stream().filter(w -> tasks.containsKey(w.getWorkItemId())).map(w -> {
            TrackedTask t = tasks.get(w.getWorkItemId());
            return new WarningLine(w.getId(), w.getProjectId(), visible.get(w.getProjectId()).name(), t.id(), t.wbs(),
                    t.name(), t.ownerId(), t.ownerName(), w.getKind(), w.getRaisedAt());
        }).toList();
    }
}
