package com.campaigntracker.warning;

import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重大风险上报 (R13): a deviation that moves the project finish or a milestone, or that the manager marks
 * major, goes to the head of the project's department (administrators when it has none), due in 24
 * hours, told in the app, by mail and in every channel of the project; the head records a decision.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class EscalationService {

    /** R13: the head decides within this. */
    public static final Duration DUE_AFTER = Duration.ofHours(24);

    private final EscalationRepository escalations;
    private final ProjectService projects;
    private final PeopleService people;
    private final Notifier notifier;
    private final Clock clock;

    EscalationService(EscalationRepository escalations, ProjectService projects, PeopleService people, Notifier notifier, Clock clock) {
        this.escalations = escalations;
        this.projects = projects;
        this.people = people;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Escalates the explained deviation unless it went up already or its task has one waiting for a
     * decision. Called inside the submission or the coordination that found it threatening.
     *
     * @return whether it was escalated now
     */
    boolean raise(DeviationExplanation e, EscalationReason reason, int finishSlip, String milestones, String note,
                  Instant now, ProjectSummary project, String taskName) {
        if (escalations.existsByExplanationId(e.getId()) || escalations.existsByWorkItemIdAndDecidedAtIsNull(
                e.getWorkItemId())) {
            return false;
        }
        Long head = project.departmentId() == null ? null : people.department(project.departmentId())
                .map(d -> d.getHead()).map(Person::getId).orElse(null);
        if (head != null && head.equals(project.managerId())) {
            head = null; // L9: a manager who heads the department does not decide their own escalation; admins do
        }
        escalations.save(new Escalation(e, head, reason, finishSlip, milestones, note, now, CurrentUser.personId(),
                now.plus(DUE_AFTER)));
        Set<Long> to = new LinkedHashSet<>(deciders(head));
        to.add(project.managerId());
        // what moves, in the reason's own words: the finish by n days, the milestones, or the manager's note
        String key = "notice.escalation.raised." + reason.name();
        List<String> args = List.of(taskName, project.name(), String.valueOf(finishSlip),
                reason == EscalationReason.MARKED_MAJOR ? note : Objects.toString(milestones, ""));
        // the deciders in the app and by mail, the project's chat groups as a card with the 24 hours to decide
        com.campaigntracker.plan.WorkItemRow row = projects.workTree(e.getProjectId()).flatMap(t -> t.rows().stream()
                .filter(r -> r.id() == e.getWorkItemId()).findFirst()).orElse(null);
        notifier.notify(new Notification(to, e.getProjectId(), key, args, WarningRoutes.escalations(e.getProjectId()),
                new com.campaigntracker.notify.ChatCard(com.campaigntracker.notify.ChatCard.Action.DECIDE, taskName,
                        project.name(), row == null ? null : row.plannedStart(), row == null ? null : row.plannedFinish(),
                        now.plus(DUE_AFTER))));
        return true;
    }

    /** Whether the task has an escalation waiting for its decision. */
    @Transactional(readOnly = true)
    boolean openFor(long workItemId) {
        return escalations.existsByWorkItemIdAndDecidedAtIsNull(workItemId);
    }

    /** The escalations of the projects I may see (one project when given), the open ones due soonest first. */
    @Transactional(readOnly = true)
    public List<EscalationLine> of(Long projectId) {
        Map<Long, ProjectSummary> visible = VisibleProjects.byId(projects, projectId);
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Escalation> list = escalations.findByProjectIdInOrderByRaisedAtDesc(visible.keySet());
        Map<Long, String> tasks = new HashMap<>();
        list.stream().map(Escalation::getProjectId).distinct().forEach(p -> projects.workTree(p)
                .ifPresent(t -> t.rows().forEach(r -> tasks.put(r.id(), r.name()))));
        Set<Long> persons = new HashSet<>();
        list.forEach(x -> {
            persons.add(x.getHeadId());
            persons.add(x.getDecidedById());
        });
        persons.remove(null);
        Map<Long, String> names = people.displayNames(persons);
        Long me = CurrentUser.personId();
        Instant now = clock.instant();
        return list.stream().map(x -> new EscalationLine(x.getId(), x.getVersion(), x.getProjectId(),
                        visible.get(x.getProjectId()).name(), x.getWorkItemId(),
                        tasks.getOrDefault(x.getWorkItemId(), ""), x.getReason(), x.getFinishSlip(), x.getMilestones(),
                        x.getNote(), x.getHeadId(), names.get(x.getHeadId()), x.getRaisedAt(), x.getDueAt(),
                        x.getDecidedAt(), names.get(x.getDecidedById()), x.getDecisionType(), x.getDecision(),
                        x.isLate(now), mayDecide(x, me, visible.get(x.getProjectId()).managerId())
                                && !visible.get(x.getProjectId()).closed(), x.getExplanationId()))
                .sorted(java.util.Comparator.comparing((EscalationLine l) -> !l.open())
                        .thenComparing(l -> l.open() ? l.dueAt() : Instant.MAX)
                        .thenComparing(EscalationLine::raisedAt, java.util.Comparator.reverseOrder()))
                .toList();
    }

    /** The head's decision (R13), attached to the project for good; a decided escalation stays decided. */
    public void decide(long escalationId, long version, EscalationDecision type, String decision) {
        // the project's row first, then the escalation read fresh: a decision taken meanwhile is seen
        long projectId = escalations.projectIdOf(escalationId)
                .orElseThrow(() -> new WarningException("escalation.error.gone"));
        projects.lockVisible(projectId);
        Escalation x = escalations.findById(escalationId)
                .orElseThrow(() -> new WarningException("escalation.error.gone"));
        WorkTree before = projects.workTree(projectId).orElseThrow();
        if (!mayDecide(x, CurrentUser.personId(), before.project().managerId())) {
            throw new AccessDeniedException("Only the department head (or an administrator) decides an escalation");
        }
        projects.requireOpen(projectId);
        if (x.getVersion() != version) {
            throw new WarningException("escalation.error.conflict");
        }
        if (!x.isOpen()) {
            throw new WarningException("escalation.error.decided");
        }
        if (type == null) {
            throw new WarningException("escalation.error.type");
        }
        if (decision == null || decision.isBlank()) {
            throw new WarningException("escalation.error.decision");
        }
        if (decision.strip().length() > 2000) {
            throw new WarningException("progress.error.tooLong");
        }
        x.decide(type, decision, clock.instant(), CurrentUser.personId());
        WorkTree tree = projects.workTree(projectId).orElseThrow();
        Set<Long> to = new LinkedHashSet<>();
        to.add(tree.project().managerId());
        WorkItemRow task = tree.rows().stream().filter(r -> r.id() == x.getWorkItemId()).findFirst().orElse(null);
        if (task != null && task.ownerId() != null) {
            to.add(task.ownerId());
        }
        notifier.notify(new Notification(to, projectId, "notice.escalation.decided",
                List.of(task == null ? "" : task.name(), tree.project().name()), WarningRoutes.ESCALATIONS));
    }

    /**
     * Tells the deciders and the manager once when an escalation's 24 hours passed without a decision.
     * Run by the system with the warning scan.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int tellOverdue() {
        int told = 0;
        for (Escalation x : escalations.findByDecidedAtIsNullAndOverdueToldFalseAndDueAtBefore(clock.instant())) {
            x.overdueTold();
            WorkTree tree = projects.workTree(x.getProjectId()).orElse(null);
            if (tree == null) {
                continue;
            }
            Set<Long> to = new LinkedHashSet<>(deciders(x.getHeadId()));
            to.add(tree.project().managerId());
            String task = tree.rows().stream().filter(r -> r.id() == x.getWorkItemId()).map(WorkItemRow::name)
                    .findFirst().orElse("");
            notifier.notify(new Notification(to, x.getProjectId(), "notice.escalation.overdue",
                    List.of(task, tree.project().name()), WarningRoutes.ESCALATIONS));
            told++;
        }
        return told;
    }

    /**
     * The head decides; without a head, any administrator does (and an administrator may always). L9:
     * never the project's own manager, even when they head its department (an administrator then decides).
     */
    private static boolean mayDecide(Escalation x, Long me, Long managerId) {
        if (me != null && me.equals(managerId)) {
            return false;
        }
        return CurrentUser.hasRole("ADMIN") || (me != null && me.equals(x.getHeadId()));
    }

    private List<Long> deciders(Long head) {
        return head != null ? List.of(head) : people.people().stream().filter(p -> p.role() == Role.ADMIN)
                .map(PersonOption::id).toList();
    }
}
