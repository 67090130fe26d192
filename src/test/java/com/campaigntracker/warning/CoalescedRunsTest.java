package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A request that blocked, or a run that never came, fails the test instead of holding the build. */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CoalescedRunsTest {

    @Test
    void a_lone_request_runs_once_in_the_callers_thread() {
        List<String> threads = new CopyOnWriteArrayList<>();
        CoalescedRuns runs = new CoalescedRuns(key -> threads.add(Thread.currentThread().getName()));

        runs.request(7);
        runs.request(7);

        assertThat(threads).containsExactly(Thread.currentThread().getName(), Thread.currentThread().getName());
    }

    @Test
    void requests_during_a_run_are_folded_into_one_more_run_that_starts_after_them() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        AtomicReference<Thread> followUpThread = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger changes = new AtomicInteger();
        List<Integer> changesSeen = new CopyOnWriteArrayList<>();
        List<Thread> runThreads = new CopyOnWriteArrayList<>();
        CoalescedRuns coalesced = new CoalescedRuns(key -> {
            int run = runs.incrementAndGet();
            changesSeen.add(changes.get());
            runThreads.add(Thread.currentThread());
            if (run == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            } else if (run == 2) {
                followUpThread.set(Thread.currentThread());
                secondDone.countDown();
            }
        });

        Thread first = new Thread(() -> {
            changes.incrementAndGet();
            coalesced.request(1);
        });
        first.start();
        await(firstStarted);
        for (int i = 0; i < 5; i++) { // five more changes committed while the first run goes on
            changes.incrementAndGet();
            coalesced.request(1); // returns at once (a request that waited would hang here, until the @Timeout)
        }
        assertThat(runs).hasValue(1); // none of them ran
        releaseFirst.countDown();
        first.join(5_000);
        assertThat(first.isAlive()).isFalse();

        await(secondDone);
        // the follow-up thread parks in its pool only once its loop of runs has ended: no third run is under
        // way or due in it now (an event, not a guess at how long a third run would take to start)
        awaitIdleInPool(followUpThread.get());
        assertThat(runs).hasValue(2);
        assertThat(changesSeen).containsExactly(1, 6); // the second run read every change
        assertThat(runThreads.get(1)).isNotSameAs(first); // the folded run went to the background

        // and nothing is left pending for the key: the next request is a lone one again, run in its caller's thread
        changes.incrementAndGet();
        coalesced.request(1);
        assertThat(runs).hasValue(3);
        assertThat(runThreads.get(2)).isSameAs(Thread.currentThread());
        assertThat(changesSeen).containsExactly(1, 6, 7);
    }

    @Test
    void other_keys_are_not_held_up_and_a_failed_run_does_not_block_the_next() {
        List<Long> runs = new CopyOnWriteArrayList<>();
        CoalescedRuns coalesced = new CoalescedRuns(key -> {
            runs.add(key);
            if (key == 1) {
                throw new IllegalStateException("evaluation failed");
            }
        });

        // the caller sees the failure (WarningService logs it)
        assertThatThrownBy(() -> coalesced.request(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("evaluation failed");
        coalesced.request(2);
        // key 1 is not left marked as running: it runs again, and fails again in the caller's sight
        assertThatThrownBy(() -> coalesced.request(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("evaluation failed");

        assertThat(runs).containsExactly(1L, 2L, 1L);
    }

    @Test
    void requests_that_came_during_a_failed_run_still_get_their_run() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CoalescedRuns coalesced = new CoalescedRuns(key -> {
            int run = runs.incrementAndGet();
            if (run == 1) {
                firstStarted.countDown();
                await(releaseFirst);
                throw new IllegalStateException("evaluation failed");
            }
            secondDone.countDown();
        });
        AtomicReference<Throwable> seenByFirstCaller = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                coalesced.request(3);
            } catch (IllegalStateException e) {
                seenByFirstCaller.set(e);
            }
        });
        first.start();
        await(firstStarted);
        coalesced.request(3); // arrives during the run that is about to fail

        releaseFirst.countDown();
        await(secondDone);
        first.join(5_000);
        assertThat(seenByFirstCaller.get()).hasMessage("evaluation failed");
        assertThat(runs).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Until the pool thread waits for a new task (WAITING in its queue), or fails after 5 s. */
    private static void awaitIdleInPool(Thread worker) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (worker.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("%s still busy after 5 s", worker.getName()).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
