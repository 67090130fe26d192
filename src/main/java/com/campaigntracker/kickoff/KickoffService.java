package com.campaigntracker.kickoff;

import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrix;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kickoff (R7): the manager publishes a plan that passes the checklist (R6); everyone holding a
 * RACI letter is asked to confirm their part or object with a comment; answers are appended, never
 * changed. A republication asks again only those whose part changed. The project becomes active when
 * all confirmed, or when the manager overrides with a reason. The first publication is the baseline.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class KickoffService {

    private final ProjectService projects;
    private final RaciMatrixService raci;
    private final TimelineService timelines;
    private final PeopleService people;
    private final PublicationRepository publications;
    private final ConfirmationRequestRepository requests;
    private final AnswerRepository answers;
    private final KickoffOverrideRepository overrides;
    private final Clock clock;
    private final Notifier notifier;

    KickoffService(ProjectService projects, RaciMatrixService raci, TimelineService timelines, PeopleService people,
                   PublicationRepository publications, ConfirmationRequestRepository requests,
                   AnswerRepository answers, KickoffOverrideRepository overrides, Clock clock, Notifier notifier) {
        this.notifier = notifier;
        this.projects = projects;
        this.raci = raci;
        this.timelines = timelines;
        this.people = people;
        this.publications = publications;
        this.requests = requests;
        this.answers = answers;
        this.overrides = overrides;
        this.clock = clock;
    }

    /** The kickoff of a project the user may see; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<Kickoff> kickoff(long projectId) {
        return raci.matrix(projectId).map(matrix -> {
            WorkTree tree = matrix.tree();
            Map<Long, String> names = people.people().stream()
                    .collect(Collectors.toMap(PersonOption::id, PersonOption::displayName));
            Map<Long, String> parts = parts(matrix);
            Map<Long, ConfirmationRequest> latest = new LinkedHashMap<>();
            requests.findAllOfProject(projectId).forEach(r -> latest.put(r.getPersonId(), r));
            List<Answer> given = answers.findAllOfProject(projectId);
            Map<Long, List<Answer>> answersByRequest = given.stream()
                    .collect(Collectors.groupingBy(a -> a.getRequest().getId()));
            Map<Long, List<Kickoff.AnswerInfo>> answersByPerson = given.stream()
                    .sorted(Comparator.comparing(Answer::getAnsweredAt).reversed())
                    .collect(Collectors.groupingBy(a -> a.getRequest().getPersonId(), LinkedHashMap::new,
                            Collectors.mapping(a -> new Kickoff.AnswerInfo(a.isConfirmed(), a.getComment(),
                                    a.getAnsweredAt(), a.getRequest().getPublication().getNumber()),
                                    Collectors.toList())));
            List<Kickoff.Participant> participants = new ArrayList<>();
            parts.forEach((personId, part) -> {
                ConfirmationRequest request = latest.get(personId);
                Kickoff.State state;
                if (request == null || !request.getDigest().equals(digest(part))) {
                    state = Kickoff.State.NOT_ASKED;
                } else {
                    List<Answer> toRequest = answersByRequest.getOrDefault(request.getId(), List.of());
                    state = toRequest.isEmpty() ? Kickoff.State.WAITING
                            : toRequest.get(toRequest.size() - 1).isConfirmed() ? Kickoff.State.CONFIRMED
                            : Kickoff.State.OBJECTED;
                }
                participants.add(new Kickoff.Participant(personId, names.getOrDefault(personId, "#" + personId), part,
                        request == null ? null : request.getRoles(),
                        request == null ? 0 : request.getPublication().getNumber(), state,
                        answersByPerson.getOrDefault(personId, List.of())));
            });
            Long me = CurrentUser.personId();
            Optional<Kickoff.OverrideInfo> override = overrides.findFirstByProjectIdOrderByIdDesc(projectId)
                    .map(o -> new Kickoff.OverrideInfo(o.getReason(), o.getDecidedAt(),
                            o.getDecidedById() == null ? null : names.get(o.getDecidedById())));
            return new Kickoff(projectId, tree.project().name(), tree.project().editable(),
                    tree.project().status() == ProjectStatus.ACTIVE, blockers(tree, matrix),
                    publications.findFirstByProjectIdOrderByNumberDesc(projectId).map(Publication::getNumber).orElse(0),
                    participants, participants.stream().filter(p -> p.personId() == (me == null ? -1 : me)).findFirst(),
                    override, tree.project().closed());
        });
    }

    /** The kickoffs waiting for the signed-in person's answer (in-app requests), newest projects first. */
    @Transactional(readOnly = true)
    public List<Kickoff> waitingForMe() {
        Long me = CurrentUser.personId();
        if (me == null) {
            return List.of();
        }
        return requests.projectIdsAskingPerson(me).stream()
                .map(this::kickoff).flatMap(Optional::stream)
                .filter(k -> !k.active() && !k.closed() && k.me().map(p -> p.state() == Kickoff.State.WAITING).orElse(false))
                .sorted(Comparator.comparingLong(Kickoff::projectId).reversed())
                .toList();
    }

    /**
     * Publishes the plan: refused while the checklist has blockers. Everyone whose part is new or
     * changed since their last request is asked; the others keep their answers. The first
     * publication saves the baseline.
     *
     * @return the publication's number
     */
    public int publish(long projectId) {
        projects.lockForChange(projectId);
        Kickoff current = kickoff(projectId).orElseThrow(() -> new AccessDeniedException("Not your project"));
        if (!current.blockers().isEmpty()) {
            throw new KickoffException("kickoff.error.notReady", current.blockers().size());
        }
        int number = current.publication() + 1;
        Publication publication = publications.save(new Publication(projectId, number, clock.instant(),
                CurrentUser.personId()));
        Map<Long, ConfirmationRequest> latest = new LinkedHashMap<>();
        requests.findAllOfProject(projectId).forEach(r -> latest.put(r.getPersonId(), r));
        List<Long> asked = new ArrayList<>();
        for (Kickoff.Participant p : current.participants()) { // their parts as the checklist just saw them
            ConfirmationRequest previous = latest.get(p.personId());
            String digest = digest(p.roles());
            if (previous == null || !previous.getDigest().equals(digest)) {
                requests.save(new ConfirmationRequest(publication, p.personId(), p.roles(), digest));
                asked.add(p.personId());
            }
        }
        // the asked are told in the app and by e-mail; the list "To confirm" is the request itself
        // the project's chat groups get a card with the project's planned dates (when someone was asked)
        com.campaigntracker.plan.ProjectSummary project = asked.isEmpty() ? null
                : projects.workTree(projectId).map(t -> t.project()).orElse(null);
        notifier.notify(new Notification(asked, projectId, "notice.kickoff",
                List.of(current.projectName(), String.valueOf(number)), KickoffRoutes.kickoff(projectId),
                project == null ? null : new com.campaigntracker.notify.ChatCard(
                        com.campaigntracker.notify.ChatCard.Action.CONFIRM_ASSIGNMENT, null, current.projectName(),
                        project.start() != null ? project.start() : project.plannedStart(), project.finish(), null)));
        if (number == 1) {
            timelines.saveBaseline(projectId);
        }
        return number;
    }

    /** The signed-in person confirms their part, or objects with a comment (required). */
    public void answer(long projectId, boolean confirm, String comment) {
        // answers of one project queue here: two last confirmations at once must still start it
        projects.lockVisible(projectId);
        projects.requireOpen(projectId); // a closed or cancelled project's kickoff is part of its record
        Kickoff current = kickoff(projectId).orElseThrow(() -> new AccessDeniedException("Not your project"));
        Kickoff.Participant me = current.me().orElseThrow(() -> new KickoffException("kickoff.error.noPart"));
        if (me.state() == Kickoff.State.NOT_ASKED) {
            throw new KickoffException("kickoff.error.notAsked");
        }
        if (!confirm && (comment == null || comment.isBlank())) {
            throw new KickoffException("kickoff.error.commentRequired");
        }
        TextLimit.require(comment, 2000, "kickoff.comment");
        ConfirmationRequest request = requests.findAllOfProject(projectId).stream()
                .filter(r -> r.getPersonId() == me.personId()).reduce((a, b) -> b).orElseThrow();
        answers.save(new Answer(request, confirm, comment == null || comment.isBlank() ? null : comment.strip(),
                clock.instant()));
        Kickoff after = kickoff(projectId).orElseThrow();
        if (!after.active() && after.blockers().isEmpty()
                && after.participants().stream().allMatch(p -> p.state() == Kickoff.State.CONFIRMED)) {
            // the last confirmation starts the project; the system does it, the participant may not
            SystemActor.run(() -> projects.activate(projectId));
        }
    }

    /** Why {@link Kickoff#canOverride()} says no, in the words the manager reads. */
    private static KickoffException overrideRefused(Kickoff k) {
        if (k.publication() == 0) {
            return new KickoffException("kickoff.error.notPublished"); // R7: people are asked before it starts
        }
        if (!k.blockers().isEmpty()) {
            return new KickoffException("kickoff.error.notReady", k.blockers().size());
        }
        return new KickoffException("kickoff.error.alreadyActive"); // closed ones were refused by the lock
    }

    /** The manager starts the project without waiting for everyone, saying why (kept with the project). */
    public void override(long projectId, String reason) {
        projects.lockForChange(projectId);
        if (reason == null || reason.isBlank()) {
            throw new KickoffException("kickoff.error.reasonRequired");
        }
        TextLimit.require(reason, 2000, "kickoff.reason");
        Kickoff current = kickoff(projectId).orElseThrow(() -> new AccessDeniedException("Not your project"));
        if (!current.canOverride()) {
            throw overrideRefused(current);
        }
        overrides.save(new KickoffOverride(projectId, reason.strip(), clock.instant(),
                CurrentUser.personId()));
        projects.activate(projectId);
    }

    /** Each person's part: the items where they hold a letter, one line each, in plan order. */
    private static Map<Long, String> parts(RaciMatrix matrix) {
        Map<Long, List<String>> lines = new LinkedHashMap<>();
        for (WorkItemRow row : matrix.tree().rows()) {
            matrix.cells().getOrDefault(row.id(), Map.of()).forEach((personId, letter) ->
                    lines.computeIfAbsent(personId, k -> new ArrayList<>()).add(line(row, letter)));
        }
        return lines.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.join("\n", e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    private static String line(WorkItemRow row, RaciLetter letter) {
        return letter.name() + " · " + row.wbs() + " " + row.name() + " · " + row.plannedStart() + " – "
                + row.plannedFinish() + (row.deliverables() == null ? "" : " · " + row.deliverables());
    }

    /** What blocks publication (R6): leaf tasks without R, with more than one R or A, without A, dates or deliverable. */
    List<Kickoff.Blocker> blockers(WorkTree tree, RaciMatrix matrix) {
        List<Kickoff.Blocker> blockers = new ArrayList<>();
        // cycles are refused when typed or drawn; data from before those checks may still hold one
        com.campaigntracker.schedule.CycleDetector.findCycle(timelines.dependencies(tree.project().id()).stream()
                        .map(com.campaigntracker.plan.DependencyRow::link).toList())
                .ifPresent(cycle -> blockers.add(new Kickoff.Blocker("", "", "kickoff.blocker.cycle")));
        if (tree.roots().isEmpty()) {
            blockers.add(new Kickoff.Blocker("", "", "kickoff.blocker.empty"));
        }
        for (WorkItemRow row : tree.rows()) {
            if (!row.isLeaf()) {
                continue;
            }
            Function<String, Kickoff.Blocker> blocker = key -> new Kickoff.Blocker(row.wbs(), row.name(), key);
            matrix.problems().getOrDefault(row.id(), List.of()).stream()
                    .map(blocker).forEach(blockers::add); // R6, and an A to accept the deliverable
            if (row.plannedStart() == null || row.plannedFinish() == null) {
                blockers.add(blocker.apply("kickoff.blocker.noDates"));
            }
            if (row.deliverables() == null || row.deliverables().isBlank()) {
                blockers.add(blocker.apply("kickoff.blocker.noDeliverable"));
            }
        }
        return blockers;
    }

    private static String digest(String part) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(part.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
