package com.campaigntracker.tracking;

import com.campaigntracker.plan.PlanChanged;
import com.campaigntracker.plan.ProjectClosed;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.TaskProgressReported;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portfolio's figures of each project's plan (the expensive part: its timeline and tracked tasks),
 * computed once and shared by every session until something changes them: a change the app announces
 * (plan, progress, closing), a change of the project's own line (dates, %, status, version), the day,
 * the next update deadline among its tasks, or at the latest {@link #SHORT_INTERVAL} (for changes told
 * by no event: a baseline, an owner, a cadence). Who may see which project is decided per viewer, before
 * asking for it; the figures themselves are the same for everyone.
 */
@Component
class PortfolioFigures {

    /** How long figures stand when nothing announced a change. */
    static final Duration SHORT_INTERVAL = Duration.ofSeconds(30);

    private final Clock clock;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    /** Raised by every announced change of a project: figures computed across one are not kept. */
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();

    PortfolioFigures(Clock clock) {
        this.clock = clock;
    }

    /**
     * The project's plan figures, computed by {@code compute} (under the viewer, who may see the project)
     * unless figures still standing are at hand; null when {@code compute} finds none.
     */
    DashboardService.PlanFigures of(ProjectSummary project, Supplier<DashboardService.PlanFigures> compute) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<Object> stamp = stamp(project);
        long generation = generations.getOrDefault(project.id(), 0L);
        Entry entry = entries.get(project.id());
        if (entry != null && entry.generation == generation && entry.stamp.equals(stamp) && entry.standsAt(now, today)) {
            return entry.figures;
        }
        DashboardService.PlanFigures figures = compute.get();
        if (figures != null && generations.getOrDefault(project.id(), 0L) == generation) {
            Instant until = now.plus(SHORT_INTERVAL);
            if (figures.nextChange() != null && figures.nextChange().isBefore(until)) {
                until = figures.nextChange();
            }
            entries.put(project.id(), new Entry(figures, generation, stamp, now, until, today));
        }
        return figures;
    }

    /** Forgets the project's figures now and again when the announcing transaction ends (then it is visible). */
    void changed(long projectId) {
        forget(projectId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(projectId);
                }
            });
        }
    }

    @EventListener
    void on(PlanChanged e) {
        changed(e.projectId());
    }

    @EventListener
    void on(TaskProgressReported e) {
        changed(e.projectId());
    }

    @EventListener
    void on(ProjectClosed e) {
        changed(e.projectId());
    }

    private void forget(long projectId) {
        generations.merge(projectId, 1L, Long::sum);
        entries.remove(projectId);
    }

    /** What of the project's own line the figures were computed with (not what depends on the viewer). */
    private static List<Object> stamp(ProjectSummary p) {
        return Arrays.asList(p.version(), p.status(), p.start(), p.finish(), p.percentComplete(), p.progressStatus(),
                p.hintCount(), p.committedEnd(), p.emergencyBufferDays(), p.closedAt(), p.reopenedAt());
    }

    private record Entry(DashboardService.PlanFigures figures, long generation, List<Object> stamp, Instant computedAt,
                         Instant until, LocalDate day) {

        /** Computed today, not in the future (a clock set back), and before the figures' next change. */
        boolean standsAt(Instant now, LocalDate today) {
            return day.equals(today) && !now.isBefore(computedAt) && now.isBefore(until);
        }
    }
}
