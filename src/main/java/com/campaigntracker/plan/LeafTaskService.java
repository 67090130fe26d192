package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a few leaf tasks of a plan as a timeline would show them, without reading the whole tree: the rows
 * of the tasks asked for, and from the project's kept {@link ScheduleShapes shape} their WBS codes and the
 * critical path. My tasks and the warnings after an update need ten tasks of a 500-task plan.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LeafTaskService {

    private final ProjectService projects;
    private final WorkItemRepository workItems;
    private final ScheduleShapes shapes;
    private final WorkingCalendarService calendars;
    private final Clock clock;

    LeafTaskService(ProjectService projects, WorkItemRepository workItems, ScheduleShapes shapes,
                    WorkingCalendarService calendars, Clock clock) {
        this.projects = projects;
        this.workItems = workItems;
        this.shapes = shapes;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The leaf tasks among {@code itemIds} of the project, or empty when the user may not see it. */
    public Optional<LeafTasks> of(long projectId, Collection<Long> itemIds) {
        return projects.visibleProject(projectId).map(project -> leaves(project, itemIds.isEmpty() ? List.of()
                : workItems.fieldsOf(projectId, itemIds), calendars.calendar()));
    }

    /**
     * The leaf tasks owned by {@code ownerId}, or listed in {@code alsoIds}, of every project the user may see
     * that is being planned or running: one query for their rows whatever the number of projects.
     */
    public List<LeafTasks> inWork(long ownerId, Collection<Long> alsoIds) {
        List<Project> inWork = projects.visibleProjectsInWork();
        if (inWork.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ItemFields>> byProject = new HashMap<>();
        workItems.fieldsOwnedOrListed(inWork.stream().map(Project::getId).toList(), ownerId,
                        alsoIds.isEmpty() ? List.of(-1L) : alsoIds)
                .forEach(f -> byProject.computeIfAbsent(f.projectId(), k -> new ArrayList<>()).add(f));
        WorkingDayCalendar calendar = calendars.calendar();
        return inWork.stream().filter(p -> byProject.containsKey(p.getId()))
                .map(p -> leaves(p, byProject.get(p.getId()), calendar)).toList();
    }

    private LeafTasks leaves(Project project, List<ItemFields> items, WorkingDayCalendar calendar) {
        ScheduleShapes.Shape shape = shapes.of(project.getId(), calendar);
        LocalDate today = LocalDate.now(clock);
        Map<Long, ScheduleShapes.Place> places = shape.places();
        List<WorkItemRow> rows = items.stream()
                .filter(i -> places.containsKey(i.id()) && places.get(i.id()).leaf())
                .sorted(Comparator.comparingInt(i -> places.get(i.id()).order()))
                .map(i -> WorkTreeAssembler.leaf(i, places.get(i.id()).wbs(), calendar, today)).toList();
        return new LeafTasks(project.getId(), project.getName(), project.getStatus(), project.isArchived(),
                project.getManager().getId(), rows, shape.critical(), calendar);
    }
}
