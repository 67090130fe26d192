package com.campaigntracker.plan;

import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
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
    private final AdminAuditLog audit;
    private final ItemFieldsReader itemFields;

    ProjectService(ProjectRepository projects, WorkItemRepository workItems, ItemFieldsReader itemFields,
                   DependencyRepository dependencies, PeopleService people, WorkingCalendarService calendars,
                   Validator validator, Clock clock,
                   org.springframework.beans.factory.ObjectProvider<ResponsibilityStore> responsibilities,
                   org.springframework.context.ApplicationEventPublisher events, AdminAuditLog audit) {
        this.events = events;
        this.audit = audit;
        this.responsibilities = responsibilities;
        this.projects = projects;
        this.workItems = workItems;
        this.itemFields = itemFields;
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

    /** The projects I may see that are being planned or running, for this package's readers of parts of trees. */
    List<Project> visibleProjectsInWork() {
        return projects.findVisible(currentPersonId(), isAdmin(), withRoles()).stream().filter(Project::isInWork).toList();
    }

    /** The project when I may see it, for this package's readers of parts of trees. */
    Optional<Project> visibleProject(long projectId) {
        return projects.findVisibleById(projectId, currentPersonId(), isAdmin(), withRoles());
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> visibleProjects(boolean includeArchived) {
        return visibleTrees(p -> includeArchived || !p.isArchived()).stream().map(WorkTree::project).toList();
    }

    /** The projects I may see with their trees (rows without predecessor codes), from one query of their items. */
    @PreAuthorize("isAuthenticated()")
    public List<WorkTree> visibleWorkTrees(boolean includeArchived) {
        return visibleTrees(p -> includeArchived || !p.isArchived());
    }

    /**
     * The closed and cancelled projects I may see, archived ones included, with their trees (rows without
     * predecessor codes): one query for the projects and one for all their items, for the libraries.
     */
    @PreAuthorize("isAuthenticated()")
    public List<WorkTree> finishedWorkTrees() {
        return visibleTrees(Project::isClosed);
    }

    private List<WorkTree> visibleTrees(java.util.function.Predicate<Project> which) {
        List<Project> visible = projects.findVisible(currentPersonId(), isAdmin(), withRoles()).stream()
                .filter(which).toList();
        Map<Long, List<ItemFields>> itemsByProject = visible.isEmpty() ? Map.of()
                : itemFields.ofProjects(visible.stream().map(Project::getId).toList()).stream()
                .collect(Collectors.groupingBy(ItemFields::projectId));
        WorkingDayCalendar calendar = calendars.calendar();
        return visible.stream().map(p -> {
            List<WorkItemRow> roots = WorkTreeAssembler.assemble(itemsByProject.getOrDefault(p.getId(), List.of()),
                    List.of(), calendar, today());
            return new WorkTree(summary(p, roots, calendar), roots);
        }).toList();
    }

    /** The project's tree, or empty when it does not exist or the user may not see it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<WorkTree> workTree(long projectId) {
        return workTreeWithLinks(projectId).map(LinkedTree::tree);
    }

    /** A project's tree, the dependencies its predecessor codes were read from and the calendar it was rolled up on. */
    public record LinkedTree(WorkTree tree, List<DependencyRow> links, WorkingDayCalendar calendar) {
    }

    /**
     * The project's tree with its dependencies, each read once (a timeline needs both), or empty when it
     * does not exist or the user may not see it.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<LinkedTree> workTreeWithLinks(long projectId) {
        return projects.findVisibleById(projectId, currentPersonId(), isAdmin(), withRoles()).map(project -> {
            WorkingDayCalendar calendar = calendars.calendar();
            List<ItemFields> items = itemFields.ofProjects(List.of(projectId));
            List<DependencyRow> links = dependencies.rowsOfProject(projectId);
            List<WorkItemRow> roots = WorkTreeAssembler.assemble(items, links, calendar, today());
            return new LinkedTree(new WorkTree(summary(project, roots, calendar), roots), links, calendar);
        });
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    /** Saves a new project and returns its id. */
    public long create(ProjectDetails details) {
        validate(details);
        Project project = new Project(details.getName().strip(), manager(details.getManagerId()), null);
        apply(details, project);
        return projects.save(project).getId();
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
        if (!project.getManager().getId().equals(details.getManagerId())) {
            project.setManager(manager(details.getManagerId()));
        }
        apply(details, project);
    }

    /** Archiving only hides a project from the lists: a closed project's manager may still do it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setArchived(long projectId, boolean archived) {
        managed(projectId).setArchived(archived);
    }

    /**
     * Refuses with {@link AccessDeniedException} unless the signed-in person may change the project
     * (its manager or an administrator), and with {@link ProjectClosedException} when it is closed or
     * cancelled (a record, M6): for other modules' changes to a project's parts.
     */
    @PreAuthorize("isAuthenticated()")
    public void requireEditable(long projectId) {
        editable(projectId);
    }

    /**
     * Refuses with {@link ProjectClosedException} when the project is closed or cancelled: for changes
     * that people other than its manager may make (a task's R reporting, an A accepting, a head deciding).
     */
    @PreAuthorize("isAuthenticated()")
    public void requireOpen(long projectId) {
        requireOpen(projects.findById(projectId).orElseThrow());
    }

    /**
     * Only who: its manager or an administrator, whatever its status. For what belongs to a closed
     * project's closing (its retrospective, its report, archiving it), never for its plan.
     */
    @PreAuthorize("isAuthenticated()")
    public void requireManaging(long projectId) {
        managed(projectId);
    }

    /** Like {@link #requireManaging(long)}, and locks the project's row until the caller's transaction ends. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void lockForClosing(long projectId) {
        managed(projectId);
        projects.lockById(projectId);
    }

    /**
     * An administrator reopens a closed or cancelled project with a reason (required): it runs again and
     * may be changed; the reopening is in the audit log and on the project. A report generated after it
     * closes again is a new version; the earlier ones stay as they were.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reopen(long projectId, long version, String reason) {
        projects.lockById(projectId);
        Project project = projects.findById(projectId).orElseThrow();
        if (project.getVersion() != version) {
            throw new ConcurrentEditException(project.getName());
        }
        if (!project.isClosed()) {
            throw new PlanEditException("project.error.notClosed");
        }
        if (reason == null || reason.isBlank()) {
            throw new PlanEditException("project.error.reopenReason");
        }
        if (reason.strip().length() > Project.REOPEN_REASON_MAX) {
            throw new PlanEditException("project.error.reopenReasonTooLong", Project.REOPEN_REASON_MAX);
        }
        String before = AdminAuditLog.values("status", project.getStatus(), "closed", project.getClosedAt(),
                "cancel reason", project.getCancelReason());
        project.reopen(clock.instant(), currentPersonId(), reason.strip());
        audit.record(AuditKind.PROJECT_REOPENED, project.getName(), projectId, before,
                AdminAuditLog.values("status", project.getStatus()), reason.strip());
        events.publishEvent(new PlanChanged(projectId));
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

    /**
     * Everyone who takes part in the project: its manager, its department's head, the owners of its items
     * and whoever holds an A, C or I on one (the people a comment may name); empty when the signed-in
     * person may not see the project.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<Long> participants(long projectId) {
        Optional<Project> project = projects.findVisibleById(projectId, currentPersonId(), isAdmin(), withRoles());
        if (project.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new java.util.LinkedHashSet<>();
        ids.add(project.get().getManager().getId());
        if (project.get().getDepartment() != null && project.get().getDepartment().getHead() != null) {
            ids.add(project.get().getDepartment().getHead().getId());
        }
        List<Long> itemIds = new java.util.ArrayList<>();
        for (Object[] row : workItems.idsAndOwners(projectId)) {
            itemIds.add((Long) row[0]);
            if (row[1] != null) {
                ids.add((Long) row[1]);
            }
        }
        ResponsibilityStore store = responsibilities.getIfAvailable();
        if (store != null && !itemIds.isEmpty()) {
            store.of(itemIds).values().forEach(r -> {
                if (r.accountable() != null) {
                    ids.add(r.accountable());
                }
                ids.addAll(r.consulted());
                ids.addAll(r.informed());
            });
        }
        return java.util.Collections.unmodifiableSet(ids);
    }

    /** Whether the signed-in person manages the project (false when it is not theirs to see). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isManagedByMe(long projectId) {
        return projects.findVisibleById(projectId, currentPersonId(), isAdmin(), withRoles())
                .map(ProjectService::isManagedByCurrentUser).orElse(false);
    }

    /** The project's name, when the signed-in person may see it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> nameOf(long projectId) {
        return projects.findVisibleById(projectId, currentPersonId(), isAdmin(), withRoles()).map(Project::getName);
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
        List<ItemFields> items = itemFields.ofProjects(List.of(projectId));
        java.util.Set<Long> parents = items.stream().map(ItemFields::parentId).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        long open = items.stream().filter(w -> !parents.contains(w.id()))
                .filter(w -> w.status() != ProgressStatus.DONE).count();
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
        Project project = managed(projectId);
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

    /** Its manager or an administrator, and not closed or cancelled (then it is a record, M6). */
    static Project requireEditable(Project project) {
        return requireOpen(requireManaging(project));
    }

    static Project requireManaging(Project project) {
        if (!isManagedByCurrentUser(project)) {
            throw new AccessDeniedException("Only the project's manager or an administrator may change it");
        }
        return project;
    }

    static Project requireOpen(Project project) {
        if (project.isClosed()) {
            throw new ProjectClosedException(project.getName());
        }
        return project;
    }

    private Project editable(long projectId) {
        return requireEditable(projects.findById(projectId).orElseThrow());
    }

    private Project managed(long projectId) {
        return requireManaging(projects.findById(projectId).orElseThrow());
    }

    private static boolean isManagedByCurrentUser(Project project) {
        Long me = currentPersonId();
        return isAdmin() || (me != null && me.equals(project.getManager().getId()));
    }

    /** I3: a project's manager is an enabled account of role MANAGER or ADMIN (manager powers include channels). */
    private Person manager(Long personId) {
        Person manager = personId == null ? null : people.person(personId).orElse(null);
        if (manager == null || !manager.isEnabled()
                || (manager.getRole() != Role.MANAGER && manager.getRole() != Role.ADMIN)) {
            throw new PlanEditException("project.error.managerRole");
        }
        return manager;
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
                isManagedByCurrentUser(project) && !project.isClosed(), project.getClosedAt(), project.getCancelReason(),
                isManagedByCurrentUser(project), project.getReopenedAt(),
                project.getReopenedById() == null ? null
                        : people.displayNames(List.of(project.getReopenedById())).get(project.getReopenedById()),
                project.getReopenReason());
    }

    private static int countHints(List<WorkItemRow> rows) {
        return rows.stream().mapToInt(r -> r.hints().size() + countHints(r.children())).sum();
    }

    /** Projects in which the signed-in person is A, C or I; never empty, as SQL has no empty IN list. */
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
