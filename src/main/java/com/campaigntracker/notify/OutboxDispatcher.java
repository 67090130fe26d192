package com.campaigntracker.notify;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers what the outbox holds: soon after the transaction that wrote it commits, and on a
 * schedule for retries. A message is claimed with a conditional update before it is sent, so two app
 * instances never send it twice; no transaction stays open while a server is being called.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** How long a claimed message is left alone by the others while it is being sent. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    /** One run sends for at most this long (a webhook call may take up to 25 s when its server hangs). */
    static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    private final OutboxRepository outbox;
    private final Deliveries deliveries;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService soon = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    OutboxDispatcher(OutboxRepository outbox, Deliveries deliveries, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Asks for a dispatch in the background (the caller's transaction has committed). */
    void dispatchSoon() {
        if (queued.compareAndSet(false, true)) {
            soon.submit(() -> {
                queued.set(false);
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    log.warn("Outbox dispatch failed: {}", e.toString());
                }
            });
        }
    }

    /**
     * Sends the messages due now, at most a batch and for at most {@link #RUN_LIMIT}, so that a row of
     * dead servers cannot hold the scheduler; the rest wait for the next run. Returns how many went out.
     */
    public synchronized int dispatchDue() {
        Instant started = clock.instant();
        List<Long> due = outbox.dueIds(started, PageRequest.of(0, BATCH));
        int sent = 0;
        for (Long id : due) {
            if (clock.instant().isAfter(started.plus(RUN_LIMIT))) {
                break;
            }
            if (claim(id)) {
                sent += send(id) ? 1 : 0;
            }
        }
        return sent;
    }

    /** Each claim reads the clock afresh: the lease must outlast this attempt, whatever came before it. */
    private boolean claim(long id) {
        Instant now = clock.instant();
        Integer claimed = transaction.execute(s -> outbox.claim(id, now, now.plus(LEASE)));
        return claimed != null && claimed == 1;
    }

    private boolean send(long id) {
        OutboxMessage m = transaction.execute(s -> outbox.findById(id).orElse(null));
        if (m == null) {
            return false;
        }
        String error = null;
        boolean refused = false;
        try {
            deliveries.deliver(m);
        } catch (RuntimeException e) { // a DeliveryFailed, or a bug in a sender: either way retried and logged
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            refused = e instanceof Deliveries.DeliveryRefused;
        }
        String failure = error;
        boolean forbidden = refused;
        Instant at = clock.instant();
        transaction.executeWithoutResult(s -> outbox.findById(id).ifPresent(row -> {
            if (failure == null) {
                row.delivered(at);
            } else if (forbidden) {
                row.refused(failure);
                log.error("{} to {} refused, not retried: {}", row.getKind(), redact(row.getTarget()), failure);
            } else if (row.failed(failure, at)) {
                log.warn("{} to {} failed (attempt {}), retried at {}: {}", row.getKind(), redact(row.getTarget()),
                        row.getAttempts(), row.getNextAttemptAt(), failure);
            } else {
                log.error("{} to {} given up after {} attempts: {}", row.getKind(), redact(row.getTarget()),
                        row.getAttempts(), failure);
            }
        }));
        return failure == null;
    }

    /** Webhook URLs carry access tokens: logs show the host only. */
    private static String redact(String target) {
        if (target.contains("@") && !target.contains("/")) {
            return target;
        }
        try {
            return java.net.URI.create(target).getHost() + "/…";
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    @PreDestroy
    void stop() {
        soon.shutdownNow();
    }
}
