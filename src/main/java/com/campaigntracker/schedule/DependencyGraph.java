package com.campaigntracker.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Links indexed both ways, with Kahn's topological order; shared by the critical path and propagation. */
final class DependencyGraph {

    private final List<Link> links = new ArrayList<>();
    private final Map<Long, List<Link>> incoming = new HashMap<>();
    private final Map<Long, List<Link>> outgoing = new HashMap<>();

    private DependencyGraph() {
    }

    /** Every link. */
    static DependencyGraph of(Collection<Link> links) {
        DependencyGraph g = new DependencyGraph();
        links.forEach(g::add);
        return g;
    }

    /** Only the links with both ends among {@code nodes}. */
    static DependencyGraph between(Set<Long> nodes, Collection<Link> links) {
        DependencyGraph g = new DependencyGraph();
        for (Link l : links) {
            if (nodes.contains(l.predecessor()) && nodes.contains(l.successor())) {
                g.add(l);
            }
        }
        return g;
    }

    private void add(Link l) {
        links.add(l);
        incoming.computeIfAbsent(l.successor(), k -> new ArrayList<>()).add(l);
        outgoing.computeIfAbsent(l.predecessor(), k -> new ArrayList<>()).add(l);
    }

    List<Link> links() {
        return links;
    }

    List<Link> incoming(long id) {
        return incoming.getOrDefault(id, List.of());
    }

    List<Link> outgoing(long id) {
        return outgoing.getOrDefault(id, List.of());
    }

    /**
     * Kahn's algorithm over {@code nodes}, counting only links between them: every node once, after
     * all its predecessors in the set.
     *
     * @throws IllegalArgumentException naming the tasks of a cycle
     */
    List<Long> topologicalOrder(Collection<Long> nodes) {
        Set<Long> inSet = nodes instanceof Set<Long> s ? s : new LinkedHashSet<>(nodes);
        Map<Long, Integer> waiting = new HashMap<>();
        List<Long> order = new ArrayList<>(inSet.size());
        for (Long id : inSet) {
            int n = 0;
            for (Link l : incoming(id)) {
                if (inSet.contains(l.predecessor())) {
                    n++;
                }
            }
            if (n == 0) {
                order.add(id);
            } else {
                waiting.put(id, n);
            }
        }
        // the order list doubles as the queue: each id is appended once and read once
        for (int next = 0; next < order.size(); next++) {
            for (Link l : outgoing(order.get(next))) {
                Integer left = waiting.get(l.successor()); // null: outside the set, or already ordered
                if (left == null) {
                    continue;
                }
                if (left == 1) {
                    waiting.remove(l.successor());
                    order.add(l.successor());
                } else {
                    waiting.put(l.successor(), left - 1);
                }
            }
        }
        if (!waiting.isEmpty()) {
            // what is left is a cycle and whatever hangs off it; name the cycle itself
            List<Link> rest = new ArrayList<>();
            for (Long id : waiting.keySet()) {
                for (Link l : incoming(id)) {
                    if (waiting.containsKey(l.predecessor())) {
                        rest.add(l);
                    }
                }
            }
            throw new IllegalArgumentException("Dependency cycle: "
                    + CycleDetector.findCycle(rest).map(Object::toString).orElse(waiting.keySet().toString()));
        }
        return order;
    }
}
