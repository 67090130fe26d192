package com.campaigntracker.tracking;

import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly checkpoints: at the end of each week every open task of a running project has its % complete
 * and its expected % (share of planned working days elapsed) recorded once, so that "behind the
 * expected value two weeks running" has its data and each task has a planned-vs-actual curve.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CheckpointService {

    /** The checkpoint describes the end of this day of its week. */
    public static final DayOfWeek CHECKPOINT_DAY = DayOfWeek.FRIDAY;

    private final CheckpointRepository checkpoints;
    private final ProjectService projects;
    private final TimelineService timelines;
    private final ProgressService progress;
    private final WorkingCalendarService calendars;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    CheckpointService(CheckpointRepository checkpoints, ProjectService projects, TimelineService timelines,
                      ProgressService progress, WorkingCalendarService calendars, Clock clock,
                      org.springframework.transaction.support.TransactionTemplate transaction) {
        this.transaction = transaction;
        this.checkpoints = checkpoints;
        this.projects = projects;
        this.timelines = timelines;
        this.progress = progress;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Monday of the week the day lies in: the key of its checkpoint. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The checkpoint day of the day's week. */
    public static LocalDate checkpointDayOf(LocalDate day) {
        return weekOf(day).with(TemporalAdjusters.nextOrSame(CHECKPOINT_DAY));
    }

    /**
     * Records the checkpoint of the week of {@code day} for every open task of every running project
     * that has none for that week yet; run by the system (it sees every project).
     *
     * @return how many tasks were recorded
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int record(LocalDate day) {
        return recordAll(day, false);
    }

    /** The week's checkpoint of the running projects that have none at all for it (the server was down). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int recordMissed(LocalDate day) {
        return recordAll(day, true);
    }

    private int recordAll(LocalDate day, boolean onlyMissed) {
        int recorded = 0;
        for (ProjectSummary project : projects.visibleProjects()) {
            if (project.status() == ProjectStatus.ACTIVE) {
                recorded += Scans.perProject("checkpoint", project.id(),
                        () -> transaction.execute(s -> record(project, day, onlyMissed)));
            }
        }
        return recorded;
    }

    private int record(ProjectSummary project, LocalDate day, boolean onlyMissed) {
        LocalDate week = weekOf(day);
        LocalDate takenOn = checkpointDayOf(day);
        WorkingDayCalendar calendar = calendars.calendar();
        Set<Long> done = checkpoints.findByProjectIdAndWeekOf(project.id(), week).stream()
                .map(Checkpoint::getWorkItemId).collect(Collectors.toSet());
        if (onlyMissed && !done.isEmpty()) {
            return 0;
        }
        List<WorkItemRow> open = projects.workTree(project.id()).map(t -> t.rows().stream()
                .filter(r -> r.isLeaf() && r.storedStatus() != ProgressStatus.DONE && !done.contains(r.id()))
                .toList()).orElse(List.of());
        for (WorkItemRow row : open) {
            checkpoints.save(new Checkpoint(row.id(), project.id(), week, takenOn, clock.instant(),
                    row.percentComplete(), ExpectedProgress.on(takenOn, row.plannedStart(), row.plannedFinish(), calendar)));
        }
        return open.size();
    }

    /** Every checkpoint of the project's tasks, oldest first; empty when the project is not visible. */
    @Transactional(readOnly = true)
    public List<WeeklyCheckpoint> checkpointsOf(long projectId) {
        if (!projects.isVisible(projectId)) {
            return List.of();
        }
        return checkpoints.findByProjectIdInOrderByWeekOf(List.of(projectId)).stream()
                .map(c -> new WeeklyCheckpoint(c.getWorkItemId(), c.getWeekOf(), c.getPercentComplete(),
                        c.getExpectedPercent())).toList();
    }

    /** The recorded weekly checkpoints of a few of the project's items, oldest first; empty when it is not visible. */
    @Transactional(readOnly = true)
    public List<WeeklyCheckpoint> checkpointsOf(long projectId, java.util.Collection<Long> itemIds) {
        if (!projects.isVisible(projectId)) {
            return List.of();
        }
        List<Long> ids = itemIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // one query for them all, in the order asked for (each item's weeks in order, as one query per item gave)
        Map<Long, Integer> position = new HashMap<>();
        ids.forEach(id -> position.putIfAbsent(id, position.size()));
        return checkpoints.findByWorkItemIdInOrderByWeekOf(ids).stream()
                .filter(c -> c.getProjectId() == projectId)
                .sorted(java.util.Comparator.comparing(c -> position.get(c.getWorkItemId())))
                .map(c -> new WeeklyCheckpoint(c.getWorkItemId(), c.getWeekOf(), c.getPercentComplete(),
                        c.getExpectedPercent())).toList();
    }

    /** Records a checkpoint taken in an earlier week (demo data); a week already recorded is left as it is. */
    @PreAuthorize("hasRole('ADMIN')")
    public void backfill(long itemId, LocalDate day, int percent) {
        long projectId = progress.requireProjectOf(itemId);
        LocalDate week = weekOf(day);
        if (checkpoints.findByWorkItemIdOrderByWeekOf(itemId).stream().anyMatch(c -> c.getWeekOf().equals(week))) {
            return;
        }
        WorkItemRow row = projects.workTree(projectId).flatMap(t -> t.find(itemId)).orElseThrow();
        checkpoints.save(new Checkpoint(itemId, projectId, week, checkpointDayOf(day),
                checkpointDayOf(day).atTime(18, 0).atZone(clock.getZone()).toInstant(), percent,
                ExpectedProgress.on(checkpointDayOf(day), row.plannedStart(), row.plannedFinish(), calendars.calendar())));
    }

    /**
     * The task's curve: the expected % at each checkpoint day from the week of its planned start to its
     * planned finish (or today, when later), the recorded % where a checkpoint was taken, and today's.
     */
    @Transactional(readOnly = true)
    public List<CurvePoint> curve(long itemId) {
        Long projectId = progress.projectOf(itemId).orElse(null);
        if (projectId == null) {
            return List.of();
        }
        WorkItemRow row = projects.workTree(projectId).flatMap(t -> t.find(itemId)).orElse(null);
        if (row == null || row.plannedStart() == null || row.plannedFinish() == null) {
            return List.of();
        }
        WorkingDayCalendar calendar = calendars.calendar();
        Map<LocalDate, Integer> actual = new HashMap<>();
        checkpoints.findByWorkItemIdOrderByWeekOf(itemId).forEach(c -> actual.put(c.getTakenOn(), c.getPercentComplete()));
        LocalDate today = LocalDate.now(clock);
        LocalDate last = row.plannedFinish().isAfter(today) ? row.plannedFinish() : today;
        List<CurvePoint> points = new ArrayList<>();
        for (LocalDate d = checkpointDayOf(row.plannedStart()); !d.isAfter(checkpointDayOf(last)); d = d.plusWeeks(1)) {
            if (!d.equals(today)) {
                points.add(new CurvePoint(d, ExpectedProgress.on(d, row.plannedStart(), row.plannedFinish(), calendar),
                        d.isBefore(today) ? actual.get(d) : null));
            }
        }
        points.add(new CurvePoint(today, ExpectedProgress.on(today, row.plannedStart(), row.plannedFinish(), calendar),
                row.percentComplete()));
        points.sort(java.util.Comparator.comparing(CurvePoint::day));
        return points;
    }
}
