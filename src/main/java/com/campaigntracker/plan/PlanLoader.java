package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Loads a project's plan for an edit and the item being edited, checking rights and version. */
@Component
class PlanLoader {

    private final WorkItemRepository workItems;
    private final DependencyRepository dependencies;
    private final WorkingCalendarService calendars;
    private final Clock clock;

    PlanLoader(WorkItemRepository workItems, DependencyRepository dependencies, WorkingCalendarService calendars,
               Clock clock) {
        this.workItems = workItems;
        this.dependencies = dependencies;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The item, when it still exists, the user may edit its project and nobody saved it since {@code version}. */
    WorkItem lockedItem(long itemId, long version) {
        WorkItem item = workItems.findById(itemId)
                .orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        ProjectService.requireEditable(item.getProject());
        if (item.getVersion() != version) {
            throw new ConcurrentEditException(item.getName());
        }
        return item;
    }

    ProjectPlan load(Project project) {
        List<WorkItem> items = workItems.findAllOfProjects(List.of(project.getId()));
        List<Dependency> links = new ArrayList<>(dependencies.findAllOfProject(project.getId()));
        WorkingDayCalendar calendar = calendars.calendar();
        return new ProjectPlan(items, links, calendar, WorkTreeAssembler.assemble(
                items.stream().map(ItemFields::of).toList(), links.stream().map(DependencyRow::of).toList(), calendar,
                LocalDate.now(clock)));
    }
}
