package com.campaigntracker.tracking;

import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.plan.BaselineSpan;
import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The project dashboard's and the portfolio's figures, computed from the plan, updates, checkpoints and risks. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    /** How many milestones ahead the dashboard lists. */
    static final int NEXT_MILESTONES = 5;

    private final ProjectService projects;
    private final TimelineService timelines;
    private final TrackingService tracking;
    private final CheckpointRepository checkpoints;
    private final RiskPointRepository risks;
    private final WorkingCalendarService calendars;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<MonitoringCounts> monitoring;
    private final org.springframework.beans.factory.ObjectProvider<RetrospectivesDue> retrospectives;
    private final PortfolioFigures shared;

    DashboardService(ProjectService projects, TimelineService timelines, TrackingService tracking,
                     CheckpointRepository checkpoints, RiskPointRepository risks, WorkingCalendarService calendars,
                     Clock clock, org.springframework.beans.factory.ObjectProvider<MonitoringCounts> monitoring,
                     org.springframework.beans.factory.ObjectProvider<RetrospectivesDue> retrospectives,
                     PortfolioFigures shared) {
        this.shared = shared;
        this.retrospectives = retrospectives;
        this.monitoring = monitoring;
        this.projects = projects;
        this.timelines = timelines;
        this.tracking = tracking;
        this.checkpoints = checkpoints;
        this.risks = risks;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The project's dashboard; empty when it does not exist or the user may not see it. */
    public Optional<ProjectDashboard> project(long projectId) {
        Instant now = clock.instant();
        return timelines.timeline(projectId).map(t -> {
            ProjectSummary project = t.tree().project();
            List<TrackedTask> tasks = tracking.track(project, t, tracking.deadlinesOf(t), now);
            return dashboard(project, planFigures(t, tasks, now),
                    risks.findByProjectIdInOrderByRaisedAtDesc(List.of(projectId)),
                    monitoring(List.of(projectId)).getOrDefault(projectId, MonitoringFigures.NONE),
                    retrospectivesDue(List.of(project)).get(projectId),
                    burnUp(projectId, tasks, LocalDate.ofInstant(now, clock.getZone()), t.calendar()));
        });
    }

    /** Every project I may see (archived ones left out), with its figures; the burn-up only where asked. */
    public List<ProjectDashboard> portfolio() {
        return overview(0).projects();
    }

    /**
     * The portfolio and the workload of {@code weeks} weeks from one reading of every visible project. The
     * plan's figures are shared by every viewer until something changes them ({@link PortfolioFigures});
     * the projects I may see, their lines, risks, deviations and retrospectives are read on each visit.
     */
    public Overview overview(int weeks) {
        Instant now = clock.instant();
        List<ProjectDashboard> all = new ArrayList<>();
        Map<ProjectSummary, List<TrackedTask>> open = new java.util.LinkedHashMap<>();
        // the trees the lines are read from serve the figures too, when they must be computed
        Map<Long, com.campaigntracker.plan.WorkTree> trees = new java.util.HashMap<>();
        List<ProjectSummary> visible = projects.visibleWorkTrees(false).stream().map(t -> {
            trees.put(t.project().id(), t);
            return t.project();
        }).toList();
        List<Long> ids = visible.stream().map(ProjectSummary::id).toList();
        Map<Long, MonitoringFigures> figures = monitoring(ids); // one query each
        Map<Long, Instant> retrospectives = retrospectivesDue(visible);
        Map<Long, List<RiskPoint>> risksOf = new HashMap<>();
        if (!ids.isEmpty()) {
            risks.findByProjectIdInOrderByRaisedAtDesc(ids)
                    .forEach(r -> risksOf.computeIfAbsent(r.getProjectId(), k -> new ArrayList<>()).add(r));
        }
        for (ProjectSummary p : visible) {
            PlanFigures plan = shared.of(p, () -> timelines.timelineOf(trees.get(p.id()))
                    .map(t -> planFigures(t, tracking.track(t.tree().project(), t, tracking.deadlinesOf(t), now), now))
                    .orElse(null));
            if (plan == null) {
                continue;
            }
            all.add(dashboard(p, plan, risksOf.getOrDefault(p.id(), List.of()),
                    figures.getOrDefault(p.id(), MonitoringFigures.NONE), retrospectives.get(p.id()), List.of()));
            if (p.inWork()) { // the list holds no archived project
                open.put(p, plan.openTasks());
            }
        }
        return new Overview(all, workload(open, weeks));
    }

    /** The portfolio's projects and the people's workload. */
    public record Overview(List<ProjectDashboard> projects, Workload workload) {
    }

    /**
     * The workload of everyone holding open tasks in the projects I may see, for {@code weeks} weeks
     * from this one, most loaded first.
     */
    public Workload workload(int weeks) {
        return overview(weeks).workload();
    }

    private Workload workload(Map<ProjectSummary, List<TrackedTask>> tasksByProject, int weeks) {
        LocalDate monday = CheckpointService.weekOf(LocalDate.now(clock));
        List<LocalDate> mondays = java.util.stream.IntStream.range(0, weeks).mapToObj(monday::plusWeeks).toList();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, java.util.Set<String>> projectsOf = new HashMap<>();
        for (Map.Entry<ProjectSummary, List<TrackedTask>> entry : tasksByProject.entrySet()) {
            ProjectSummary p = entry.getKey();
            for (TrackedTask t : entry.getValue()) {
                if (t.ownerId() == null || !t.isOpen() || t.plannedStart() == null || t.plannedFinish() == null) {
                    continue;
                }
                int[] perWeek = counts.computeIfAbsent(t.ownerId(), k -> new int[weeks]);
                names.put(t.ownerId(), t.ownerName());
                for (int w = 0; w < weeks; w++) {
                    LocalDate from = mondays.get(w);
                    LocalDate to = from.plusDays(6);
                    // open tasks planned in the past stay on the owner's desk this week
                    boolean touches = !t.plannedStart().isAfter(to) && (!t.plannedFinish().isBefore(from) || w == 0);
                    if (touches) {
                        perWeek[w]++;
                        projectsOf.computeIfAbsent(t.ownerId(), k -> new java.util.TreeSet<>()).add(p.name());
                    }
                }
            }
        }
        List<Workload.PersonLoad> loads = counts.entrySet().stream()
                .map(e -> new Workload.PersonLoad(e.getKey(), names.get(e.getKey()),
                        java.util.Arrays.stream(e.getValue()).boxed().toList(),
                        List.copyOf(projectsOf.getOrDefault(e.getKey(), java.util.Set.of()))))
                .filter(l -> l.peak() > 0)
                .sorted(Comparator.comparingInt(Workload.PersonLoad::peak).reversed()
                        .thenComparing(Workload.PersonLoad::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Workload(mondays, loads);
    }

    /** R14's countdowns: closed projects whose retrospective is still to be submitted. */
    private Map<Long, Instant> retrospectivesDue(List<ProjectSummary> projects) {
        RetrospectivesDue due = retrospectives.getIfAvailable();
        List<ProjectSummary> closed = projects.stream().filter(p -> p.closedAt() != null).toList();
        return due == null || closed.isEmpty() ? Map.of() : due.dueOf(closed);
    }

    private Map<Long, MonitoringFigures> monitoring(List<Long> projectIds) {
        MonitoringCounts counter = monitoring.getIfAvailable();
        return counter == null ? Map.of() : counter.byProject(projectIds);
    }

    /**
     * What a project's dashboard draws from its plan and tracked tasks: the same for every viewer, so the
     * portfolio shares it. {@code openTasks}: the open tasks with an owner and dates, for the workload;
     * {@code nextChange}: the next update deadline still ahead, when an update turns overdue (null: none).
     */
    record PlanFigures(int tasks, Map<DisplayStatus, Integer> byStatus, int finished, int onTime, int overdueUpdates,
                       int late, int blocked, boolean lateCritical, boolean overdueCritical, Integer slip,
                       List<ProjectDashboard.Milestone> milestones, List<TrackedTask> openTasks, Instant nextChange) {
    }

    private static PlanFigures planFigures(Timeline timeline, List<TrackedTask> tasks, Instant now) {
        ProjectSummary project = timeline.tree().project();
        Map<DisplayStatus, Integer> byStatus = new EnumMap<>(DisplayStatus.class);
        for (DisplayStatus s : DisplayStatus.values()) {
            byStatus.put(s, 0);
        }
        int finished = 0;
        int onTime = 0;
        int overdueUpdates = 0;
        int late = 0;
        int blocked = 0;
        boolean lateCritical = false;
        boolean overdueCritical = false;
        Instant nextChange = null;
        for (TrackedTask t : tasks) {
            byStatus.merge(t.status(), 1, Integer::sum);
            if (t.storedStatus() == ProgressStatus.DONE) {
                finished++;
                if (t.actualFinish() != null && t.plannedFinish() != null && !t.actualFinish().isAfter(t.plannedFinish())) {
                    onTime++;
                }
            } else {
                if (t.status() == DisplayStatus.DELAYED) {
                    late++;
                    lateCritical |= t.critical();
                }
                if (t.storedStatus() == ProgressStatus.BLOCKED) {
                    blocked++;
                }
                if (t.update().overdue()) {
                    overdueUpdates++;
                    overdueCritical |= t.critical();
                } else if (t.update().due() != null && !t.update().due().isBefore(now)
                        && (nextChange == null || t.update().due().isBefore(nextChange))) {
                    nextChange = t.update().due();
                }
            }
        }
        Integer slip = finishSlip(timeline, project.finish(), timeline.calendar());
        List<ProjectDashboard.Milestone> milestones = timeline.tree().rows().stream()
                .filter(r -> r.milestone() && r.plannedFinish() != null && r.storedStatus() != ProgressStatus.DONE)
                .sorted(Comparator.comparing(WorkItemRow::plannedFinish)).limit(NEXT_MILESTONES)
                .map(r -> new ProjectDashboard.Milestone(r.id(), r.wbs(), r.name(), r.plannedFinish(), r.status()))
                .toList();
        List<TrackedTask> openTasks = tasks.stream().filter(t -> t.ownerId() != null && t.isOpen()
                && t.plannedStart() != null && t.plannedFinish() != null).toList();
        return new PlanFigures(tasks.size(), java.util.Collections.unmodifiableMap(byStatus), finished, onTime,
                overdueUpdates, late, blocked, lateCritical, overdueCritical, slip, milestones, openTasks, nextChange);
    }

    private static ProjectDashboard dashboard(ProjectSummary project, PlanFigures plan, List<RiskPoint> risks,
                                              MonitoringFigures monitoring, Instant retrospectiveDue,
                                              List<ProjectDashboard.BurnUpPoint> burnUp) {
        List<RiskPoint> open = risks.stream().filter(r -> r.getStatus() == RiskStatus.OPEN).toList();
        int highRisks = (int) open.stream().filter(r -> r.getLevel() == RiskLevel.HIGH).count();
        Health health = HealthRule.of(project.emergencyBuffer(), plan.slip(), project.percentComplete(),
                plan.lateCritical(), plan.late(), plan.blocked(), highRisks, plan.overdueCritical());
        return new ProjectDashboard(project, health, plan.tasks(), new EnumMap<>(plan.byStatus()), plan.finished(),
                plan.onTime(), plan.finished() == 0 ? null : Math.round(100f * plan.onTime() / plan.finished()),
                plan.overdueUpdates(), plan.late(), plan.blocked(), open.size(), highRisks, monitoring, plan.slip(),
                plan.milestones(), burnUp, retrospectiveDue);
    }

    /** Working days between the latest baseline's finish and the plan's finish; null without a baseline. */
    private static Integer finishSlip(Timeline timeline, LocalDate finish, WorkingDayCalendar calendar) {
        return timeline.baseline().flatMap(b -> b.spans().values().stream().map(BaselineSpan::finish)
                .max(LocalDate::compareTo)).filter(b -> finish != null).map(b -> {
                    if (finish.isAfter(b)) {
                        return calendar.workingDaysBetween(b.plusDays(1), finish);
                    }
                    return -calendar.workingDaysBetween(finish.plusDays(1), b);
                }).orElse(null);
    }

    private List<ProjectDashboard.BurnUpPoint> burnUp(long projectId, List<TrackedTask> tasks, LocalDate today,
                                                      WorkingDayCalendar calendar) {
        Map<Long, Map<LocalDate, Integer>> recorded = new HashMap<>();
        checkpoints.findByProjectIdInOrderByWeekOf(List.of(projectId)).forEach(c -> recorded
                .computeIfAbsent(c.getWorkItemId(), k -> new HashMap<>()).put(c.getTakenOn(), c.getPercentComplete()));
        List<BurnUp.Task> weighed = tasks.stream().map(t -> new BurnUp.Task(t.id(), t.plannedStart(), t.plannedFinish(),
                t.duration() == null ? 1 : Math.max(1, t.duration()), t.actualStart(), t.actualFinish(), t.percent()))
                .toList();
        return BurnUp.of(weighed, recorded, today, calendar);
    }
}
