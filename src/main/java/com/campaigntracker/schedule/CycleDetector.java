package com.campaigntracker.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds a dependency cycle (R4) and returns it in order, so the message can name every task in it. */
public final class CycleDetector {

    private CycleDetector() {
    }

    /** @return the ids along one cycle, first to last (the last depends on... the first again), or empty */
    public static Optional<List<Long>> findCycle(Collection<Link> links) {
        Map<Long, List<Long>> successors = new HashMap<>();
        for (Link l : links) {
            successors.computeIfAbsent(l.predecessor(), k -> new ArrayList<>()).add(l.successor());
        }
        Set<Long> done = new HashSet<>();
        for (Long start : successors.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            // iterative depth-first search: the path on the stack is the candidate cycle
            Deque<Long> path = new ArrayDeque<>();
            Set<Long> onPath = new HashSet<>();
            Deque<java.util.Iterator<Long>> iterators = new ArrayDeque<>();
            path.push(start);
            onPath.add(start);
            iterators.push(successors.getOrDefault(start, List.of()).iterator());
            while (!iterators.isEmpty()) {
                java.util.Iterator<Long> it = iterators.peek();
                if (it.hasNext()) {
                    Long next = it.next();
                    if (onPath.contains(next)) {
                        List<Long> cycle = new ArrayList<>();
                        List<Long> stack = new ArrayList<>(path);
                        java.util.Collections.reverse(stack);
                        cycle.addAll(stack.subList(stack.indexOf(next), stack.size()));
                        return Optional.of(cycle);
                    }
                    if (!done.contains(next)) {
                        path.push(next);
                        onPath.add(next);
                        iterators.push(successors.getOrDefault(next, List.of()).iterator());
                    }
                } else {
                    iterators.pop();
                    Long finished = path.pop();
                    onPath.remove(finished);
                    done.add(finished);
                }
            }
        }
        return Optional.empty();
    }
}
