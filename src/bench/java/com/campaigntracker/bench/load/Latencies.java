package com.campaigntracker.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Round-trip times per kind of step (all the server round trips one user action needs), the steps
 * that failed, and the first few failure messages, collected from every simulated user.
 */
final class Latencies {

    private final Map<String, List<Long>> micros = new LinkedHashMap<>();
    private final Map<String, Long> bytes = new LinkedHashMap<>();
    private final Map<String, Long> wireBytes = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private final List<String> samples = new ArrayList<>();
    private int refused;

    /** A step done: its time, the bytes its answers held (decoded) and the bytes that travelled (gzip'd or not). */
    synchronized void record(String step, long nanos, long received, long wire) {
        micros.computeIfAbsent(step, k -> new ArrayList<>()).add(nanos / 1_000);
        bytes.merge(step, received, Long::sum);
        wireBytes.merge(step, wire, Long::sum);
    }

    synchronized void fail(String step, String message) {
        failures.merge(step, 1, Integer::sum);
        if (samples.size() < 5) {
            samples.add(step + ": " + message);
        }
    }

    /** An update the app answered with an error notification (a conflict), not an HTTP failure. */
    synchronized void refused() {
        refused++;
    }

    synchronized int failureCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Steps of this kind done, or of every kind for "all". */
    synchronized int count(String step) {
        return "all".equals(step) ? micros.values().stream().mapToInt(List::size).sum()
                : micros.getOrDefault(step, List.of()).size();
    }

    /** Bytes the simulated browsers received (decoded) in steps of this kind, or in every step for "all". */
    synchronized long bytes(String step) {
        return sum(bytes, step);
    }

    /** The same as they travelled: compressed when the server compressed them. */
    synchronized long wireBytes(String step) {
        return sum(wireBytes, step);
    }

    private static long sum(Map<String, Long> perStep, String step) {
        return "all".equals(step) ? perStep.values().stream().mapToLong(Long::longValue).sum()
                : perStep.getOrDefault(step, 0L);
    }

    /** Whether at least one step of this kind was recorded as done. */
    synchronized boolean completed(String step) {
        return !micros.getOrDefault(step, List.of()).isEmpty();
    }

    synchronized List<String> failureSamples() {
        return List.copyOf(samples);
    }

    synchronized int refusedCount() {
        return refused;
    }

    /**
     * One line per step and one for all: count, p50, p95, p99, max in milliseconds, failures, and
     * the mean size of a step's answers in KB, decoded and as they travelled (wire).
     */
    synchronized List<String> table() {
        List<String> lines = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        micros.forEach((step, values) -> {
            lines.add(line(step, values, failures.getOrDefault(step, 0), bytes.getOrDefault(step, 0L),
                    wireBytes.getOrDefault(step, 0L)));
            all.addAll(values);
        });
        lines.add(line("all", all, failureCount(), bytes("all"), wireBytes("all")));
        return lines;
    }

    /** The table's figures by step (and "all"), for the results file. */
    synchronized Map<String, Map<String, Object>> figures() {
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        micros.forEach((step, values) -> {
            figures.put(step, figures(values, failures.getOrDefault(step, 0), bytes.getOrDefault(step, 0L),
                    wireBytes.getOrDefault(step, 0L)));
            all.addAll(values);
        });
        figures.put("all", figures(all, failureCount(), bytes("all"), wireBytes("all")));
        return figures;
    }

    private static Map<String, Object> figures(List<Long> values, int failed, long received, long wire) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("count", sorted.length);
        f.put("p50Ms", percentile(sorted, 50));
        f.put("p95Ms", percentile(sorted, 95));
        f.put("p99Ms", percentile(sorted, 99));
        f.put("maxMs", sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0);
        f.put("failed", failed);
        f.put("kbPerStep", sorted.length == 0 ? 0.0 : Math.round(received * 10 / 1024.0 / sorted.length) / 10.0);
        f.put("wireKbPerStep", sorted.length == 0 ? 0.0 : Math.round(wire * 10 / 1024.0 / sorted.length) / 10.0);
        return f;
    }

    private static String line(String step, List<Long> values, int failed, long received, long wire) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "%-10s %6d %8.0f %8.0f %8.0f %8.0f %7d %8.1f %8.1f", step, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0, failed,
                sorted.length == 0 ? 0.0 : received / 1024.0 / sorted.length,
                sorted.length == 0 ? 0.0 : wire / 1024.0 / sorted.length);
    }

    /** KB/step is the answers decoded (what the browser's code reads); wire KB is what travelled. */
    static String header() {
        return String.format(Locale.ROOT, "%-10s %6s %8s %8s %8s %8s %7s %8s %8s", "step", "count", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "failed", "KB/step", "wire KB");
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedMicros, int p) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMicros.length);
        return sortedMicros[Math.max(0, rank - 1)] / 1000.0;
    }
}
