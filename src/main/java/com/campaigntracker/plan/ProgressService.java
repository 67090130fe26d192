package com.campaigntracker.plan;

import com.campaigntracker.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reported on a leaf task by its owner (the R) or the project's manager, under R9: above 0 %
 * starts the task (actual start today when empty), done means 100 % and an actual finish, 0 % puts it
 * back to not started, blocked needs a reason. A task with an A other than the reporter is not done
 * until the A accepts its deliverable. Every report is published as {@link TaskProgressReported}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProgressService {

    private final ProjectService projectService;
    private final WorkItemRepository workItems;
    private final PlanLoader loader;
    private final DeliverableAcceptanceRepository acceptances;
    private final ObjectProvider<ResponsibilityStore> responsibilities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(ProjectService projectService, WorkItemRepository workItems, PlanLoader loader, DeliverableAcceptanceRepository acceptances,
                    ObjectProvider<ResponsibilityStore> responsibilities, ApplicationEventPublisher events,
                    Clock clock) {
        this.projectService = projectService;
        this.workItems = workItems;
        this.loader = loader;
        this.acceptances = acceptances;
        this.responsibilities = responsibilities;
        this.events = events;
        this.clock = clock;
    }

    /** Applies the report; returns the task's stored status afterwards. */
    public ProgressStatus report(long itemId, long version, ProgressReport report) {
        WorkItem item = workItems.findById(itemId).orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        requireProgressRight(item);
        if (item.getVersion() != version) {
            throw new ConcurrentEditException(item.getName());
        }
        validate(report);
        if (workItems.existsByParentId(itemId)) { // the whole plan is read only to name a parent in the refusal
            WorkItemRow row = loader.load(item.getProject()).rows.get(itemId);
            throw new PlanEditException("plan.error.parentProgress", row.wbs(), row.name());
        }
        ProgressRule.Progress stored = ProgressRule.reported(report.percent(), report.status(), item.getStatus());
        int percent = stored.percent();
        ProgressStatus wanted = stored.status(); // before the A's acceptance is considered
        LocalDate today = LocalDate.now(clock);
        Long me = CurrentUser.personId();
        item.setPercentComplete(percent);
        boolean awaiting = false;
        if (wanted == ProgressStatus.DONE) {
            Long accountable = accountableOf(itemId);
            startIfNeeded(item, today);
            item.setBlockedReason(null);
            if (accountable != null && !accountable.equals(me)) {
                // finished by the R: the A accepts the deliverable before the task counts as done
                item.setStatus(ProgressStatus.IN_PROGRESS);
                item.setActualFinish(null);
                if (acceptances.findPending(itemId).isEmpty()) {
                    acceptances.save(new DeliverableAcceptance(item, today, clock.instant(), me));
                }
                awaiting = true;
            } else {
                acceptances.findPending(itemId).ifPresent(acceptances::delete); // no A, or the A finished it
                item.setStatus(ProgressStatus.DONE);
                if (item.getActualFinish() == null) {
                    item.setActualFinish(today);
                }
            }
        } else {
            acceptances.findPending(itemId).ifPresent(acceptances::delete); // not finished after all
            item.setActualFinish(null);
            item.setStatus(wanted);
            if (wanted != ProgressStatus.BLOCKED) {
                item.setBlockedReason(null);
            } else if (report.blockedReason() != null) {
                item.setBlockedReason(report.blockedReason().strip());
            } // a % dragged on a blocked task keeps its reason
            if (wanted == ProgressStatus.NOT_STARTED) {
                item.setActualStart(null);
            } else if (percent > 0 || wanted == ProgressStatus.IN_PROGRESS) {
                startIfNeeded(item, today);
            }
        }
        events.publishEvent(new TaskProgressReported(item.getProject().getId(), item.getProject().getName(), itemId,
                item.getName(), me, clock.instant(),
                percent, item.getStatus(), item.getBlockedReason(), blankToNull(report.note()), report.source(),
                awaiting));
        return item.getStatus();
    }

    /** The item's project, when the item exists and the signed-in person may see the project. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> projectOf(long itemId) {
        return workItems.findById(itemId).map(w -> w.getProject().getId()).filter(projectService::isVisible);
    }

    /** The item with its project's name, when it exists and the signed-in person may see the project. */
    @Transactional(readOnly = true)
    public java.util.Optional<ItemRef> item(long itemId) {
        return workItems.findById(itemId).filter(w -> projectService.isVisible(w.getProject().getId()))
                .map(w -> new ItemRef(w.getId(), w.getProject().getId(), w.getProject().getName(), w.getName(),
                        w.getOwner() == null ? null : w.getOwner().getId()));
    }

    /** The item's project for a change: refused when the item is gone or its project not the user's to see. */
    @Transactional(readOnly = true)
    public long requireProjectOf(long itemId) {
        WorkItem item = workItems.findById(itemId).orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        long projectId = item.getProject().getId();
        if (!projectService.isVisible(projectId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not your project");
        }
        return projectId;
    }

    /**
     * The task's risk level follows its highest open risk point (null: none open). Tracking calls it as
     * the system once it has checked who may change the risk: nobody sets it directly through here.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void followRisks(long itemId, RiskLevel highestOpen) {
        WorkItem item = workItems.findById(itemId).orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        if (item.getRiskLevel() != highestOpen) {
            item.setRiskLevel(highestOpen);
        }
    }

    private static void validate(ProgressReport report) {
        if (report.percent() < 0 || report.percent() > 100) {
            throw new PlanEditException("plan.error.percent");
        }
        if (report.status() == ProgressStatus.BLOCKED
                && (report.blockedReason() == null || report.blockedReason().isBlank())) {
            throw new PlanEditException("progress.error.blockedReason");
        }
        if (report.blockedReason() != null && report.blockedReason().length() > WorkItem.TEXT_MAX) {
            throw new PlanEditException("progress.error.tooLong");
        }
        if (report.note() != null && report.note().length() > ProgressReport.NOTE_MAX) {
            throw new PlanEditException("progress.error.tooLong");
        }
    }

    private static void startIfNeeded(WorkItem item, LocalDate today) {
        if (item.getActualStart() == null) {
            item.setActualStart(today);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Long accountableOf(long itemId) {
        ResponsibilityStore store = responsibilities.getIfAvailable();
        return store == null ? null : store.accountableOf(itemId);
    }

    /** The owner reports on their own task in a running project; anyone else must be its manager. */
    private static void requireProgressRight(WorkItem item) {
        Long me = CurrentUser.personId();
        boolean owner = me != null && item.getOwner() != null && Objects.equals(item.getOwner().getId(), me);
        Project project = item.getProject();
        boolean open = project.isInWork();
        if (owner) {
            ProjectService.requireOpen(project); // M6: the owner is told the project is a record, not "not allowed"
        }
        if (!owner || !open) {
            ProjectService.requireEditable(project);
        }
    }
}
