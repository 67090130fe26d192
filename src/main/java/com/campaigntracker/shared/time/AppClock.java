package com.campaigntracker.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The organisation's clock, which every service takes for "now". It runs on a base clock (the system's,
 * or one shifted to another day by {@code app.today}); {@link #replayAt} lets code that writes history
 * (the demo's finished campaigns) run the real services at a past moment on the current thread only.
 */
public class AppClock extends Clock {

    private final Clock base;
    private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

    public AppClock(Clock base) {
        this.base = base;
    }

    /** The time when nothing is replayed; tests override it to fix the time for every thread. */
    protected Instant baseInstant() {
        return base.instant();
    }

    @Override
    public final Instant instant() {
        Instant at = replayed.get();
        return at != null ? at : baseInstant();
    }

    @Override
    public final ZoneId getZone() {
        return base.getZone();
    }

    /** A view in another zone that still follows this clock (replays included). */
    @Override
    public Clock withZone(ZoneId zone) {
        AppClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** Runs {@code work} on this thread as if it were {@code at}; nested replays restore the outer one. */
    public <T> T replayAt(Instant at, Supplier<T> work) {
        Instant outer = replayed.get();
        replayed.set(at);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                replayed.remove();
            } else {
                replayed.set(outer);
            }
        }
    }

    public void replayAt(Instant at, Runnable work) {
        replayAt(at, () -> {
            work.run();
            return null;
        });
    }
}
