package com.campaigntracker.bench;

import java.util.Locale;

/**
 * How big the benchmarks run: {@code -Dbench.size=small} (a few hundred tasks, a few users for some
 * seconds: the smoke run that keeps them working) or {@code full} (the default: the published figures).
 */
public enum BenchSize {
    SMALL, FULL;

    public static BenchSize current() {
        String value = System.getProperty("bench.size", "full").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "small" -> SMALL;
            case "full", "" -> FULL;
            default -> throw new IllegalArgumentException("bench.size=" + value + ": use small or full");
        };
    }

    public boolean small() {
        return this == SMALL;
    }

    /** One of two values by size. */
    public int pick(int small, int full) {
        return small() ? small : full;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
