package com.campaigntracker.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests per token: {@code app.api.rate-limit.capacity} in a burst, refilled at that many per
 * {@code app.api.rate-limit.period}. Counted in this instance's memory: behind a load balancer with N
 * instances a token may make up to N times as many calls (README, API).
 */
@Component
class ApiRateLimits {

    private final long capacity;
    private final Duration period;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimits(@Value("${app.api.rate-limit.capacity:120}") long capacity,
                  @Value("${app.api.rate-limit.period:1m}") Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    /** Takes one request of the token's allowance: empty when allowed, else the seconds to wait. */
    java.util.OptionalLong take(long tokenId) {
        ConsumptionProbe probe = buckets.computeIfAbsent(tokenId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** Forgets every token's count (tests start each case with a full allowance). */
    void reset() {
        buckets.clear();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }
}
