package com.campaigntracker.tracking;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.security.SystemActor;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk points (风险点) on tasks and the project's risk register. The task's owner and the project's
 * manager raise them; those two and the risk's owner keep them up to date and close them. The task's
 * risk level follows its highest open risk point.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RiskService {

    private final RiskPointRepository risks;
    private final ProjectService projects;
    private final ProgressService progress;
    private final PeopleService people;
    private final Clock clock;

    RiskService(RiskPointRepository risks, ProjectService projects, ProgressService progress, PeopleService people,
                Clock clock) {
        this.risks = risks;
        this.projects = projects;
        this.progress = progress;
        this.people = people;
        this.clock = clock;
    }

    /** The project's risk register, open ones first, highest level first; empty when not visible. */
    @Transactional(readOnly = true)
    public List<RiskLine> register(long projectId) {
        return projects.workTree(projectId).map(tree -> lines(tree, risks.findByProjectIdInOrderByRaisedAtDesc(
                List.of(projectId)))).orElse(List.of());
    }

    /** The task's risk points, newest first. */
    @Transactional(readOnly = true)
    public List<RiskLine> ofTask(long itemId) {
        return progress.projectOf(itemId).flatMap(projects::workTree)
                .map(tree -> lines(tree, risks.findByWorkItemIdOrderByRaisedAtDesc(itemId))).orElse(List.of());
    }

    public long add(long itemId, RiskDetails details) {
        long projectId = progress.requireProjectOf(itemId);
        projects.lockVisible(projectId); // the task's level is recomputed from all its risks: one change at a time
        WorkTree tree = tree(projectId);
        WorkItemRow task = task(tree, itemId);
        if (Objects.equals(task.ownerId(), CurrentUser.personId())) {
            projects.requireOpen(projectId); // M6: a closed project's risks are part of its record
        }
        if (!Objects.equals(task.ownerId(), CurrentUser.personId()) || !open(tree)) {
            projects.requireEditable(projectId);
        }
        long id = raise(projectId, itemId, details);
        follow(itemId);
        return id;
    }

    private long raise(long projectId, long itemId, RiskDetails details) {
        validate(details);
        RiskPoint risk = new RiskPoint(projectId, itemId, clock.instant(), CurrentUser.personId());
        risk.apply(details);
        return risks.save(risk).getId();
    }

    /**
     * Raises several risk points on one project's tasks at once — a template's risks to watch — with
     * one check of the manager's right and one load of the plan.
     */
    public void addAll(long projectId, Map<Long, List<RiskDetails>> byItem) {
        if (byItem.isEmpty()) {
            return;
        }
        projects.lockVisible(projectId);
        projects.requireEditable(projectId);
        WorkTree tree = tree(projectId);
        byItem.forEach((itemId, details) -> {
            task(tree, itemId);
            details.forEach(d -> raise(projectId, itemId, d));
        });
        byItem.keySet().forEach(this::follow);
    }

    public void update(long riskId, long version, RiskDetails details) {
        RiskPoint risk = changeable(riskId, version);
        validate(details);
        risk.apply(details);
        follow(risk.getWorkItemId());
    }

    public void setStatus(long riskId, long version, RiskStatus status) {
        RiskPoint risk = changeable(riskId, version);
        risk.setStatus(status, clock.instant());
        follow(risk.getWorkItemId());
    }

    private RiskPoint changeable(long riskId, long version) {
        RiskPoint found = risks.findById(riskId).orElseThrow(() -> new TrackingException("risk.error.gone"));
        projects.lockVisible(found.getProjectId()); // refused when not visible; queues concurrent risk changes
        RiskPoint risk = risks.findById(riskId).orElseThrow(() -> new TrackingException("risk.error.gone"));
        Long me = CurrentUser.personId();
        WorkTree tree = tree(risk.getProjectId());
        WorkItemRow task = task(tree, risk.getWorkItemId());
        boolean theirs = me != null && (me.equals(risk.getOwnerId()) || me.equals(task.ownerId()));
        if (theirs) {
            projects.requireOpen(risk.getProjectId()); // M6: a closed project's risks are part of its record
        }
        if (!theirs || !open(tree)) {
            projects.requireEditable(risk.getProjectId());
        }
        if (risk.getVersion() != version) {
            throw new TrackingException("risk.error.conflict", risk.getDescription());
        }
        return risk;
    }

    /** The task's risk level becomes its highest open risk point's (set by the system: the caller was checked). */
    private void follow(long itemId) {
        risks.flush();
        RiskLevel highest = risks.findByWorkItemIdAndStatus(itemId, RiskStatus.OPEN).stream().map(RiskPoint::getLevel)
                .min(Comparator.naturalOrder()).orElse(null); // HIGH is declared first
        SystemActor.run(() -> progress.followRisks(itemId, highest));
    }

    /** Owners keep risks only while the project runs or is planned; afterwards only its manager. */
    private static boolean open(WorkTree tree) {
        return tree.project().inWork();
    }

    private static void validate(RiskDetails d) {
        if (d.description() == null || d.description().isBlank()) {
            throw new TrackingException("risk.error.description");
        }
        if (d.description().strip().length() > RiskPoint.DESCRIPTION_MAX
                || (d.mitigation() != null && d.mitigation().strip().length() > RiskPoint.MITIGATION_MAX)) {
            throw new TrackingException("progress.error.tooLong");
        }
        if (d.level() == null || d.probability() == null || d.impact() == null) {
            throw new TrackingException("risk.error.levels");
        }
    }

    private WorkTree tree(long projectId) {
        return projects.workTree(projectId).orElseThrow(() -> new TrackingException("plan.error.itemGone"));
    }

    private static WorkItemRow task(WorkTree tree, long itemId) {
        return tree.find(itemId).orElseThrow(() -> new TrackingException("plan.error.itemGone"));
    }

    private List<RiskLine> lines(WorkTree tree, List<RiskPoint> points) {
        List<Long> named = new java.util.ArrayList<>();
        points.forEach(r -> {
            named.add(r.getOwnerId());
            named.add(r.getRaisedById());
        });
        Map<Long, String> names = people.displayNames(named);
        return points.stream().map(r -> {
            Optional<WorkItemRow> task = tree.find(r.getWorkItemId());
            return new RiskLine(r.getId(), r.getVersion(), r.getProjectId(), r.getWorkItemId(),
                    task.map(WorkItemRow::wbs).orElse(""), task.map(WorkItemRow::name).orElse(""), r.getDescription(),
                    r.getLevel(), r.getProbability(), r.getImpact(), r.getMitigation(), r.getOwnerId(),
                    r.getOwnerId() == null ? null : names.get(r.getOwnerId()), r.getStatus(), r.getRaisedAt(),
                    r.getRaisedById() == null ? null : names.get(r.getRaisedById()), r.getClosedAt());
        }).sorted(Comparator.comparing(RiskLine::status).thenComparing(RiskLine::level)).toList();
    }
}
