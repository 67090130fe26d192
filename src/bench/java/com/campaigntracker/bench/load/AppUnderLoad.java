package com.campaigntracker.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar in its own JVM, as operators run it, on the bench's database: started, asked
 * for its readiness, weighed (jcmd's class histogram of live objects), asked for its figures through
 * the protected metrics endpoint, then stopped.
 */
final class AppUnderLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRAPE_PASSWORD = "load-bench";
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    /** USER_HZ, the unit of /proc/PID/stat's times: 100 on Linux everywhere that matters here. */
    private static final int CLOCK_TICKS = 100;

    private final Process process;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    /** Stops the app if this JVM ends first (an interrupted run), so no server outlives it. */
    private final Thread stopOnExit;

    private AppUnderLoad(Process process, URI base) {
        this.process = process;
        this.base = base;
        this.stopOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static AppUnderLoad start(Path jar, int port, String jdbcUrl, String dbUser, String dbPassword, String maxHeap,
                              Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        // compiler threads that live as long as the JVM, so that their CPU can be read from /proc to the end
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + maxHeap,
                "-XX:-UseDynamicNumberOfCompilerThreads"));
        if (Boolean.getBoolean("load.jfr")) { // a flight recording of the whole run, for a profile
            command.add("-XX:FlightRecorderOptions:stackdepth=512"); // deep enough to reach our frames under Vaadin, Spring and Hibernate
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + workDir.resolve("app.jfr"));
        }
        String today = System.getProperty("app.today"); // the day the tests run as (-Dtest.today): the app too
        if (today != null && !today.isBlank()) {
            command.add("-Dapp.today=" + today.strip());
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--app.data-dir=" + workDir.resolve("data"),
                // the test context's database, demo included: outside demo mode the jar would disable the demo's accounts
                "--app.demo-data=true"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", dbUser);
        env.put("SPRING_DATASOURCE_PASSWORD", dbPassword == null ? "" : dbPassword);
        env.put("APP_METRICS_PASSWORD", SCRAPE_PASSWORD);
        AppUnderLoad app = new AppUnderLoad(builder.start(), URI.create("http://127.0.0.1:" + port + "/"));
        try {
            app.awaitReady(workDir.resolve("app.log"));
        } catch (RuntimeException | IOException | InterruptedException e) {
            app.close();
            throw e;
        }
        return app;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    URI base() {
        return base;
    }

    private void awaitReady(Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the app was not ready within 3 minutes; see " + log);
    }

    /**
     * Bytes of all live objects (sessions among them): jcmd's class histogram, which runs a full
     * collection first and then counts only what is reachable. Steadier than heap-in-use after
     * System.gc(), which moves with how G1 sized its regions.
     */
    private int histograms;

    long liveBytes() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd GC.class_histogram failed: " + out);
        }
        String keep = System.getProperty("load.histogram"); // a folder: each histogram kept, to see what sessions hold
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.writeString(Path.of(keep, String.format("histogram-%02d.txt", ++histograms)), out);
        }
        Matcher total = HISTOGRAM_TOTAL.matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("no total in the class histogram");
        }
        return Long.parseLong(total.group(1));
    }

    /** CPU seconds the server process has used so far. */
    double cpuSeconds() throws IOException {
        return cpuSeconds(process.pid());
    }

    /** CPU seconds a process has used so far (user and system), from /proc. */
    static double cpuSeconds(long pid) throws IOException {
        return cpuSeconds(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    /** CPU seconds (user and system) of a process's or a thread's {@code stat} file in /proc. */
    private static double cpuSeconds(Path statFile) throws IOException {
        String stat = Files.readString(statFile);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
    }

    /**
     * CPU seconds the server's JIT compiler threads have used so far, from /proc: CPU that a server long in
     * service no longer spends. (The JVM's own compilation time counts elapsed time, waits for a core too.)
     */
    double compilingSeconds() throws IOException {
        double seconds = 0;
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().matches("C[12] CompilerThre.*")) {
                        seconds += cpuSeconds(task.resolve("stat"));
                    }
                } catch (IOException ended) {
                    // a thread that ended while we read (no such file, or no such process): not a compiler
                    // thread, which lives as long as the JVM
                }
            }
        }
        return seconds;
    }

    double metric(String nameAndTags) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString(("metrics:" + SCRAPE_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("actuator/metrics/" + nameAndTags))
                .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("metric " + nameAndTags + ": HTTP " + r.statusCode());
        }
        JsonNode measurements = JSON.readTree(r.body()).path("measurements");
        return measurements.path(0).path("value").asDouble();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
}
