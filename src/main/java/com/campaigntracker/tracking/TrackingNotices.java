package com.campaigntracker.tracking;

import com.campaigntracker.notify.ChatCard;
import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.ResponsibilityStore;
import com.campaigntracker.plan.TaskProgressReported;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What tracking tells people: the A that a deliverable waits for their acceptance, and owners that an
 * update is due before the end of today's working day (once per deadline, shortly before it).
 */
@Service
@Transactional
public class TrackingNotices {

    private final Notifier notifier;
    private final ObjectProvider<ResponsibilityStore> responsibilities;
    private final ProjectService projects;
    private final TrackingService tracking;
    private final TrackingSettings settings;
    private final UpdateReminderRepository reminders;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    TrackingNotices(Notifier notifier, ObjectProvider<ResponsibilityStore> responsibilities, ProjectService projects,
                    TrackingService tracking, TrackingSettings settings, UpdateReminderRepository reminders,
                    Clock clock, org.springframework.transaction.support.TransactionTemplate transaction) {
        this.transaction = transaction;
        this.notifier = notifier;
        this.responsibilities = responsibilities;
        this.projects = projects;
        this.tracking = tracking;
        this.settings = settings;
        this.reminders = reminders;
        this.clock = clock;
    }

    @EventListener
    void on(TaskProgressReported e) {
        if (!e.awaitingAcceptance()) {
            return;
        }
        ResponsibilityStore store = responsibilities.getIfAvailable();
        Long accountable = store == null ? null : store.accountableOf(e.workItemId());
        if (accountable != null) {
            notifier.notify(new Notification(List.of(accountable), e.projectId(), "notice.acceptance",
                    List.of(e.workItemName(), e.projectName()), PlanRoutes.ACCEPTANCES));
        }
    }

    /**
     * Reminds the owner of every task of a running project whose update is due today within the
     * reminder window (default 15 minutes before the end of the working day) and not yet reminded.
     * Run by the system, which sees every project.
     *
     * @return how many reminders were sent
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int remindDueUpdates() {
        Instant now = clock.instant();
        // deadlines fall at the end of a working day only: outside the window before it there is nothing to do
        java.time.ZonedDateTime endOfDay = java.time.LocalDate.now(clock).atTime(settings.endOfDay())
                .atZone(clock.getZone());
        if (now.isBefore(endOfDay.minus(settings.reminderBefore()).toInstant()) || now.isAfter(endOfDay.toInstant())) {
            return 0;
        }
        int sent = 0;
        for (ProjectSummary p : projects.visibleProjects()) {
            if (p.status() == ProjectStatus.ACTIVE) {
                sent += Scans.perProject("reminders", p.id(), () -> transaction.execute(s -> remind(p, now)));
            }
        }
        return sent;
    }

    private int remind(ProjectSummary p, Instant now) {
        Instant windowEnd = now.plus(settings.reminderBefore());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone());
        int sent = 0;
        List<TrackedTask> due = tracking.tasksOf(p.id()).stream().filter(t -> t.ownerId() != null
                && t.update().dueToday() && !t.update().due().isAfter(windowEnd)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        // the reminders already sent for these deadlines: one query for the project, not one per task
        java.util.Set<UpdateReminder.Key> reminded = new java.util.HashSet<>(
                reminders.keysOfItems(due.stream().map(TrackedTask::id).toList()));
        for (TrackedTask t : due) {
            UpdateState u = t.update();
            if (reminded.contains(new UpdateReminder.Key(t.id(), u.due()))) {
                continue;
            }
            reminders.save(new UpdateReminder(t.id(), u.due(), now));
            notifier.notify(new Notification(List.of(t.ownerId()), p.id(), "notice.updateDue",
                    List.of(t.name(), p.name(), time.format(u.due())), TrackingRoutes.myTask(t.id()),
                    new ChatCard(ChatCard.Action.UPDATE_PROGRESS, t.name(), p.name(), t.plannedStart(),
                            t.plannedFinish(), u.due())));
            sent++;
        }
        return sent;
    }
}
