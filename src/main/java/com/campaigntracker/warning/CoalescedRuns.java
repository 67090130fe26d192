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
            if (runOnce(key, requests)) {
                followUps.execute(() -> drain(key, requests));
            }
        }
        // else: the run going on will run once more, after this request's change
    }

    private void drain(long key, AtomicInteger requests) {
        while (runOnce(key, requests)) {
            // requests came in during the run: one more covers them all
        }
    }

    /** One run covering every request so far; true when more arrived during it. */
    private boolean runOnce(long key, AtomicInteger requests) {
        int covered = requests.get();
        try {
            work.accept(key);
        } finally {
            covered = requests.addAndGet(-covered);
        }
        return covered > 0;
    }
}
