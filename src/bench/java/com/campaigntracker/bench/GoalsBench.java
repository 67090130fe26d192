package com.campaigntracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The one summary of a {@code ./mvnw verify -Pbench}: the goals of issue 21, each with its figure, its
 * goal and the ratio figure / goal, printed as one table and written into {@link BenchResults#FILE}
 * under {@code goals} (one numeric field per goal in {@code figures}, {@code targets} and
 * {@code ratios}; null where nothing was measured). Ordered after every benchmark (the bench profile
 * orders test classes by {@link Order}); it reads the entries the benchmarks wrote in this run, that
 * is in this JVM's lifetime: a goal whose benchmark did not run here shows "not run", one its
 * benchmark measures only at full size shows "not at small size". Asserts nothing, as the others.
 */
@Order(Integer.MAX_VALUE)
class GoalsBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A goal: the figure {@code key} of a benchmark's entry, met when at most (or, strict, below) the
     * target; {@code only} names a figure of the same entry that must hold the value {@code onlyValue}
     * (the size the goal is stated for); {@code beside} names a figure of the same entry shown beside
     * the goal's, for reading only ({@code besideName} says what it is; it does not count for the goal).
     */
    record Goal(String id, String label, String benchmark, String key, String unit, boolean strict, double target,
                String only, double onlyValue, String beside, String besideName) {

        static Goal of(String id, String label, String benchmark, String key, String unit, boolean strict,
                       double target) {
            return new Goal(id, label, benchmark, key, unit, strict, target, null, 0, null, null);
        }

        Goal when(String figure, double value) {
            return new Goal(id, label, benchmark, key, unit, strict, target, figure, value, beside, besideName);
        }

        Goal besides(String figure, String name) {
            return new Goal(id, label, benchmark, key, unit, strict, target, only, onlyValue, figure, name);
        }

        boolean met(double figure) {
            return strict ? figure < target : figure <= target;
        }
    }

    static final List<Goal> GOALS = List.of(
            Goal.of("serverCpuMsPerStep", "server CPU per step (all load levels)", "LoadBench",
                    "overall.serverCpuMsPerStep", "ms", false, 20)
                    .besides("overall.serverCpuMsPerStepJitAside", "with the JIT compiler's CPU aside"),
            // the payload as the browser's code reads it (decoded), so gzip alone cannot meet the goal
            Goal.of("kbPerStep", "KB per step, decoded (all load levels)", "LoadBench", "overall.kbPerStep", "KB",
                    false, 50).besides("overall.wireKbPerStep", "on the wire"),
            Goal.of("updateKbPerStep", "KB per update step, decoded", "LoadBench", "overall.updateKbPerStep", "KB",
                    false, 30).besides("overall.updateWireKbPerStep", "on the wire"),
            Goal.of("p95Ms100Users", "all steps p95, 100 users", "LoadBench", "users.100.p95Ms", "ms", true, 500),
            Goal.of("p95Ms200Users", "all steps p95, 200 users", "LoadBench", "users.200.p95Ms", "ms", true, 1500),
            Goal.of("p95Ms300UsersNormalPace", "all steps p95, 300 users, normal pace", "LoadBench",
                    "normal.300.p95Ms", "ms", true, 300),
            Goal.of("failedOrRefusedSteps", "failed steps + refused updates", "LoadBench",
                    "overall.failedOrRefused", "", false, 0),
            Goal.of("heapMBPerSession", "heap retained per session", "LoadBench", "overall.retainedMBPerSession",
                    "MB", false, 0.7),
            Goal.of("ganttFirstRenderVsBare10000", "Gantt 10,000 first render / bare dhtmlx", "GanttBench",
                    "browser.10000.viewVsBare", "×", false, 1.3),
            Goal.of("ganttDragSavedP95Ms2000", "drag saved and applied on the server p95, 2,000 tasks", "GanttBench",
                    "server.2000.dragAppliedP95Ms", "ms", true, 100),
            Goal.of("ganttDragSavedP95Ms10000", "drag saved and applied on the server p95, 10,000 tasks", "GanttBench",
                    "server.10000.dragAppliedP95Ms", "ms", true, 200),
            Goal.of("criticalPathMs5000", "critical path, 5,000 tasks / 10,000 links", "GanttBench",
                    "engine.criticalPathMs", "ms", true, 10).when("engine.tasks", 5000),
            Goal.of("ganttDragAppliedMs2000", "drag → applied in the browser (median), 2,000", "GanttBench",
                    "browser.2000.dragAppliedMedianMs", "ms", true, 300),
            Goal.of("reportMedianMs1000", "review report median, 1,000 tasks", "ReportBench", "medianMs", "ms",
                    true, 1500).when("tasks", 1000));

    @Test
    void goals_table() throws IOException {
        JsonNode all = Files.exists(BenchResults.FILE) ? JSON.readTree(BenchResults.FILE.toFile()) : JSON.createObjectNode();
        Instant began = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
                .truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Object> targets = new LinkedHashMap<>();
        Map<String, Object> ratios = new LinkedHashMap<>();
        Map<String, Object> besides = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-48s %12s %10s %7s  %s", "goal", "figure", "goal", "ratio", ""));
        int met = 0;
        int measured = 0;
        for (Goal goal : GOALS) {
            JsonNode entry = all.path(goal.benchmark());
            boolean ran = entry.isObject() && !Instant.parse(entry.path("finished").asText("1970-01-01T00:00:00Z"))
                    .isBefore(began);
            JsonNode figure = entry.path("figures").path(goal.key());
            boolean sized = goal.only() == null || entry.path("figures").path(goal.only()).asDouble() == goal.onlyValue();
            String target = (goal.strict() ? "< " : "≤ ") + number(goal.target()) + " " + goal.unit();
            targets.put(goal.id(), goal.target());
            if (!ran || !figure.isNumber() || !sized) {
                figures.put(goal.id(), null);
                ratios.put(goal.id(), null);
                String why = !ran ? "not run" : "not at " + entry.path("size").asText("this") + " size";
                lines.add(String.format(Locale.ROOT, "%-48s %12s %10s %7s  %s", goal.label(), "—", target.strip(), "",
                        why + " (" + goal.benchmark() + ")"));
                continue;
            }
            double value = figure.asDouble();
            Double ratio = goal.target() > 0 ? Math.round(value / goal.target() * 100) / 100.0 : null;
            figures.put(goal.id(), Math.round(value * 1000) / 1000.0);
            ratios.put(goal.id(), ratio);
            measured++;
            if (goal.met(value)) {
                met++;
            }
            JsonNode beside = goal.beside() == null ? null : entry.path("figures").path(goal.beside());
            String besideText = "";
            if (beside != null && beside.isNumber()) {
                besides.put(goal.id(), Math.round(beside.asDouble() * 1000) / 1000.0);
                besideText = " (" + goal.besideName() + " " + number(beside.asDouble()) + " " + goal.unit() + ")";
            }
            lines.add(String.format(Locale.ROOT, "%-48s %12s %10s %7s  %s%s%s", goal.label(),
                    number(value) + " " + goal.unit(), target.strip(), ratio == null ? "" : String.format(Locale.ROOT,
                            "%.2f", ratio), goal.met(value) ? "met" : "MISSED",
                    "full".equals(entry.path("size").asText()) ? "" : " (" + entry.path("size").asText() + " size)",
                    besideText));
        }
        lines.add(String.format(Locale.ROOT, "%d of %d goals measured in this run, %d met; ratio = figure / goal",
                measured, GOALS.size(), met));

        System.out.println("\n==== Goals of issue 21 (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ") ====");
        lines.forEach(System.out::println);
        System.out.println("==== written to " + BenchResults.FILE.toAbsolutePath() + " (goals)\n");
        ObjectNode out = all instanceof ObjectNode o ? o : JSON.createObjectNode();
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        goals.put("figures", figures);
        goals.put("targets", targets);
        goals.put("ratios", ratios);
        goals.put("besides", besides); // figures shown beside a goal's, not counted (KB on the wire)
        goals.put("report", lines);
        out.set("goals", JSON.valueToTree(goals));
        BenchResults.write(BenchResults.FILE, out);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.2f" : "%,.1f", value);
    }
}
