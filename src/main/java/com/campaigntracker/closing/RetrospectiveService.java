package com.campaigntracker.closing;

import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.tracking.RetrospectivesDue;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.warning.DeviationFacts;
import com.campaigntracker.warning.WarningService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retrospective (复盘会, R14) of a closed or cancelled project: due by the end of the third working
 * day after closing; its manager saves drafts and submits, which locks that version with the facts as
 * they stood; a correction starts the next version from it.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RetrospectiveService {

    /** R14: the retrospective is held within this many working days after the project ends. */
    public static final int DUE_WORKING_DAYS = 3;
    static final int TEXT_MAX = 4000;
    static final int COMMENT_MAX = 2000;

    private final RetrospectiveRepository retrospectives;
    private final ProjectService projects;
    private final TrackingService tracking;
    private final WarningService warnings;
    private final WorkingCalendarService calendars;
    private final PeopleService people;
    private final Clock clock;
    private final TimelineService timelines;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final com.campaigntracker.notify.Notifier notifier;

    RetrospectiveService(RetrospectiveRepository retrospectives, ProjectService projects, TrackingService tracking,
                         WarningService warnings, WorkingCalendarService calendars, PeopleService people,
                         Clock clock, TimelineService timelines, org.springframework.jdbc.core.JdbcTemplate jdbc,
                         com.campaigntracker.notify.Notifier notifier) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.timelines = timelines;
        this.retrospectives = retrospectives;
        this.projects = projects;
        this.tracking = tracking;
        this.warnings = warnings;
        this.calendars = calendars;
        this.people = people;
        this.clock = clock;
    }

    /** The retrospective page (the latest version unless {@code number} asks for another); empty when hidden. */
    @Transactional(readOnly = true)
    public Optional<RetrospectivePage> page(long projectId, Integer number) {
        return projects.workTree(projectId).map(tree -> {
            ProjectSummary project = tree.project();
            List<Retrospective> all = retrospectives.findByProjectIdOrderByNumberDesc(projectId);
            Retrospective shown = all.stream().filter(r -> number == null || r.getNumber() == number).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
            Map<Long, String> names = people.displayNames(all.stream().map(Retrospective::getSubmittedById)
                    .filter(Objects::nonNull).toList());
            List<RetrospectivePage.Version> versions = all.stream().map(r -> new RetrospectivePage.Version(
                    r.getNumber(), r.isSubmitted(), r.getSavedAt(), r.getSubmittedAt(),
                    names.get(r.getSubmittedById()))).toList();
            boolean closed = isClosed(project);
            boolean latestShown = shown == null || shown == all.get(0);
            RetrospectiveForm form = shown != null ? shown.form() : blank(project);
            RetrospectiveFacts facts = shown != null && shown.isSubmitted() ? shown.frozenFacts() : facts(projectId);
            return new RetrospectivePage(project, dueAt(project), versions, shown == null ? 0 : shown.getNumber(),
                    shown == null ? -1 : shown.getVersion(), shown != null && shown.isSubmitted(), form, facts,
                    project.manages() && closed && latestShown && (shown == null || !shown.isSubmitted()),
                    project.manages() && closed && shown != null && shown == all.get(0) && shown.isSubmitted()
                            && reopenedSince(project, shown));
        });
    }

    /**
     * The latest submitted version (its facts frozen when it was submitted): what reports and comparisons
     * use, never a draft or a correction under way. Empty when none was submitted or the project is hidden.
     */
    @Transactional(readOnly = true)
    public Optional<RetrospectivePage> latestSubmitted(long projectId) {
        return retrospectives.findByProjectIdOrderByNumberDesc(projectId).stream().filter(Retrospective::isSubmitted)
                .findFirst().flatMap(r -> page(projectId, r.getNumber()));
    }

    /**
     * Saves the draft (the first save creates version 1). {@code version} is what the form was loaded
     * with: a draft someone else saved meanwhile is not overwritten.
     *
     * @return the draft's version number
     */
    public int saveDraft(long projectId, long version, RetrospectiveForm form) {
        Retrospective draft = draft(projectId, version);
        validateDraft(form);
        draft.fill(form, clock.instant());
        return retrospectives.save(draft).getNumber();
    }

    /** Saves and submits: complete or refused; once submitted that version is locked. */
    public int submit(long projectId, long version, RetrospectiveForm form) {
        Retrospective draft = draft(projectId, version);
        validateDraft(form);
        validateComplete(form);
        Instant now = clock.instant();
        draft.fill(form, now);
        draft.submit(facts(projectId), now, CurrentUser.personId());
        return retrospectives.save(draft).getNumber();
    }

    /** A correction of the submitted retrospective: its next version, a draft starting from it. */
    public int correct(long projectId) {
        ProjectSummary project = closedAndMine(projectId);
        Retrospective latest = retrospectives.findFirstByProjectIdOrderByNumberDesc(project.id())
                .orElseThrow(() -> new ClosingException("retrospective.error.nothingToCorrect"));
        if (!latest.isSubmitted()) {
            throw new ClosingException("retrospective.error.draftOpen", latest.getNumber());
        }
        if (!reopenedSince(project, latest)) {
            throw new ClosingException("retrospective.error.record");
        }
        return retrospectives.save(latest.correction(clock.instant(), CurrentUser.personId())).getNumber();
    }

    /** When the retrospective of a closed or cancelled project is due: end of its third working day after. */
    @Transactional(readOnly = true)
    public Instant dueAt(ProjectSummary project) {
        return project.closedAt() == null ? null : dueAt(project, tracking.deadlines());
    }

    /** The due moments of the given closed or cancelled projects, by id, on one reading of the calendar. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> dueAt(java.util.Collection<ProjectSummary> closedProjects) {
        Map<Long, Instant> due = new java.util.HashMap<>();
        if (closedProjects.stream().anyMatch(p -> p.closedAt() != null)) {
            com.campaigntracker.tracking.UpdateDeadlines deadlines = tracking.deadlines();
            closedProjects.stream().filter(p -> p.closedAt() != null)
                    .forEach(p -> due.put(p.id(), dueAt(p, deadlines)));
        }
        return due;
    }

    private Instant dueAt(ProjectSummary project, com.campaigntracker.tracking.UpdateDeadlines deadlines) {
        WorkingDayCalendar calendar = deadlines.calendar();
        LocalDate closedOn = LocalDate.ofInstant(project.closedAt(), deadlines.zone());
        return deadlines.endOf(calendar.shift(calendar.onOrBefore(closedOn), DUE_WORKING_DAYS));
    }

    /**
     * Reminds the manager and the task owners once when a closed project's retrospective is past its due
     * moment and still not submitted (R14). Run by the system; the reminder row makes it once across
     * instances.
     *
     * @return how many were reminded
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int tellOverdue() {
        java.time.Instant now = clock.instant();
        Map<Long, com.campaigntracker.plan.WorkTree> trees = new java.util.LinkedHashMap<>();
        projects.visibleWorkTrees(true).stream().filter(t -> t.project().closedAt() != null)
                .forEach(t -> trees.put(t.project().id(), t)); // their owners from the same reading, not a tree each
        List<ProjectSummary> closed = trees.values().stream().map(com.campaigntracker.plan.WorkTree::project).toList();
        Set<Long> done = submitted(closed.stream().map(ProjectSummary::id).toList());
        Map<Long, Instant> due = dueAt(closed);
        int told = 0;
        for (ProjectSummary p : closed) {
            if (done.contains(p.id()) || !RetrospectivesDue.overdue(due.get(p.id()), now)
                    || jdbc.update("insert ignore into retrospective_reminder (project_id, told_at) values (?, ?)",
                    p.id(), java.sql.Timestamp.from(now)) == 0) {
                continue;
            }
            Set<Long> team = new java.util.LinkedHashSet<>();
            team.add(p.managerId());
            trees.get(p.id()).rows().stream().map(com.campaigntracker.plan.WorkItemRow::ownerId)
                    .filter(Objects::nonNull).forEach(team::add);
            notifier.notify(new com.campaigntracker.notify.Notification(team, p.id(), "notice.retrospective.overdue",
                    List.of(p.name()), ClosingRoutes.retrospective(p.id())));
            told++;
        }
        return told;
    }

    /** Which of the given projects have a submitted retrospective (one query). */
    @Transactional(readOnly = true)
    public Set<Long> submitted(java.util.Collection<Long> projectIds) {
        Set<Long> done = new HashSet<>();
        if (!projectIds.isEmpty()) {
            retrospectives.findByProjectIdInAndSubmittedTrue(projectIds).forEach(r -> done.add(r.getProjectId()));
        }
        return done;
    }

    /**
     * The facts of the project's run as they stand now (R14: filled in so the team need not count). On time
     * and late are measured against the baseline when there is one — the plan on record, not the dates
     * later agreed in coordinations.
     */
    @Transactional(readOnly = true)
    public RetrospectiveFacts facts(long projectId) {
        // one timeline: the tasks with their dates, the baseline, the calendar and the closing day
        com.campaigntracker.plan.Timeline timeline = timelines.timeline(projectId).orElse(null);
        List<com.campaigntracker.plan.WorkItemRow> tasks = timeline == null ? List.of()
                : timeline.tree().rows().stream().filter(com.campaigntracker.plan.WorkItemRow::isLeaf).toList();
        WorkingDayCalendar calendar = timeline == null ? calendars.calendar() : timeline.calendar();
        // a closed project stops getting later: open tasks count as late until the closing day only
        LocalDate today = java.util.Optional.ofNullable(timeline).map(t -> t.tree().project().closedAt())
                .map(c -> LocalDate.ofInstant(c, clock.getZone())).filter(c -> c.isBefore(LocalDate.now(clock)))
                .orElse(LocalDate.now(clock));
        int finished = 0;
        int onTime = 0;
        int late = 0;
        int delay = 0;
        for (com.campaigntracker.plan.WorkItemRow t : tasks) {
            LocalDate due = timeline.baselineOf(t.id()).map(com.campaigntracker.plan.BaselineSpan::finish)
                    .orElse(t.plannedFinish());
            boolean open = t.storedStatus() != com.campaigntracker.plan.ProgressStatus.DONE;
            if (!open && t.actualFinish() != null) {
                finished++;
                if (due == null || !t.actualFinish().isAfter(due)) {
                    onTime++;
                }
            }
            LocalDate end = open ? today : t.actualFinish();
            if (due != null && end != null && end.isAfter(due)) {
                late++;
                delay += calendar.workingDaysBetween(due.plusDays(1), end);
            }
        }
        DeviationFacts deviations = warnings.facts(projectId).orElse(new DeviationFacts(0, 0, 0, 0));
        return new RetrospectiveFacts(tasks.size(), finished, onTime,
                finished == 0 ? null : Math.round(100f * onTime / finished), late, delay, deviations.warnings(),
                deviations.explanations(), deviations.explanationsOnTime(), deviations.escalations());
    }

    /** The draft to write: the latest version when it is one, else a new first version. */
    private Retrospective draft(long projectId, long version) {
        ProjectSummary project = closedAndMine(projectId);
        Optional<Retrospective> latest = retrospectives.findFirstByProjectIdOrderByNumberDesc(project.id());
        if (latest.isEmpty()) {
            if (version != -1) {
                throw new ClosingException("retrospective.error.conflict");
            }
            return new Retrospective(projectId, 1, clock.instant(), CurrentUser.personId());
        }
        Retrospective r = latest.get();
        if (r.isSubmitted()) {
            throw new ClosingException("retrospective.error.locked", r.getNumber());
        }
        if (r.getVersion() != version) {
            throw new ClosingException("retrospective.error.conflict");
        }
        // a correction (version 2 on) freezes new facts: only after a reopening, as for starting one
        Retrospective corrected = retrospectives.findByProjectIdOrderByNumberDesc(projectId).stream()
                .filter(Retrospective::isSubmitted).findFirst().orElse(null);
        if (corrected != null && !reopenedSince(project, corrected)) {
            throw new ClosingException("retrospective.error.record");
        }
        return r;
    }

    /**
     * M6: a submitted retrospective is part of the closed project's record; it may be corrected only after
     * an administrator reopened the project and it was closed again since (its facts then changed for a reason
     * on record), never to re-freeze the facts of the same closing.
     */
    private static boolean reopenedSince(ProjectSummary project, Retrospective submitted) {
        return project.reopenedAt() != null && submitted.getSubmittedAt() != null
                && !submitted.getSubmittedAt().isAfter(project.reopenedAt());
    }

    /** The project, locked for this change, closed, and the signed-in person its manager (or an admin). */
    private ProjectSummary closedAndMine(long projectId) {
        projects.lockForClosing(projectId);
        ProjectSummary project = projects.workTree(projectId).orElseThrow().project();
        if (!isClosed(project)) {
            throw new ClosingException("retrospective.error.notClosed");
        }
        return project;
    }

    private static boolean isClosed(ProjectSummary p) {
        return p.status() == ProjectStatus.CLOSED || p.status() == ProjectStatus.CANCELLED;
    }

    /** A first form: the project's KPIs with their targets, nothing else. */
    private static RetrospectiveForm blank(ProjectSummary project) {
        return new RetrospectiveForm(null, Set.of(), null, null, null, null, null, null, project.kpis().stream()
                .map(k -> new RetrospectiveKpi(k.name(), k.unit(), k.target(), null)).toList(), null, null, null,
                List.of());
    }

    private void validateDraft(RetrospectiveForm f) {
        for (Integer rating : java.util.Arrays.asList(f.progressRating(), f.riskRating(), f.responsibilityRating())) {
            if (rating != null && (rating < 1 || rating > 5)) {
                throw new ClosingException("retrospective.error.rating");
            }
        }
        for (String comment : java.util.Arrays.asList(f.progressComment(), f.riskComment(),
                f.responsibilityComment())) {
            if (comment != null && comment.strip().length() > COMMENT_MAX) {
                throw new ClosingException("retrospective.error.tooLong", COMMENT_MAX);
            }
        }
        for (String text : java.util.Arrays.asList(f.wentWell(), f.wentWrong(), f.lessons())) {
            if (text != null && text.strip().length() > TEXT_MAX) {
                throw new ClosingException("retrospective.error.tooLong", TEXT_MAX);
            }
        }
        if (f.actions() != null && f.actions().stream().anyMatch(a -> a.description() != null
                && a.description().strip().length() > ImprovementAction.DESCRIPTION_MAX)) {
            throw new ClosingException("retrospective.error.tooLong", ImprovementAction.DESCRIPTION_MAX);
        }
        if (f.heldOn() != null && f.heldOn().isAfter(LocalDate.now(clock))) {
            throw new ClosingException("retrospective.error.heldInFuture");
        }
        DateWindow.require(f.heldOn(), "retrospective.heldOn");
        if (f.actions() != null) {
            f.actions().forEach(a -> DateWindow.require(a.dueOn(), "retrospective.actionDue"));
        }
        if (f.kpis() != null && f.kpis().stream().anyMatch(k -> TextLimit.tooLong(k.name(), 200)
                || TextLimit.tooLong(k.unit(), 30))) {
            throw new ClosingException("retrospective.error.tooLong", 200);
        }
    }

    private static void validateComplete(RetrospectiveForm f) {
        if (f.heldOn() == null) {
            throw new ClosingException("retrospective.error.heldOn");
        }
        if (f.participantIds() == null || f.participantIds().isEmpty()) {
            throw new ClosingException("retrospective.error.participants");
        }
        if (f.progressRating() == null || f.riskRating() == null || f.responsibilityRating() == null) {
            throw new ClosingException("retrospective.error.ratings");
        }
        if (f.kpis() != null && f.kpis().stream().anyMatch(k -> k.actual() == null)) {
            throw new ClosingException("retrospective.error.kpiActual");
        }
        if (f.lessons() == null || f.lessons().isBlank()) {
            throw new ClosingException("retrospective.error.lessons");
        }
    }
}
