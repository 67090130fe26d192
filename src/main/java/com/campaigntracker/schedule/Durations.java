package com.campaigntracker.schedule;

/** R3: planned duration = estimate × (1 + buffer), rounded up to whole working days. */
public final class Durations {

    private Durations() {
    }

    public static int planned(int estimateDays, int bufferPercent) {
        if (estimateDays < 1) {
            throw new IllegalArgumentException("An estimate is at least one working day");
        }
        // integer arithmetic: 10 days at 15 % is exactly 11.5 → 12, never 11.499… → 12 by accident
        return (estimateDays * (100 + bufferPercent) + 99) / 100;
    }
}
