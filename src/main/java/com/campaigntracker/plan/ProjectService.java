package com.campaigntracker.plan;

import com.campaigntracker.people.Department;
import com.campaigntracker.people.Person;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and their work trees, filtered to what the signed-in person may see. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final WorkItemRepository workItems;
    private final DependencyRepository dependencies;
    private final Clock clock;

    ProjectService(ProjectRepository projects, WorkItemRepository workItems, DependencyRepository dependencies,
                   Clock clock) {
        this.projects = projects;
        this.workItems = workItems;
        this.dependencies = dependencies;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> visibleProjects() {
        List<Project> visible = projects.findVisible(currentPersonId(), isAdmin());
        Map<Long, List<WorkItem>> itemsByProject = visible.isEmpty() ? Map.of()
                : workItems.findAllOfProjects(visible.stream().map(Project::getId).toList()).stream()
                .collect(Collectors.groupingBy(w -> w.getProject().getId()));
        return visible.stream()
                .map(p -> summary(p, WorkTreeAssembler.assemble(itemsByProject.getOrDefault(p.getId(), List.of()),
                        List.of(), calendar(), today())))
                .toList();
    }

    /** The project's tree, or empty when it does not exist or the user may not see it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<WorkTree> workTree(long projectId) {
        return projects.findVisibleById(projectId, currentPersonId(), isAdmin()).map(project -> {
            List<WorkItemRow> roots = WorkTreeAssembler.assemble(workItems.findAllOfProjects(List.of(projectId)),
                    dependencies.findAllOfProject(projectId), calendar(), today());
            return new WorkTree(summary(project, roots), roots);
        });
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public Project create(String name, String goal, List<KpiTarget> kpis, Person manager, Department department,
                          LocalDate plannedStart) {
        Project project = new Project(name, manager, department);
        project.setGoal(goal);
        project.getKpiTargets().addAll(kpis);
        project.setPlannedStart(plannedStart);
        return projects.save(project);
    }

    private ProjectSummary summary(Project project, List<WorkItemRow> roots) {
        LocalDate start = roots.stream().map(WorkItemRow::plannedStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(project.getPlannedStart());
        LocalDate finish = roots.stream().map(WorkItemRow::plannedFinish).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<ProjectSummary.Kpi> kpis = project.getKpiTargets().stream()
                .map(k -> new ProjectSummary.Kpi(k.getName(), k.getUnit(), k.getTargetValue())).toList();
        return new ProjectSummary(project.getId(), project.getName(), project.getGoal(), kpis,
                project.getManager().getDisplayName(),
                project.getDepartment() == null ? null : project.getDepartment().getName(),
                project.getStatus(), start, finish, ProgressRollup.percent(roots, calendar()),
                ProgressRollup.status(roots.stream().map(WorkItemRow::status).toList()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // Holidays and make-up days arrive with the calendar administration; until then Monday to Friday.
    private WorkingDayCalendar calendar() {
        return WorkingDayCalendar.mondayToFriday();
    }

    private static Long currentPersonId() {
        return CurrentUser.get().map(SignedInUser::personId).orElse(null);
    }

    private static boolean isAdmin() {
        return CurrentUser.hasRole("ADMIN");
    }
}
