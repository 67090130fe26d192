package com.campaigntracker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: the real time of the organisation's zone unless a test
 * fixes it with {@link #setTo}; every test that fixes it resets it afterwards (the context is shared).
 */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> fixed;

    public MutableClock(ZoneId zone) {
        this(zone, new AtomicReference<>());
    }

    private MutableClock(ZoneId zone, AtomicReference<Instant> fixed) {
        this.zone = zone;
        this.fixed = fixed;
    }

    public void setTo(Instant instant) {
        fixed.set(instant);
    }

    public void advance(Duration by) {
        fixed.set(instant().plus(by));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(zone, fixed);
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at != null ? at : Instant.now();
    }
}
