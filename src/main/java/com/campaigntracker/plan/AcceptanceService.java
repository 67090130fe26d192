package com.campaigntracker.plan;

import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliverable acceptance: a task its R finished waits for its A, who accepts the deliverable (the
 * task is done, on the day the R finished) or rejects it with a comment (the task reopens at 90 %).
 * A task without an A is done at once (see {@link ProgressService}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AcceptanceService {

    /** Percent complete a rejected task reopens at: not finished, nearly. */
    static final int REOPENED_PERCENT = 90;

    /** A finished task waiting for the signed-in person's acceptance. */
    public record Pending(long itemId, long projectId, String projectName, String itemName, String deliverables,
                          String ownerName, LocalDate finishedOn) {
    }

    private final DeliverableAcceptanceRepository acceptances;
    private final ObjectProvider<ResponsibilityStore> responsibilities;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AcceptanceService(DeliverableAcceptanceRepository acceptances, ObjectProvider<ResponsibilityStore> responsibilities,
                      Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.acceptances = acceptances;
        this.responsibilities = responsibilities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Pending> waitingForMe() {
        Long me = CurrentUser.personId();
        ResponsibilityStore store = responsibilities.getIfAvailable();
        if (me == null || store == null) {
            return List.of();
        }
        Set<Long> mine = store.itemsAccountableBy(me);
        return mine.isEmpty() ? List.of() : acceptances.findPendingOf(mine).stream().map(a -> {
            WorkItem w = a.getWorkItem();
            return new Pending(w.getId(), w.getProject().getId(), w.getProject().getName(), w.getName(),
                    w.getDeliverables(), w.getOwner() == null ? null : w.getOwner().getDisplayName(), a.getFinishedOn());
        }).toList();
    }

    /** The A accepts: the task is done, finished on the day its R finished it. */
    public void accept(long itemId) {
        DeliverableAcceptance pending = pendingForMe(itemId);
        WorkItem item = pending.getWorkItem();
        pending.decide(true, null, clock.instant(), me());
        item.setStatus(ProgressStatus.DONE);
        item.setPercentComplete(100);
        item.setActualFinish(pending.getFinishedOn());
        published(item, null);
    }

    /** The A rejects with a comment (required): the task reopens for its R. */
    public void reject(long itemId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new PlanEditException("acceptance.error.commentRequired");
        }
        TextLimit.require(comment, 2000, "acceptance.comment");
        DeliverableAcceptance pending = pendingForMe(itemId);
        WorkItem item = pending.getWorkItem();
        pending.decide(false, comment.strip(), clock.instant(), me());
        item.setStatus(ProgressStatus.IN_PROGRESS);
        item.setPercentComplete(REOPENED_PERCENT);
        item.setActualFinish(null);
        published(item, comment.strip());
    }

    /** The decision as a progress report, so the task's update history shows it. */
    private void published(WorkItem item, String comment) {
        events.publishEvent(new TaskProgressReported(item.getProject().getId(), item.getProject().getName(),
                item.getId(), item.getName(), me(), clock.instant(),
                item.getPercentComplete(), item.getStatus(), null, comment, ProgressSource.ACCEPTANCE, false));
    }

    private DeliverableAcceptance pendingForMe(long itemId) {
        DeliverableAcceptance pending = acceptances.findPending(itemId)
                .filter(a -> a.getWorkItem().getStatus() == ProgressStatus.IN_PROGRESS
                        && a.getWorkItem().getPercentComplete() == 100)
                .orElseThrow(() -> new PlanEditException("acceptance.error.nothingPending"));
        ResponsibilityStore store = responsibilities.getIfAvailable();
        Long accountable = store == null ? null : store.accountableOf(itemId);
        if (!Objects.equals(accountable, me())) {
            throw new AccessDeniedException("Only the task's A accepts its deliverable");
        }
        ProjectService.requireOpen(pending.getWorkItem().getProject());
        return pending;
    }

    private static Long me() {
        return CurrentUser.personId();
    }
}
