package com.campaigntracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one summary of the benchmarks: {@code target/bench/results.json}, one entry per benchmark (the
 * last run of each), merged into what is there. Figures are recorded, never compared with anything.
 */
public final class BenchResults {

    public static final Path FILE = Path.of("target", "bench", "results.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String benchmark;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private Path ownFile;

    public BenchResults(String benchmark) {
        this.benchmark = benchmark;
    }

    /** Also writes this benchmark's entry alone to a file of its own (the load test's {@code target/load/results.json}). */
    public BenchResults alsoWriteTo(Path file) {
        this.ownFile = file;
        return this;
    }

    /** A figure recorded so far, or null. */
    public Object get(String name) {
        return figures.get(name);
    }

    /** A figure under a dotted name, e.g. {@code browser.300.viewMs}. */
    public BenchResults put(String name, Object value) {
        if (value instanceof Double d) { // JSON has no NaN; three decimals are plenty for a figure
            value = d.isNaN() || d.isInfinite() ? null : Math.round(d * 1000) / 1000.0;
        }
        figures.put(name, value);
        return this;
    }

    /**
     * Prints the block of lines and writes this benchmark's entry: its size, when it ended, the
     * machine, the figures and the same lines as printed.
     */
    public void publish(String title, BenchSize size, List<String> lines) {
        System.out.println("\n==== " + title + " (size " + size + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ") ====");
        lines.forEach(System.out::println);
        System.out.println("==== written to " + FILE.toAbsolutePath() + "\n");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("size", size.toString());
        entry.put("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        entry.put("cores", Runtime.getRuntime().availableProcessors());
        entry.put("java", System.getProperty("java.version"));
        entry.put("figures", figures);
        entry.put("report", lines);
        merge(benchmark, entry);
        if (ownFile != null) {
            write(ownFile, JSON.valueToTree(entry));
            System.out.println("==== and to " + ownFile.toAbsolutePath() + "\n");
        }
    }

    /** Replaces a JSON file whole (written beside it, then moved, so a reader never sees half of it). */
    static void write(Path file, JsonNode content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writeValue(partial.toFile(), content);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static synchronized void merge(String benchmark, Map<String, Object> entry) {
        try {
            Files.createDirectories(FILE.getParent());
            JsonNode before = Files.exists(FILE) ? JSON.readTree(FILE.toFile()) : null;
            ObjectNode all = before instanceof ObjectNode o ? o : JSON.createObjectNode(); // anything but an object is replaced
            all.set(benchmark, JSON.valueToTree(entry));
            write(FILE, all);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + FILE, e);
        }
    }
}
