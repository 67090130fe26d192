package com.campaigntracker.plan;

import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.security.CurrentUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
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
    private final PeopleService people;
    private final WorkingCalendarService calendars;
    private final Validator validator;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<ResponsibilityStore> responsibilities;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, WorkItemRepository workItems, DependencyRepository dependencies,
                   PeopleService people, WorkingCalendarService calendars, Validator validator, Clock clock,
                   org.springframework.beans.factory.ObjectProvider<ResponsibilityStore> responsibilities,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.responsibilities = responsibilities;
        this.projects = projects;
        this.workItems = workItems;
        this.dependencies = dependencies;
        this.people = people;
        this.calendars = calendars;
        this.validator = validator;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> visibleProjects() {
        return visibleProjects(false);
    }

    /** The ids of the projects I may see, archived ones included: one query, no trees built. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<Long> visibleProjectIds() {
        return projects.findVisible(currentPersonId(), isAdmin(), withRoles()).stream().map(Project::getId)
                .collect(Collectors.toSet());
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> visibleProjects(boolean includeArchived) {
        List<Project> visible = projects.findVisible(currentPersonId(), isAdmin(), withRoles()).stream()
                .filter(p -> includeArchived || !p.isArchived()).toList();
        Map<Long, List<WorkItem>> itemsByProject = visible.isEmpty() ? Map.of()
                : workItems.findAllOfProjects(visible.stream().map(Project::getId).toList()).stream()
                .collect(Collectors.groupingBy(w -> w.getProject().getId()));
        WorkingDayCalendar calendar = calendars.calendar();
        return visible.stream()
                .map(p -> summary(p, WorkTreeAssembler.assemble(itemsByProject.getOrDefault(p.getId(), List.of()),
                        List.of(), calendar, today()), calendar))
                .toList();
    }

    /** The project's tree, or empty when it does not exist or the user may not see it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<WorkTree> workTree(long projectId) {
        return projects.findVisibleById(projectId, currentPersonId(), isAdmin(), withRoles()).map(project -> {
            WorkingDayCalendar calendar = calendars.calendar();
            List<WorkItemRow> roots = WorkTreeAssembler.assemble(workItems.findAllOfProjects(List.of(projectId)),
                    dependencies.findAllOfProject(projectId), calendar, today());
            return new WorkTree(summary(project, roots, calendar), roots);
        });
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public Project create(ProjectDetails details) {
        validate(details);
        Project project = new Project(details.getName().strip(), people.person(details.getManagerId()).orElseThrow(),
                null);
        apply(details, project);
        return projects.save(project);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void update(long projectId, long version, ProjectDetails details) {
        validate(details);
        Project project = editable(projectId);
        if (project.getVersion() != version) {
            throw new ConcurrentEditException(project.getName());
        }
        project.setName(details.getName().strip());
        project.setManager(people.person(details.getManagerId()).orElseThrow());
        apply(details, project);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setArchived(long projectId, boolean archived) {
        editable(projectId).setArchived(archived);
    }

    /**
     * Refuses with {@link AccessDeniedException} unless the signed-in person may change the project
     * (its manager or an administrator): for other modules' changes to a project's parts.
     */
    @PreAuthorize("isAuthenticated()")
    public void requireEditable(long projectId) {
        editable(projectId);
    }

    /**
     * Like {@link #requireEditable(long)}, and locks the project's row until the caller's transaction
     * ends: a check-then-write (a RACI cell the user saw empty) cannot interleave with another.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void lockForChange(long projectId) {
        editable(projectId);
        projects.lockById(projectId);
    }

    /** Whether the signed-in person may see the project, without building its tree. */
    @PreAuthorize("isAuthenticated()")
    public boolean isVisible(long projectId) {
        return projects.findVisibleById(projectId, currentPersonId(), isAdmin(), withRoles()).isPresent();
    }

    /**
     * Locks the project's row until the caller's transaction ends, for anyone who may see it: a
     * participant's answer must queue behind another's. The lock comes first, so that what follows
     * reads what the transaction it waited for committed.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void lockVisible(long projectId) {
        projects.lockById(projectId);
        if (projects.findVisibleById(projectId, currentPersonId(), isAdmin(), withRoles()).isEmpty()) {
            throw new AccessDeniedException("Not your project");
        }
    }

    /**
     * The work is done: the manager closes the project (R14: its retrospective is then due within 3
     * working days). Refused while tasks are still open — cancelling is for stopping early.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void close(long projectId, long version) {
        Project project = closable(projectId, version);
        if (project.getStatus() != ProjectStatus.ACTIVE) {
            throw new PlanEditException("project.error.closeNotActive");
        }
        List<WorkItem> items = workItems.findAllOfProjects(List.of(projectId));
        java.util.Set<Long> parents = items.stream().map(WorkItem::getParent).filter(Objects::nonNull)
                .map(WorkItem::getId).collect(java.util.stream.Collectors.toSet());
        long open = items.stream().filter(w -> !parents.contains(w.getId()))
                .filter(w -> w.getStatus() != ProgressStatus.DONE).count();
        if (open > 0) {
            throw new PlanEditException("project.error.openTasks", open);
        }
        project.close(ProjectStatus.CLOSED, clock.instant(), currentPersonId(), null);
        events.publishEvent(new ProjectClosed(projectId, false));
    }

    /** Stops the project early with a reason; its retrospective is due as for a closed one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(long projectId, long version, String reason) {
        Project project = closable(projectId, version);
        if (reason == null || reason.isBlank()) {
            throw new PlanEditException("project.error.cancelReason");
        }
        if (reason.strip().length() > 1000) {
            throw new PlanEditException("project.error.cancelReasonTooLong");
        }
        project.close(ProjectStatus.CANCELLED, clock.instant(), currentPersonId(), reason.strip());
        events.publishEvent(new ProjectClosed(projectId, true));
    }

    private Project closable(long projectId, long version) {
        projects.lockById(projectId);
        Project project = editable(projectId);
        if (project.getVersion() != version) {
            throw new ConcurrentEditException(project.getName());
        }
        if (project.getStatus() == ProjectStatus.CLOSED || project.getStatus() == ProjectStatus.CANCELLED) {
            throw new PlanEditException("project.error.alreadyClosed");
        }
        return project;
    }

    /** The plan is agreed: everyone confirmed at the kickoff, or the manager overrode (R7). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void activate(long projectId) {
        Project project = editable(projectId);
        if (project.getStatus() == ProjectStatus.PLANNING) {
            project.setStatus(ProjectStatus.ACTIVE);
        }
    }

    static Project requireEditable(Project project) {
        if (!isEditableByCurrentUser(project)) {
            throw new AccessDeniedException("Only the project's manager or an administrator may change it");
        }
        return project;
    }

    private Project editable(long projectId) {
        return requireEditable(projects.findById(projectId).orElseThrow());
    }

    private static boolean isEditableByCurrentUser(Project project) {
        Long me = currentPersonId();
        return isAdmin() || (me != null && me.equals(project.getManager().getId()));
    }

    private void apply(ProjectDetails details, Project project) {
        project.setGoal(blankToNull(details.getGoal()));
        project.setDepartment(details.getDepartmentId() == null ? null
                : people.department(details.getDepartmentId()).orElseThrow());
        project.setPlannedStart(details.getPlannedStart());
        project.setCommittedEnd(details.getCommittedEnd());
        project.setEmergencyBufferDays(details.getEmergencyBufferDays());
        project.getKpiTargets().clear();
        details.getKpis().stream()
                .filter(k -> k.getName() != null && !k.getName().isBlank() && k.getTarget() != null)
                .forEach(k -> project.getKpiTargets().add(new KpiTarget(k.getName().strip(), blankToNull(k.getUnit()),
                        k.getTarget())));
    }

    private void validate(ProjectDetails details) {
        // bounds refused in the user's language (the form checks them too; a forged request meets these)
        DateWindow.require(details.getPlannedStart(), "project.plannedStart");
        DateWindow.require(details.getCommittedEnd(), "project.committedEnd");
        TextLimit.require(details.getName(), Project.NAME_MAX, "project.name");
        TextLimit.require(details.getGoal(), Project.GOAL_MAX, "project.goal");
        for (ProjectDetails.Kpi k : details.getKpis() == null ? List.<ProjectDetails.Kpi>of() : details.getKpis()) {
            TextLimit.require(k.getName(), 200, "project.kpiName");
            TextLimit.require(k.getUnit(), 30, "project.kpiUnit");
        }
        Set<ConstraintViolation<ProjectDetails>> violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (details.getCommittedEnd() != null && details.getCommittedEnd().isBefore(details.getPlannedStart())) {
            throw new PlanEditException("project.error.committedBeforeStart");
        }
    }

    private ProjectSummary summary(Project project, List<WorkItemRow> roots, WorkingDayCalendar calendar) {
        LocalDate start = roots.stream().map(WorkItemRow::plannedStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(project.getPlannedStart());
        LocalDate finish = roots.stream().map(WorkItemRow::plannedFinish).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<ProjectSummary.Kpi> kpis = project.getKpiTargets().stream()
                .map(k -> new ProjectSummary.Kpi(k.getName(), k.getUnit(), k.getTargetValue())).toList();
        return new ProjectSummary(project.getId(), project.getVersion(), project.getName(), project.getGoal(), kpis,
                project.getManager().getId(), project.getManager().getDisplayName(),
                project.getDepartment() == null ? null : project.getDepartment().getId(),
                project.getDepartment() == null ? null : project.getDepartment().getName(),
                project.getStatus(), project.isArchived(), project.getPlannedStart(), start, finish,
                project.getCommittedEnd(), project.getEmergencyBufferDays(),
                EmergencyBuffer.of(finish, project.getCommittedEnd(), project.getEmergencyBufferDays(), calendar),
                ProgressRollup.percent(roots, calendar),
                ProgressRollup.status(roots.stream().map(WorkItemRow::status).toList()), countHints(roots),
                isEditableByCurrentUser(project), project.getClosedAt(), project.getCancelReason());
    }

    private static int countHints(List<WorkItemRow> rows) {
        return rows.stream().mapToInt(r -> r.hints().size() + countHints(r.children())).sum();
    }

    /** Projects where the signed-in person is A, C or I; never empty, as SQL has no empty IN list. */
    private java.util.Collection<Long> withRoles() {
        Long me = currentPersonId();
        ResponsibilityStore store = responsibilities.getIfAvailable();
        java.util.Set<Long> ids = me == null || store == null ? java.util.Set.of() : store.projectsWithRolesOf(me);
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Long currentPersonId() {
        return CurrentUser.personId();
    }

    private static boolean isAdmin() {
        return CurrentUser.hasRole("ADMIN");
    }
}
