package com.campaigntracker.warning;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Runs a piece of work per key (a project's warning evaluation) at most once at a time in this JVM,
 * and folds the requests that arrive meanwhile into one more run. A request is made after its change
 * committed, so a run that starts after the request reads that change: every update is evaluated
 * without fifty updates of a busy project queueing fifty evaluations on its row lock, each holding a
 * database connection (the load test ran the pool dry that way).
 *
 * <p>The first request runs in the caller's thread, so a lone update sees its warnings when it returns;
 * the extra run for requests that came during it goes to a background thread. A background run lost
 * at shutdown is made good by the next scheduled scan, which evaluates every running project.
 *
 * <p>A request may name what it concerns (the tasks an update changed): a run covers the union of
 * what the requests it covers named, or everything when one of them named nothing.
 */
final class CoalescedRuns {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CoalescedRuns.class);

    /** The work for a key and what it must cover: null for everything. */
    interface ScopedWork {
        void run(long key, Set<Long> scope);
    }

    /** Stands for "everything" among the scopes waiting (a map holds no null). */
    private static final Set<Long> EVERYTHING = java.util.Collections.unmodifiableSet(new HashSet<>());

    private final ScopedWork work;
    /** Per key: requests not yet covered by a run that has started; above zero while a run is going on. */
    private final ConcurrentHashMap<Long, AtomicInteger> pending = new ConcurrentHashMap<>();
    /** Per key: the union of what the requests not yet taken by a run named (EVERYTHING: all of it). */
    private final ConcurrentHashMap<Long, Set<Long>> scopes = new ConcurrentHashMap<>();
    private final ExecutorService followUps = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "warning-evaluation");
        t.setDaemon(true);
        return t;
    });

    CoalescedRuns(LongConsumer work) {
        this((key, scope) -> work.accept(key));
    }

    CoalescedRuns(ScopedWork work) {
        this.work = work;
    }

    /** A run for everything of the key. */
    void request(long key) {
        request(key, null);
    }

    /**
     * A run that covers at least {@code scope} (null: everything). The scope is added before the request
     * is counted, and a run takes the scopes after reading the count it covers: a request the run does
     * not count has its scope taken by this run or the next, never lost.
     */
    void request(long key, Set<Long> scope) {
        scopes.merge(key, scope == null ? EVERYTHING : Set.copyOf(scope), CoalescedRuns::union);
        AtomicInteger requests = pending.computeIfAbsent(key, k -> new AtomicInteger());
        if (requests.getAndIncrement() == 0) {
            int covered = requests.get();
            try {
                runTaken(key);
            } finally {
                // also when the run failed (the caller sees that): requests that came during it get their run
                if (requests.addAndGet(-covered) > 0) {
                    followUps.execute(() -> drain(key, requests));
                }
            }
        }
        // else: the run going on will run once more, after this request's change
    }

    /** Runs until no request came in during the last run; a failed run does not strand the ones after it. */
    private void drain(long key, AtomicInteger requests) {
        int left;
        do {
            int covered = requests.get();
            try {
                runTaken(key);
            } catch (RuntimeException | Error e) {
                log.warn("A folded run for {} failed; the requests after it still run", key, e);
            } finally {
                left = requests.addAndGet(-covered);
            }
        } while (left > 0);
    }

    /** Runs the work over the scopes waiting for the key; nothing when an earlier run took them already. */
    private void runTaken(long key) {
        Set<Long> scope = scopes.remove(key);
        if (scope != null) {
            work.run(key, scope == EVERYTHING ? null : scope);
        }
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        if (a == EVERYTHING || b == EVERYTHING) {
            return EVERYTHING;
        }
        Set<Long> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }
}
