package com.campaigntracker.schedule;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R4 after a change: moves every successor that now starts too early as little as its predecessors
 * require, keeping its duration, and their successors in turn — in one topological pass over what
 * the changed items can reach, so each item is looked at once, O(items + links).
 *
 * <p>Same outcome as moving items one at a time until nothing is broken: a move only ever pushes a
 * successor later, so looking at each item once, after all its predecessors have settled, finds the
 * same final dates.
 */
public final class Propagation {

    private final DependencyGraph graph;
    private final WorkingDayCalendar calendar;

    public Propagation(Collection<Link> links, WorkingDayCalendar calendar) {
        this.graph = DependencyGraph.of(links);
        this.calendar = calendar;
    }

    /** One-off form of {@link #moveSuccessors(Collection, Map)}. */
    public static Map<Long, Span> moveSuccessors(Collection<Long> changed, Map<Long, Span> spans,
                                                 Collection<Link> links, WorkingDayCalendar calendar) {
        return new Propagation(links, calendar).moveSuccessors(changed, spans);
    }

    /**
     * @param changed items whose dates were just changed (their own dates are taken as given)
     * @param spans   every item's current dates
     * @return the new spans of the items that must move, in topological order; unmoved items absent
     * @throws IllegalArgumentException when the changed items reach a dependency cycle
     */
    public Map<Long, Span> moveSuccessors(Collection<Long> changed, Map<Long, Span> spans) {
        // only dated successors take part, as only they can be moved
        Set<Long> reach = new LinkedHashSet<>(changed);
        List<Long> frontier = new ArrayList<>(reach);
        for (int i = 0; i < frontier.size(); i++) {
            for (Link l : graph.outgoing(frontier.get(i))) {
                Span s = spans.get(l.successor());
                if (s != null && s.isDated() && reach.add(l.successor())) {
                    frontier.add(l.successor());
                }
            }
        }

        Map<Long, Span> moved = new LinkedHashMap<>();
        Set<Long> pushing = new HashSet<>(changed); // changed or moved: their successors need a look
        for (Long id : graph.topologicalOrder(reach)) {
            Span span = spans.get(id);
            if (span == null || !span.isDated() || !hasPushingPredecessor(id, pushing)) {
                continue;
            }
            // the latest start any predecessor requires; like the step-by-step repair, an item is
            // also repaired for a predecessor that did not move, once a moved one brings it up
            int duration = span.duration(calendar);
            LocalDate required = null;
            for (Link l : graph.incoming(id)) {
                Span pred = moved.getOrDefault(l.predecessor(), spans.get(l.predecessor()));
                if (pred != null && pred.isDated()) {
                    LocalDate earliest = DependencyRules.earliestStart(l, pred, duration, calendar);
                    if (earliest.isAfter(span.start()) && (required == null || earliest.isAfter(required))) {
                        required = earliest;
                    }
                }
            }
            if (required != null) {
                moved.put(id, span.startingOn(required, calendar));
                pushing.add(id);
            }
        }
        return moved;
    }

    private boolean hasPushingPredecessor(long id, Set<Long> pushing) {
        for (Link l : graph.incoming(id)) {
            if (pushing.contains(l.predecessor())) {
                return true;
            }
        }
        return false;
    }
}
