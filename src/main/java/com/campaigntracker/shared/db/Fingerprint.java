package com.campaigntracker.shared.db;

import java.util.Arrays;
import java.util.List;

/**
 * Counts and checksum sums the database computes over some rows (one native query's single row of numbers):
 * equal fingerprints mean the rows are, for what was kept from them, unchanged, whichever instance wrote them.
 */
public record Fingerprint(List<Long> figures) {

    /** The first row of a native query's answer, its numbers as longs; no figures when the answer is empty. */
    public static Fingerprint of(List<Object[]> answer) {
        return new Fingerprint(answer.stream().findFirst()
                .map(row -> Arrays.stream(row).map(n -> ((Number) n).longValue()).toList()).orElse(List.of()));
    }
}
