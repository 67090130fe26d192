package com.campaigntracker.plan.ui;

import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.gantt.GanttChangeEvent;
import com.campaigntracker.gantt.LinkCreatedEvent;
import com.campaigntracker.gantt.LinkDeletedEvent;
import com.campaigntracker.gantt.ProgressChangedEvent;
import com.campaigntracker.gantt.TaskMovedEvent;
import com.campaigntracker.plan.EditOutcome;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineEdit;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every gesture on the chart saved through the timeline service, which snaps to working days and moves
 * successors: a bar moved or stretched, its progress dragged, an arrow drawn or deleted. A refused
 * gesture is put back on the chart and the user is told why.
 */
final class GanttGestures implements Serializable {

    private final Component page;
    private final transient TimelineService timelines;
    private final TimelineChart chart;
    /** Sends the chart what a saved change names. */
    private final SerializableConsumer<TimelineEdit> applied;
    /** Loads the timeline again and draws it. */
    private final SerializableRunnable refresh;

    GanttGestures(Component page, TimelineService timelines, TimelineChart chart,
                  SerializableConsumer<TimelineEdit> applied, SerializableRunnable refresh) {
        this.page = page;
        this.timelines = timelines;
        this.chart = chart;
        this.applied = applied;
        this.refresh = refresh;
        Gantt gantt = chart.gantt();
        gantt.addTaskMovedListener(e -> reschedule(e, false));
        gantt.addTaskResizedListener(e -> reschedule(e, true));
        gantt.addProgressChangedListener(this::progress);
        gantt.addLinkCreatedListener(this::link);
        gantt.addLinkDeletedListener(this::unlink);
    }

    private void reschedule(TaskMovedEvent e, boolean resize) {
        WorkItemRow row = chart.row(e.getTaskId());
        Timeline shown = chart.timeline();
        // a revision laid over the chart is read-only, so a shown timeline here is the plan as it is
        save(e, () -> timelines.reschedule(shown, row.id(), row.version(), e.getStart(), e.getEnd(), resize));
    }

    private void progress(ProgressChangedEvent e) {
        WorkItemRow row = chart.row(e.getTaskId());
        save(e, () -> {
            timelines.setProgress(row.id(), row.version(), e.getPercent());
            return TimelineEdit.reload(new EditOutcome(List.of()));
        });
    }

    private void link(LinkCreatedEvent e) {
        save(e, () -> TimelineEdit.reload(timelines.link(Long.parseLong(e.getSourceId()),
                Long.parseLong(e.getTargetId()), DependencyType.valueOf(e.getType().name()), 0)));
    }

    private void unlink(LinkDeletedEvent e) {
        save(e, () -> {
            timelines.unlink(Long.parseLong(e.getLinkId()));
            return TimelineEdit.reload(new EditOutcome(List.of()));
        });
    }

    /**
     * Saves one gesture. Refused: the chart puts it back and says why. Either way the chart is brought
     * up to date with what is saved, which after a conflict means the other person's version: in place
     * when the service could bring the shown timeline up to date, else by loading it again.
     */
    private void save(GanttChangeEvent e, Supplier<TimelineEdit> action) {
        TimelineEdit saved = null;
        try {
            saved = action.get();
            PlanMessages.moved(page, "gantt.moved", saved.outcome());
        } catch (TranslatableException ex) { // a ConcurrentEditException or a date out of bounds too: the refresh below shows their version
            e.reject();
            PlanMessages.refuse(page, ex);
        } catch (AccessDeniedException ex) {
            e.reject();
            PlanMessages.show(page.getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
            // two saves of the same rows at the same moment: the version check passed for both
            e.reject();
            PlanMessages.show(page.getTranslation("gantt.error.simultaneous"), NotificationVariant.LUMO_ERROR);
        } finally {
            if (saved != null && saved.timeline().isPresent()) {
                applied.accept(saved);
            } else {
                refresh.run();
            }
        }
    }
}
