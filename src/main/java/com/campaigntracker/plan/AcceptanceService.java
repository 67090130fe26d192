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
                          String ownerName, LocalDate finishedOn, List<DeliverableFiles.Deliverable> files) {

        /** The files shown, as the decision names what it judged. */
        public List<Long> fileIds() {
            return files.stream().map(DeliverableFiles.Deliverable::fileId).toList();
        }
    }

    private final DeliverableAcceptanceRepository acceptances;
    private final ObjectProvider<ResponsibilityStore> responsibilities;
    private final ObjectProvider<DeliverableFiles> deliverableFiles;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AcceptanceService(DeliverableAcceptanceRepository acceptances, ObjectProvider<ResponsibilityStore> responsibilities,
                      ObjectProvider<DeliverableFiles> deliverableFiles, Clock clock,
                      org.springframework.context.ApplicationEventPublisher events) {
        this.deliverableFiles = deliverableFiles;
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
                    w.getDeliverables(), w.getOwner() == null ? null : w.getOwner().getDisplayName(), a.getFinishedOn(),
                    filesOf(w.getId()));
        }).toList();
    }

    /** The A accepts the files as they are now (for callers that show none). */
    public void accept(long itemId) {
        accept(itemId, filesOf(itemId).stream().map(DeliverableFiles.Deliverable::fileId).toList());
    }

    /**
     * The A accepts, having seen these file versions: the task is done, finished on the day its R finished
     * it. Refused when the files changed since they were shown.
     */
    public void accept(long itemId, List<Long> seenFileIds) {
        DeliverableAcceptance pending = pendingForMe(itemId);
        WorkItem item = pending.getWorkItem();
        pending.decide(true, null, clock.instant(), me(), judged(itemId, seenFileIds));
        item.setStatus(ProgressStatus.DONE);
        item.setPercentComplete(100);
        item.setActualFinish(pending.getFinishedOn());
        published(item, null);
    }

    /** The A rejects the files as they are now (for callers that show none). */
    public void reject(long itemId, String comment) {
        reject(itemId, comment, filesOf(itemId).stream().map(DeliverableFiles.Deliverable::fileId).toList());
    }

    /**
     * The A rejects with a comment (required), having seen these file versions: the task reopens for its R,
     * and the comment goes into the task's discussion.
     */
    public void reject(long itemId, String comment, List<Long> seenFileIds) {
        if (comment == null || comment.isBlank()) {
            throw new PlanEditException("acceptance.error.commentRequired");
        }
        TextLimit.require(comment, 2000, "acceptance.comment");
        DeliverableAcceptance pending = pendingForMe(itemId);
        WorkItem item = pending.getWorkItem();
        List<JudgedFile> judged = judged(itemId, seenFileIds);
        pending.decide(false, comment.strip(), clock.instant(), me(), judged);
        item.setStatus(ProgressStatus.IN_PROGRESS);
        item.setPercentComplete(REOPENED_PERCENT);
        item.setActualFinish(null);
        published(item, comment.strip());
        events.publishEvent(new DeliverableRejected(item.getProject().getId(), itemId, item.getName(), comment.strip(),
                judged.stream().map(JudgedFile::label).toList()));
    }

    private List<DeliverableFiles.Deliverable> filesOf(long itemId) {
        DeliverableFiles files = deliverableFiles.getIfAvailable();
        return files == null ? List.of() : files.current(itemId);
    }

    /** The versions seen, when they are still the newest: an upload since then must be looked at first. */
    private List<JudgedFile> judged(long itemId, List<Long> seenFileIds) {
        List<DeliverableFiles.Deliverable> now = filesOf(itemId);
        if (!Set.copyOf(now.stream().map(DeliverableFiles.Deliverable::fileId).toList()).equals(Set.copyOf(seenFileIds))) {
            throw new PlanEditException("acceptance.error.filesChanged");
        }
        return now.stream().map(f -> new JudgedFile(f.fileId(), f.name(), f.version())).toList();
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
