package com.campaigntracker.schedule;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and repairs dependency dates: which items start before their predecessors allow, and the
 * dates they would need, moving successors of successors in turn (keeping each one's duration).
 */
public final class SuccessorScheduler {

    private final WorkingDayCalendar calendar;
    private final Map<Long, List<Link>> incoming = new HashMap<>();
    private final Propagation propagation;

    public SuccessorScheduler(Collection<Link> links, WorkingDayCalendar calendar) {
        this.calendar = calendar;
        for (Link l : links) {
            incoming.computeIfAbsent(l.successor(), k -> new ArrayList<>()).add(l);
        }
        this.propagation = new Propagation(links, calendar);
    }

    /** The predecessors' constraints that {@code span} breaks; empty when it may stay where it is. */
    public List<Violation> violations(Span span, Map<Long, Span> spans) {
        List<Violation> found = new ArrayList<>();
        if (!span.isDated()) {
            return found;
        }
        for (Link l : incoming.getOrDefault(span.id(), List.of())) {
            Span pred = spans.get(l.predecessor());
            if (pred != null && pred.isDated()) {
                var earliest = DependencyRules.earliestStart(l, pred, span.duration(calendar), calendar);
                if (span.start().isBefore(earliest)) {
                    found.add(new Violation(l, earliest));
                }
            }
        }
        return found;
    }

    /**
     * Moves every successor reachable from {@code changed} that now starts too early, as late as its
     * predecessors require and no later; returns the new spans of the moved items in move order.
     */
    public Map<Long, Span> moveSuccessors(Collection<Long> changed, Map<Long, Span> spans) {
        // one topological pass instead of re-queueing an item each time one of its predecessors moves
        return propagation.moveSuccessors(changed, spans);
    }

    /** A dependency whose successor starts before {@code earliestStart}. */
    public record Violation(Link link, java.time.LocalDate earliestStart) {
    }
}
