package com.campaigntracker.warning;

import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协调会 (R12): the manager takes a submitted deviation explanation, may record a coordination meeting,
 * then accepts it — the agreed dates applied, successors moved through the dependencies, a schedule
 * revision recorded with its reason, the baseline kept — or rejects it with a comment, and the R
 * explains again. The manager may also mark the deviation major, which escalates it (R13).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CoordinationService {

    private final ExplanationRepository explanations;
    private final CoordinationMeetingRepository meetings;
    private final ExplanationService explanationService;
    private final EscalationService escalations;
    private final ProjectService projects;
    private final TimelineService timelines;
    private final PeopleService people;
    private final Notifier notifier;
    private final Clock clock;

    CoordinationService(ExplanationRepository explanations, CoordinationMeetingRepository meetings,
                        ExplanationService explanationService, EscalationService escalations, ProjectService projects,
                        TimelineService timelines, PeopleService people, Notifier notifier, Clock clock) {
        this.explanations = explanations;
        this.meetings = meetings;
        this.explanationService = explanationService;
        this.escalations = escalations;
        this.projects = projects;
        this.timelines = timelines;
        this.people = people;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** A coordination meeting about a submitted explanation: when, who attended, what was concluded. */
    public void recordMeeting(long explanationId, LocalDate heldOn, Collection<Long> attendeeIds, String conclusion) {
        DeviationExplanation e = pending(explanationId, null);
        if (heldOn == null) {
            throw new WarningException("coordination.error.heldOn");
        }
        DateWindow.require(heldOn, "coordination.heldOn");
        if (attendeeIds == null || attendeeIds.isEmpty()) {
            throw new WarningException("coordination.error.attendees");
        }
        if (conclusion == null || conclusion.isBlank()) {
            throw new WarningException("coordination.error.conclusion");
        }
        if (conclusion.strip().length() > 2000) {
            throw new WarningException("progress.error.tooLong");
        }
        meetings.save(new CoordinationMeeting(e.getId(), heldOn, new LinkedHashSet<>(attendeeIds), conclusion.strip(),
                clock.instant(), CurrentUser.personId()));
    }

    /** The meetings held about the given explanations (of projects I may see), oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<MeetingLine>> meetings(Collection<Long> explanationIds) {
        Set<Long> visible = projects.visibleProjects().stream().map(p -> p.id()).collect(Collectors.toSet());
        Set<Long> allowed = explanations.findAllById(explanationIds).stream()
                .filter(e -> visible.contains(e.getProjectId())).map(DeviationExplanation::getId)
                .collect(Collectors.toSet());
        if (allowed.isEmpty()) {
            return Map.of();
        }
        List<CoordinationMeeting> found = meetings.findByExplanationIdInOrderByHeldOnAscIdAsc(allowed);
        Set<Long> persons = new HashSet<>();
        found.forEach(m -> persons.addAll(m.getAttendeeIds()));
        Map<Long, String> names = people.displayNames(persons);
        return found.stream().collect(Collectors.groupingBy(CoordinationMeeting::getExplanationId,
                Collectors.mapping(m -> new MeetingLine(m.getId(), m.getHeldOn(), m.getAttendeeIds().stream()
                        .map(id -> names.getOrDefault(id, "#" + id)).sorted().toList(), m.getConclusion()),
                        Collectors.toList())));
    }

    /**
     * Accepts the explanation. With dates (the proposed ones unless the manager changed them) they are
     * applied through the schedule on working days, successors move, a revision is recorded, and a
     * finish or milestone that moves escalates it (R13) if nothing has yet; without dates (none were
     * proposed) the plan stays as it is.
     *
     * @return the revision's number, or null when no dates were applied
     */
    public Integer accept(long explanationId, long version, LocalDate start, LocalDate finish, String comment) {
        DeviationExplanation e = pending(explanationId, version);
        if ((start == null) != (finish == null) || (start != null && finish.isBefore(start))) {
            throw new WarningException("warning.error.proposedDates");
        }
        DateWindow.require(start, "explanation.proposedStart");
        DateWindow.require(finish, "explanation.proposedFinish");
        if (comment != null && comment.strip().length() > 1000) {
            throw new WarningException("progress.error.tooLong");
        }
        Timeline before = timelines.timeline(e.getProjectId())
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        WorkItemRow task = before.tree().rows().stream().filter(r -> r.id() == e.getWorkItemId()).findFirst()
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        Instant now = clock.instant();
        if (start == null) {
            e.accept(null, null, null, comment, now, CurrentUser.personId());
        } else {
            String reason = task.wbs() + " " + task.name() + ": "
                    + (comment == null || comment.isBlank() ? e.getCause() : comment.strip());
            // a start the predecessors do not allow is refused here with the schedule's own message
            TimelineService.Revised revised = timelines.revise(task.id(), task.version(), start, finish,
                    reason.length() > 500 ? reason.substring(0, 500) : reason);
            // the dates as applied, measured on the plan as it was
            explanationService.escalateIfThreatening(e, before, revised.start(), revised.finish(), now);
            e.accept(revised.start(), revised.finish(), revised.number(), comment, now, CurrentUser.personId());
        }
        tellOwner(e, before.tree().project(), task, "notice.coordination.accepted");
        return e.getRevisionNumber();
    }

    /** Sends the explanation back with the manager's comment; the R explains again within 24 hours. */
    public void reject(long explanationId, long version, String comment) {
        DeviationExplanation e = pending(explanationId, version);
        if (comment == null || comment.isBlank()) {
            throw new WarningException("coordination.error.comment");
        }
        if (comment.strip().length() > 1000) {
            throw new WarningException("progress.error.tooLong");
        }
        Instant now = clock.instant();
        e.reject(comment, now, CurrentUser.personId());
        explanationService.requestAgain(e, now);
        projects.workTree(e.getProjectId()).ifPresent(t -> t.rows().stream()
                .filter(r -> r.id() == e.getWorkItemId()).findFirst()
                .ifPresent(task -> tellOwner(e, t.project(), task, "notice.coordination.rejected")));
    }

    /**
     * The manager judges the deviation under coordination major (R13): it goes to the department head
     * with the manager's words.
     */
    public void markMajor(long explanationId, String note) {
        DeviationExplanation e = pending(explanationId, null);
        if (note == null || note.isBlank()) {
            throw new WarningException("coordination.error.majorNote");
        }
        if (note.strip().length() > 1000) {
            throw new WarningException("progress.error.tooLong");
        }
        WorkTree tree = projects.workTree(e.getProjectId())
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        String task = tree.rows().stream().filter(r -> r.id() == e.getWorkItemId()).map(WorkItemRow::name)
                .findFirst().orElse("");
        if (!escalations.raise(e, EscalationReason.MARKED_MAJOR, 0, null, note.strip(), clock.instant(),
                tree.project(), task)) {
            throw new WarningException("coordination.error.escalated");
        }
    }

    /** A submitted, undecided explanation the signed-in person may coordinate (its project's manager). */
    private DeviationExplanation pending(long explanationId, Long version) {
        DeviationExplanation e = explanationService.locked(explanationId, true);
        if (version != null && e.getVersion() != version) {
            throw new WarningException("coordination.error.conflict");
        }
        if (!e.awaitsCoordination()) {
            throw new WarningException(e.getSubmittedAt() == null ? "coordination.error.notSubmitted"
                    : "coordination.error.decided");
        }
        return e;
    }

    private void tellOwner(DeviationExplanation e, ProjectSummary project, WorkItemRow task, String key) {
        if (task.ownerId() != null) {
            notifier.notify(new Notification(List.of(task.ownerId()), e.getProjectId(), key,
                    List.of(task.name(), project.name()), WarningRoutes.EXPLANATIONS));
        }
    }
}
