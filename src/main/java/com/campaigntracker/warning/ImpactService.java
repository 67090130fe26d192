package com.campaigntracker.warning;

import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.plan.DependencyRow;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.schedule.Span;
import com.campaigntracker.tracking.TrackingService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moving a task to proposed dates would do (R11's impact scope), for the deviation explanation,
 * the coordination preview and the escalation check; the plan itself is not touched.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ImpactService {

    private final TrackingService tracking;
    private final TimelineService timelines;

    ImpactService(TrackingService tracking, TimelineService timelines) {
        this.tracking = tracking;
        this.timelines = timelines;
    }

    /** The impact with the tasks named; empty when the task is not visible or not a dated leaf. */
    public Optional<ImpactPreview> preview(long itemId, LocalDate proposedStart, LocalDate proposedFinish) {
        if (proposedStart == null || proposedFinish == null || proposedFinish.isBefore(proposedStart)) {
            throw new WarningException("warning.error.proposedDates");
        }
        DateWindow.require(proposedStart, "explanation.proposedStart");
        DateWindow.require(proposedFinish, "explanation.proposedFinish");
        return tracking.projectOf(itemId).flatMap(timelines::timeline).flatMap(t -> impact(t, itemId, proposedStart,
                proposedFinish).map(i -> {
                    Map<Long, String> names = new HashMap<>();
                    t.tree().rows().forEach(r -> names.put(r.id(), r.wbs() + " " + r.name()));
                    return new ImpactPreview(i, names);
                }));
    }

    /** An impact and the names (WBS and name) of the tasks it lists. */
    public record ImpactPreview(ImpactAnalysis.Impact impact, Map<Long, String> names) {

        public String name(long id) {
            return names.getOrDefault(id, "#" + id);
        }
    }

    /** The impact on an already loaded timeline, with the names of the milestones that would move. */
    Optional<ImpactAnalysis.Impact> impact(Timeline t, long itemId, LocalDate proposedStart, LocalDate proposedFinish) {
        Map<Long, Span> spans = new HashMap<>();
        Set<Long> milestones = new HashSet<>();
        t.tree().rows().stream().filter(r -> r.isLeaf() && r.plannedStart() != null && r.plannedFinish() != null)
                .forEach(r -> {
                    spans.put(r.id(), new Span(r.id(), r.plannedStart(), r.plannedFinish()));
                    if (r.milestone()) {
                        milestones.add(r.id());
                    }
                });
        if (!spans.containsKey(itemId)) {
            return Optional.empty();
        }
        return Optional.of(ImpactAnalysis.of(itemId, proposedStart, proposedFinish, spans,
                t.dependencies().stream().map(DependencyRow::link).toList(), milestones, t.criticalItems(),
                t.calendar()));
    }
}
