package com.campaigntracker.warning;

import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
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
     * Accepts the explanation with the agreed dates (the proposed ones unless the manager changed them):
     * they are applied through the schedule, successors move, a revision is recorded; finish or
     * milestones moving escalate it (R13) if nothing has yet.
     *
     * @return the revision's number
     */
    public int accept(long explanationId, long version, LocalDate start, LocalDate finish, String comment) {
        DeviationExplanation e = pending(explanationId, version);
        if (start == null || finish == null || finish.isBefore(start)) {
            throw new WarningException("warning.error.proposedDates");
        }
        if (comment != null && comment.strip().length() > 1000) {
            throw new WarningException("progress.error.tooLong");
        }
        WorkItemRow task = projects.workTree(e.getProjectId()).flatMap(t -> t.rows().stream()
                .filter(r -> r.id() == e.getWorkItemId()).findFirst())
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        Instant now = clock.instant();
        explanationService.escalateIfThreatening(e, start, finish, now); // measured on the plan before the change
        String reason = task.wbs() + " " + task.name() + ": "
                + (comment == null || comment.isBlank() ? e.getCause() : comment.strip());
        // a start the predecessors do not allow is refused here with the schedule's own message
        int revision = timelines.revise(task.id(), task.version(), start, finish,
                reason.length() > 500 ? reason.substring(0, 500) : reason).number();
        e.accept(start, finish, revision, comment, now, CurrentUser.personId());
        tellOwner(e, task.name(), "notice.coordination.accepted");
        return revision;
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
        String task = projects.workTree(e.getProjectId()).flatMap(t -> t.rows().stream()
                .filter(r -> r.id() == e.getWorkItemId()).map(WorkItemRow::name).findFirst()).orElse("");
        tellOwner(e, task, "notice.coordination.rejected");
    }

    /** The manager judges the deviation major (R13): it goes to the department head with the manager's words. */
    public void markMajor(long explanationId, String note) {
        DeviationExplanation e = explanations.findById(explanationId)
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        projects.lockForChange(e.getProjectId());
        if (note == null || note.isBlank()) {
            throw new WarningException("coordination.error.majorNote");
        }
        if (note.strip().length() > 1000) {
            throw new WarningException("progress.error.tooLong");
        }
        if (escalations.openFor(e.getWorkItemId())) {
            throw new WarningException("coordination.error.escalated");
        }
        escalations.raise(e, EscalationReason.MARKED_MAJOR, 0, null, note.strip(), clock.instant());
    }

    /** A submitted, undecided explanation the signed-in person may coordinate (its project's manager). */
    private DeviationExplanation pending(long explanationId, Long version) {
        DeviationExplanation e = explanations.findById(explanationId)
                .orElseThrow(() -> new WarningException("explanation.error.gone"));
        projects.lockForChange(e.getProjectId());
        if (version != null && e.getVersion() != version) {
            throw new WarningException("coordination.error.conflict");
        }
        if (!e.awaitsCoordination()) {
            throw new WarningException(e.getSubmittedAt() == null ? "coordination.error.notSubmitted"
                    : "coordination.error.decided");
        }
        return e;
    }

    private void tellOwner(DeviationExplanation e, String taskName, String key) {
        projects.workTree(e.getProjectId()).ifPresent(t -> t.rows().stream()
                .filter(r -> r.id() == e.getWorkItemId() && r.ownerId() != null).findFirst()
                .ifPresent(r -> notifier.notify(new Notification(List.of(r.ownerId()), e.getProjectId(), key,
                        List.of(taskName, t.project().name()), "explanations"))));
    }
}
