package com.campaigntracker.warning;

import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.TranslationProvider;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deviation explanations (R11): asked of the task's R when a high warning is raised, due 24 hours later;
 * the R (or the manager) submits the cause, the measures and the proposed dates; a submission after the
 * 24 hours is marked late and the manager is told either way.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ExplanationService {

    /** R11: the explanation is due this long after its warning. */
    public static final Duration DUE_AFTER = Duration.ofHours(24);

    private final ExplanationRepository explanations;
    private final WarningRepository warnings;
    private final ProjectService projects;
    private final TrackingService tracking;
    private final Notifier notifier;
    private final Clock clock;
    private final EscalationService escalations;
    private final ImpactService impacts;
    private final TimelineService timelines;
    private final TranslationProvider translations;

    ExplanationService(ExplanationRepository explanations, WarningRepository warnings, ProjectService projects,
                       TrackingService tracking, Notifier notifier, Clock clock, EscalationService escalations,
                       ImpactService impacts, TimelineService timelines, TranslationProvider translations) {
        this.translations = translations;
        this.escalations = escalations;
        this.impacts = impacts;
        this.timelines = timelines;
        this.explanations = explanations;
        this.warnings = warnings;
        this.projects = projects;
        this.tracking = tracking;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The explanations of the projects I may see (one project when given), the ones due soonest first. */
    @Transactional(readOnly = true)
    public List<ExplanationLine> of(Long projectId) {
        Map<Long, ProjectSummary> visible = VisibleProjects.byId(projects, projectId);
        if (visible.isEmpty()) {
            return List.of();
        }
        List<DeviationExplanation> list = explanations.findByProjectIdInOrderByDueAt(visible.keySet());
        Map<Long, TrackedTask> tasks = VisibleProjects.tasksOf(tracking,
                list.stream().map(DeviationExplanation::getProjectId));
        Map<Long, WarningKind> kinds = new HashMap<>();
        warnings.findAllById(list.stream().map(DeviationExplanation::getWarningId).toList())
                .forEach(w -> kinds.put(w.getId(), w.getKind()));
        Instant now = clock.instant();
        return list.stream().filter(e -> tasks.containsKey(e.getWorkItemId()))
                .map(e -> line(e, tasks.get(e.getWorkItemId()), visible.get(e.getProjectId()),
                        kinds.get(e.getWarningId()), now)).toList();
    }

    /** The R's explanation of the deviation; refused with a reason, nothing half-saved. */
    public void submit(long explanationId, long version, ExplanationForm form) {
        DeviationExplanation e = locked(explanationId, false);
        Timeline t = timelines.timeline(e.getProjectId())
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        WorkItemRow task = t.tree().rows().stream().filter(r -> r.id() == e.getWorkItemId()).findFirst()
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        Long me = CurrentUser.personId();
        if (me == null || !me.equals(task.ownerId())) {
            projects.requireEditable(e.getProjectId());
        }
        projects.requireOpen(e.getProjectId());
        if (e.getVersion() != version) {
            throw new WarningException("explanation.error.conflict", task.name());
        }
        if (e.getSubmittedAt() != null) {
            throw new WarningException("explanation.error.submitted", task.name());
        }
        validate(form);
        Instant now = clock.instant();
        e.submit(form, now, me);
        ProjectSummary project = t.tree().project();
        notifier.notify(new Notification(List.of(project.managerId()), e.getProjectId(),
                e.isLate() ? "notice.explanation.late" : "notice.explanation.submitted",
                List.of(task.name(), project.name()), WarningRoutes.EXPLANATIONS));
        if (form.proposedStart() != null) {
            escalateIfThreatening(e, t, form.proposedStart(), form.proposedFinish(), now);
        }
    }

    /**
     * The explanation read after its project's row is locked (by anyone who sees the project, or only
     * its manager when {@code forChange}): what was checked cannot change before the transaction ends.
     */
    DeviationExplanation locked(long explanationId, boolean forChange) {
        long projectId = explanations.projectIdOf(explanationId)
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        if (forChange) {
            projects.lockForChange(projectId);
        } else {
            projects.lockVisible(projectId);
        }
        return explanations.findById(explanationId).orElseThrow(() -> new WarningException("explanation.error.gone"));
    }

    /**
     * R13: dates that would move the project finish or a milestone (measured on the plan {@code t} as
     * it stood before) go to the department head at once, without waiting for the coordination.
     */
    void escalateIfThreatening(DeviationExplanation e, Timeline t, LocalDate start, LocalDate finish, Instant now) {
        impacts.impact(t, e.getWorkItemId(), start, finish)
                .filter(i -> i.finishSlip() > 0 || !i.milestonesMoved().isEmpty())
                .ifPresent(i -> escalations.raise(e, i.finishSlip() > 0 ? EscalationReason.FINISH_MOVED
                                : EscalationReason.MILESTONE_MOVED, i.finishSlip(), milestoneNames(t, i), null, now,
                        t.tree().project(), taskName(t, e.getWorkItemId())));
    }

    private static String taskName(Timeline t, long itemId) {
        return t.tree().rows().stream().filter(r -> r.id() == itemId).map(WorkItemRow::name).findFirst().orElse("");
    }

    /**
     * Tells the manager (and the R again) once when an explanation's 24 hours have passed without it.
     * Run by the system with the warning scan.
     *
     * @return how many were overdue and told
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int tellOverdue() {
        int told = 0;
        for (DeviationExplanation e : explanations.findBySubmittedAtIsNullAndOverdueToldFalseAndDueAtBefore(
                clock.instant())) {
            e.overdueTold();
            var project = projects.workTree(e.getProjectId()).map(t -> t.project()).orElse(null);
            TrackedTask task = tracking.tasksOf(e.getProjectId()).stream().filter(t -> t.id() == e.getWorkItemId())
                    .findFirst().orElse(null);
            if (project == null || task == null) {
                continue;
            }
            java.util.Set<Long> to = new java.util.LinkedHashSet<>();
            to.add(project.managerId());
            if (task.ownerId() != null) {
                to.add(task.ownerId());
            }
            notifier.notify(new Notification(to, e.getProjectId(), "notice.explanation.overdue",
                    List.of(task.name(), project.name()), WarningRoutes.EXPLANATIONS));
            told++;
        }
        return told;
    }

    /**
     * A high warning raised: its explanation is asked of the task's R, due in 24 hours — unless one for
     * the same task is still waiting (late and behind at once are one deviation to explain).
     */
    void request(Warning warning, Instant at) {
        if (!explanations.existsByWarningId(warning.getId())
                && !explanations.existsByWorkItemIdAndSubmittedAtIsNull(warning.getWorkItemId())) {
            explanations.save(new DeviationExplanation(warning.getId(), warning.getProjectId(),
                    warning.getWorkItemId(), at, at.plus(DUE_AFTER)));
        }
    }

    /** The moved milestones' names as the escalation keeps them (within its column's 1,000 characters). */
    private String milestoneNames(Timeline t, ImpactAnalysis.Impact i) {
        if (i.milestonesMoved().isEmpty()) {
            return null;
        }
        Map<Long, String> names = new HashMap<>();
        t.tree().rows().forEach(r -> names.put(r.id(), r.name()));
        String joined = String.join(translations.getTranslation("list.separator", notifier.channelLocale()),
                i.milestonesMoved().stream().map(names::get).toList());
        return joined.length() <= 1000 ? joined : joined.substring(0, 999) + "…";
    }

    /** Of the given tasks, those whose R owes an explanation now. */
    Set<Long> pendingAmong(Collection<Long> workItemIds) {
        return workItemIds.isEmpty() ? Set.of() : Set.copyOf(explanations.pendingAmong(workItemIds));
    }

    /**
     * A rejected explanation: the R explains the same deviation again, due 24 hours from now (R12) —
     * unless another warning of the task already asks for one that is still waiting.
     */
    void requestAgain(DeviationExplanation rejected, Instant at) {
        if (!explanations.existsByWorkItemIdAndSubmittedAtIsNull(rejected.getWorkItemId())) {
            explanations.save(new DeviationExplanation(rejected.getWarningId(), rejected.getProjectId(),
                    rejected.getWorkItemId(), at, at.plus(DUE_AFTER)));
        }
    }

    private static void validate(ExplanationForm f) {
        if (f.causeType() == null) {
            throw new WarningException("explanation.error.causeType");
        }
        if (f.cause() == null || f.cause().isBlank()) {
            throw new WarningException("explanation.error.cause");
        }
        if (f.cause().strip().length() > 2000
                || (f.ownerAssessment() != null && f.ownerAssessment().strip().length() > 2000)) {
            throw new WarningException("progress.error.tooLong");
        }
        List<RemedialMeasure> measures = f.measures() == null ? List.of() : f.measures();
        if (measures.isEmpty() || measures.stream().anyMatch(m -> m.getDescription() == null
                || m.getDescription().isBlank())) {
            throw new WarningException("explanation.error.measures");
        }
        if (measures.stream().anyMatch(m -> m.getDescription().strip().length() > RemedialMeasure.DESCRIPTION_MAX)) {
            throw new WarningException("progress.error.tooLong");
        }
        if ((f.proposedStart() == null) != (f.proposedFinish() == null)
                || (f.proposedStart() != null && f.proposedFinish().isBefore(f.proposedStart()))) {
            throw new WarningException("warning.error.proposedDates");
        }
        DateWindow.require(f.proposedStart(), "explanation.proposedStart");
        DateWindow.require(f.proposedFinish(), "explanation.proposedFinish");
        measures.forEach(m -> DateWindow.require(m.getDueOn(), "explanation.measureDue"));
    }

    private static ExplanationLine line(DeviationExplanation e, TrackedTask t, ProjectSummary project,
                                        WarningKind kind, Instant now) {
        return new ExplanationLine(e.getId(), e.getVersion(), e.getWarningId(), kind, e.getProjectId(), project.name(),
                t.id(), t.name(), t.ownerId(), t.ownerName(), e.getRequestedAt(), e.getDueAt(), e.getSubmittedAt(),
                e.isLate(), e.getSubmittedAt() == null && now.isAfter(e.getDueAt()), e.getCauseType(), e.getCause(),
                e.getOwnerAssessment(), e.getMeasures(), e.getProposedStart(), e.getProposedFinish(), e.getOutcome(),
                e.getDecidedAt(), e.getDecisionComment(), e.getAcceptedStart(), e.getAcceptedFinish(),
                e.getRevisionNumber(), project.managerId(), project.editable(), project.closed());
    }

}
