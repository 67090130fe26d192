package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger changes = new AtomicInteger();
        List<Integer> changesSeen = new CopyOnWriteArrayList<>();
        CoalescedRuns coalesced = new CoalescedRuns(key -> {
            int run = runs.incrementAndGet();
            changesSeen.add(changes.get());
            if (run == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            } else {
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
            coalesced.request(1);
        }
        assertThat(runs).hasValue(1); // none of them ran or waited
        releaseFirst.countDown();
        first.join(5_000);

        assertThat(secondDone.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200); // a third run would have started by now
        assertThat(runs).hasValue(2);
        assertThat(changesSeen).containsExactly(1, 6); // the second run read every change
    }

    @Test
    void other_keys_are_not_held_up_and_a_failed_run_does_not_block_the_next() {
        AtomicInteger runs = new AtomicInteger();
        CoalescedRuns coalesced = new CoalescedRuns(key -> {
            runs.incrementAndGet();
            if (key == 1) {
                throw new IllegalStateException("evaluation failed");
            }
        });

        try {
            coalesced.request(1);
        } catch (IllegalStateException expected) {
            // the caller sees it (WarningService logs it)
        }
        coalesced.request(2);
        try {
            coalesced.request(1);
        } catch (IllegalStateException expected) {
            // ran again
        }

        assertThat(runs).hasValue(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
