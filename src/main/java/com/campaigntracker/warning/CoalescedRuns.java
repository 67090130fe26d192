package com.campaigntracker.warning;

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
 */
final class CoalescedRuns {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CoalescedRuns.class);

    private final LongConsumer work;
    /** Per key: requests not yet covered by a run that has started; above zero while a run is going on. */
    private final ConcurrentHashMap<Long, AtomicInteger> pending = new ConcurrentHashMap<>();
    private final ExecutorService followUps = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "warning-evaluation");
        t.setDaemon(true);
        return t;
    });

    CoalescedRuns(LongConsumer work) {
        this.work = work;
    }

    void request(long key) {
        AtomicInteger requests = pending.computeIfAbsent(key, k -> new AtomicInteger());
        if (requests.getAndIncrement() == 0) {
            int covered = requests.get();
            try {
                work.accept(key);
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
                work.accept(key);
            } catch (RuntimeException | Error e) {
                log.warn("A folded run for {} failed; the requests after it still run", key, e);
            } finally {
                left = requests.addAndGet(-covered);
            }
        } while (left > 0);
    }
}
