package com.campaigntracker;

import com.campaigntracker.shared.time.AppClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: the app's own clock (real time, or the day
 * {@code -Dtest.today} sets) unless a test fixes it with {@link #setTo}; every test that fixes it resets
 * it afterwards (the context is shared).
 */
public class MutableClock extends AppClock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public MutableClock(Clock base) {
        super(base);
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
    protected Instant baseInstant() {
        Instant at = fixed.get();
        return at != null ? at : super.baseInstant();
    }
}
