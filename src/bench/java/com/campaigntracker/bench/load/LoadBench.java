package com.campaigntracker.bench.load;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.LargePlan;
import com.campaigntracker.SignIn;
import com.campaigntracker.bench.BenchResults;
import com.campaigntracker.bench.BenchSize;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.PlanRowsService;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The load test (figures, nothing asserted): simulated task owners log in, open the portfolio, open
 * their project's 500-task Gantt, open My tasks and update the progress of one of their tasks, with
 * a few seconds of thinking between steps, at 50, 100, 200 and 300 concurrent users; then 300 users at
 * a normal pace (10-30 s of thinking, arriving over five minutes: see the README). The server is the
 * production jar in its own JVM on this test run's embedded MariaDB, with Vaadin's security key and
 * sync-id checks on (the simulated browsers keep them like the real client). Prints, per level,
 * p50/p95/p99 round-trip times per step, failures, the server's CPU and the bytes received per step,
 * and the heap each session retains after a full GC; then the same costs over every level.
 *
 * <p>Run: {@code ./mvnw -Pproduction -DskipTests package}, then {@code ./mvnw verify -Pbench
 * -Dit.test=LoadBench} (about 30 minutes; with {@code -Dbench.size=small} two projects of 200 tasks,
 * 4 users for 20 seconds then 6 at a slower pace). Options (-D), defaults full / small:
 * load.levels=50,100,200,300 / 4, load.seconds=120 / 20 (per level after the ramp), load.ramp=30 / 2,
 * load.think=2000-5000 / 500-1500 (ms), load.normal.users=300 / 6 (0: none), load.normal.ramp=300 / 5,
 * load.normal.seconds=180 / 20, load.normal.think=10000-30000 / 2000-5000, load.xmx=4g / 1g,
 * load.warmup.rounds=4 / 1 (30 s rounds of 20 users, until the JIT compiler is nearly quiet). Figures
 * are printed and written to {@link BenchResults#FILE} and, alone, to {@code target/load/results.json};
 * a step that failed, or a kind of step that never completed, fails the run after that.
 */
class LoadBench extends IntegrationTest {

    private static final BenchSize SIZE = BenchSize.current();
    private static final int PROJECTS = SIZE.pick(2, 6);
    private static final int TASKS_PER_PROJECT = SIZE.pick(200, 500);
    /** Every kind of step a simulated user takes; each must complete at least once at every level. */
    private static final List<String> STEPS = List.of("login", "portfolio", "gantt", "my tasks", "update", "logout");
    private static final String PASSWORD = "load-demo";
    private static final String MANAGER = "load-manager";
    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    @Autowired
    PeopleService people;
    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService workTrees;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private final List<String> report = new ArrayList<>();
    private final BenchResults results = new BenchResults("LoadBench").alsoWriteTo(Path.of("target", "load", "results.json"));
    private final List<String> problems = new ArrayList<>();

    /** A seeded account, the project whose Gantt it opens and the tasks it owns there. */
    private record Account(String username, long projectId, List<Long> taskIds) {
    }

    /** One scenario's level: how many users, how they arrive, how long they think and for how long they work. */
    private record Level(String key, String name, int users, int rampSeconds, int steadySeconds, int[] think) {
    }

    /** Totals over the reported levels, for the overall figures the benchmarks' goals table reads. */
    private double cpuMsAll;
    private double jitMsAll;
    private long stepsAll;
    private long bytesAll;
    private long wireBytesAll;
    private long updateBytes;
    private long updateWireBytes;
    private long updates;
    private long failedOrRefused;
    private double heapPerSession = Double.NaN;
    private double heapSessions;

    @Test
    void load_figures() throws Exception {
        Path jar = productionJar();
        int ramp = Integer.getInteger("load.ramp", SIZE.pick(2, 30));
        int seconds = Integer.getInteger("load.seconds", SIZE.pick(20, 120));
        int[] think = range(System.getProperty("load.think", SIZE.small() ? "500-1500" : "2000-5000"));
        List<Level> levels = new ArrayList<>();
        for (String users : System.getProperty("load.levels", SIZE.small() ? "4" : "50,100,200,300").split(",")) {
            if (!users.isBlank()) {
                int n = Integer.parseInt(users.strip());
                levels.add(new Level("users." + n + ".", n + " users", n, ramp, seconds, think));
            }
        }
        // the normal pace: people who read what they opened, arriving over minutes (see the README)
        int normalUsers = Integer.getInteger("load.normal.users", SIZE.pick(6, 300));
        if (normalUsers > 0) {
            levels.add(new Level("normal." + normalUsers + ".", normalUsers + " users at a normal pace", normalUsers,
                    Integer.getInteger("load.normal.ramp", SIZE.pick(5, 300)),
                    Integer.getInteger("load.normal.seconds", SIZE.pick(20, 180)),
                    range(System.getProperty("load.normal.think", SIZE.small() ? "2000-5000" : "10000-30000"))));
        }
        int maxUsers = levels.stream().mapToInt(Level::users).max().orElse(1);
        long t0 = System.nanoTime();
        List<Account> accounts = seed(Math.max(maxUsers, PROJECTS));
        double seeded = (System.nanoTime() - t0) / 1e9;
        report.add(String.format(Locale.ROOT, "seeded %d projects of %d tasks, %d task owners in %.0f s", PROJECTS,
                TASKS_PER_PROJECT, accounts.size(), seeded));
        results.put("projects", PROJECTS).put("tasksPerProject", TASKS_PER_PROJECT).put("taskOwners", accounts.size())
                .put("seededSeconds", seeded);

        HikariDataSource db = (HikariDataSource) dataSource;
        String xmx = System.getProperty("load.xmx", SIZE.small() ? "1g" : "4g");
        Path work = Path.of("target", "load");
        try (AppUnderLoad app = AppUnderLoad.start(jar, freePort(), db.getJdbcUrl(), db.getUsername(),
                db.getPassword(), xmx, work)) {
            report.add("server: " + jar.getFileName() + " (production), -Xmx" + xmx + ", Java "
                    + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores shared with the simulated browsers; log in " + work.resolve("app.log")
                    + (System.getProperty("app.today") == null ? "" : "; app.today=" + System.getProperty("app.today")));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            warmUp(app, http, accounts, Math.min(SIZE.pick(2, 20), maxUsers), think);
            for (Level level : levels) {
                run(app, http, accounts, level, true);
            }
        }
        overall();
        results.publish("Load test", SIZE, report);
        if (!problems.isEmpty()) {
            throw new AssertionError("the simulated users could not do their work (a UI change?); see "
                    + Path.of("target", "load", "app.log") + ":\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * Warms the server (JIT, pools, caches) with a few users until its JIT compiler is nearly quiet: a
     * server that has run for an hour compiles nothing, and a level measured while the compiler still works
     * counts its CPU as the steps' (a third of a fresh JVM's CPU in a one-minute level). Rounds of 30 s, at
     * most {@code load.warmup.rounds} (default 4, small size 1), until compiling took less than a tenth
     * of the round's server CPU; each round is printed. On 2 cores it does not get there in 4 minutes
     * (the compiler still takes a fifth of a 50-user level), so each level also reports its CPU per step
     * with the compiler's CPU set aside.
     */
    private void warmUp(AppUnderLoad app, HttpClient http, List<Account> accounts, int users, int[] think)
            throws IOException, InterruptedException {
        int rounds = Integer.getInteger("load.warmup.rounds", SIZE.pick(1, 4));
        for (int round = 1; round <= rounds; round++) {
            double[] cpuAndJit = run(app, http, accounts, new Level("warm-up.", "warm-up " + round, users,
                    round == 1 ? SIZE.pick(1, 10) : 1, SIZE.pick(8, 30), think), false);
            report.add(String.format(Locale.ROOT, "warm-up round %d, %d users: server CPU %.1f s, of which the JIT "
                    + "compiler %.1f s", round, users, cpuAndJit[0], cpuAndJit[1]));
            if (cpuAndJit[1] < cpuAndJit[0] / 10) {
                return;
            }
        }
        if (rounds > 0) {
            report.add("warm-up: the JIT compiler was still busy after " + rounds + " rounds (load.warmup.rounds)");
        }
    }

    private static int[] range(String millis) {
        int[] range = Arrays.stream(millis.split("-")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        if (range.length != 2 || range[0] > range[1]) {
            throw new IllegalArgumentException("a think time is min-max in ms, e.g. 2000-5000: " + millis);
        }
        return range;
    }

    /** The figures over every reported level: what the benchmarks' goals table shows for the load. */
    private void overall() {
        double cpuPerStep = cpuMsAll / Math.max(1, stepsAll);
        double withoutJit = (cpuMsAll - jitMsAll) / Math.max(1, stepsAll);
        double kbPerStep = bytesAll / 1024.0 / Math.max(1, stepsAll);
        double updateKb = updateBytes / 1024.0 / Math.max(1, updates);
        double wireKbPerStep = wireBytesAll / 1024.0 / Math.max(1, stepsAll);
        double updateWireKb = updateWireBytes / 1024.0 / Math.max(1, updates);
        results.put("overall.stepsDone", stepsAll).put("overall.serverCpuMsPerStep", cpuPerStep)
                .put("overall.serverCpuMsPerStepJitAside", withoutJit)
                .put("overall.kbPerStep", kbPerStep).put("overall.updateKbPerStep", updateKb)
                .put("overall.wireKbPerStep", wireKbPerStep).put("overall.updateWireKbPerStep", updateWireKb)
                .put("overall.failedOrRefused", failedOrRefused).put("overall.retainedMBPerSession", heapPerSession);
        report.add("");
        report.add(String.format(Locale.ROOT, "all levels: %,d steps, server CPU %.1f ms per step (%.1f ms with the JIT "
                        + "compiler's aside), %.1f KB per step "
                        + "(update %.1f KB) decoded, %.1f KB (update %.1f KB) on the wire, %d failed or refused; heap per "
                        + "session %.2f MB (at the level with the most sessions, %.0f)", stepsAll, cpuPerStep, withoutJit, kbPerStep,
                updateKb, wireKbPerStep, updateWireKb, failedOrRefused, heapPerSession, heapSessions));
    }

    /**
     * One level: users start spread over the ramp, work until the end, are weighed, then log out. Returns
     * the server's CPU seconds and, of them, the JIT compiler's.
     */
    private double[] run(AppUnderLoad app, HttpClient http, List<Account> accounts, Level level, boolean reported)
            throws IOException, InterruptedException {
        int userCount = level.users();
        int rampSeconds = level.rampSeconds();
        int[] think = level.think();
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(rampSeconds + level.steadySeconds());
        List<SimulatedUser> simulated = new ArrayList<>();
        String dump = System.getProperty("load.dump");
        for (int i = 0; i < userCount; i++) {
            Account a = accounts.get(i);
            BrowserSession browser = new BrowserSession(http, app.base());
            if (dump != null && i == 0 && reported) { // the first user's answers, to read what a step sends
                browser.dumpTo(Path.of(dump, level.key() + a.username()));
            }
            simulated.add(new SimulatedUser(browser, a.username(), PASSWORD,
                    a.projectId(), a.taskIds(), latencies, start + TimeUnit.SECONDS.toNanos(rampSeconds) * i / userCount,
                    deadline, think[0], think[1], 31L * i + userCount));
        }
        long before = app.liveBytes();
        double serverCpu = app.cpuSeconds();
        double jit = app.compilingSeconds();
        double databaseCpu = databaseCpuSeconds();
        long benchCpu = ownCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(userCount);
        simulated.forEach(pool::submit);
        pool.shutdown();
        if (!pool.awaitTermination(rampSeconds + level.steadySeconds() + 300L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("simulated users still busy 5 minutes after the end");
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        serverCpu = app.cpuSeconds() - serverCpu;
        jit = app.compilingSeconds() - jit;
        databaseCpu = databaseCpuSeconds() - databaseCpu;
        double browsersCpu = (ownCpuNanos() - benchCpu) / 1e9;
        // the work itself, before the logouts: CPU and bytes per step are of these steps
        int steps = latencies.count("all");
        long received = latencies.bytes("all");
        long receivedWire = latencies.wireBytes("all");
        double sessions = app.metric("campaign.sessions.active");
        long withSessions = app.liveBytes();
        ExecutorService closing = Executors.newFixedThreadPool(Math.min(userCount, 20));
        simulated.forEach(u -> closing.submit(u::logOut));
        closing.shutdown();
        closing.awaitTermination(5, TimeUnit.MINUTES);
        double sessionsAfter = app.metric("campaign.sessions.active");
        long without = app.liveBytes();
        String name = (reported ? "" : "warm-up, ") + level.name();
        latencies.failureSamples().forEach(f -> problems.add(name + ": failed " + f));
        if (latencies.failureCount() > 0) {
            problems.add(name + ": " + latencies.failureCount() + " steps failed in all");
        }
        if (!reported) { // a short warm-up need not get through every step
            return new double[]{serverCpu, jit};
        }
        STEPS.stream().filter(step -> !latencies.completed(step))
                .forEach(step -> problems.add(name + ": no \"" + step + "\" step completed"));
        double cpuMsPerStep = serverCpu * 1000 / Math.max(1, steps);
        double jitAside = (serverCpu - jit) * 1000 / Math.max(1, steps);
        double kbPerStep = received / 1024.0 / Math.max(1, steps);
        double updateKb = latencies.bytes("update") / 1024.0 / Math.max(1, latencies.count("update"));
        double wireKbPerStep = receivedWire / 1024.0 / Math.max(1, steps);
        double updateWireKb = latencies.wireBytes("update") / 1024.0 / Math.max(1, latencies.count("update"));
        double perSession = (withSessions - without) / 1e6 / Math.max(1, sessions - sessionsAfter);
        report.add("");
        report.add(String.format(Locale.ROOT, "%s, think %d-%d ms, ramp %d s, %.0f s in all, %s", name,
                think[0], think[1], rampSeconds, elapsed, "times are whole steps (all round trips of one user action)"));
        report.add(Latencies.header());
        report.addAll(latencies.table());
        int cores = Runtime.getRuntime().availableProcessors();
        report.add(String.format(Locale.ROOT, "CPU in %.0f s on %d cores: server %.0f s (%.0f%% of the machine; JIT "
                        + "compiling %.1f s of it), MariaDB %.0f s (%.0f%%), simulated browsers %.0f s (%.0f%%); updates "
                        + "refused by the app %d",
                elapsed, cores, serverCpu, 100 * serverCpu / elapsed / cores, jit, databaseCpu,
                100 * databaseCpu / elapsed / cores, browsersCpu, 100 * browsersCpu / elapsed / cores,
                latencies.refusedCount()));
        report.add(String.format(Locale.ROOT, "per step (logouts aside): server CPU %.1f ms (%.1f ms with the JIT "
                        + "compiler's aside), %.1f KB received (update %.1f KB) decoded, %.1f KB (update %.1f KB) on the wire, %.1f steps a second",
                cpuMsPerStep, jitAside, kbPerStep, updateKb, wireKbPerStep, updateWireKb, steps / elapsed));
        report.add(String.format(Locale.ROOT,
                "live heap after full GC: %.0f MB before, %.0f MB with %.0f sessions open, %.0f MB after they "
                        + "logged out (%.0f left): %.2f MB retained per session",
                before / 1e6, withSessions / 1e6, sessions, without / 1e6, sessionsAfter, perSession));
        latencies.failureSamples().forEach(s -> report.add("  failure: " + s));
        Map<String, Map<String, Object>> figures = latencies.figures();
        String key = level.key();
        results.put(key + "thinkMs", think[0] + "-" + think[1]).put(key + "rampSeconds", rampSeconds)
                .put(key + "seconds", elapsed).put(key + "stepsDone", steps)
                .put(key + "p50Ms", figures.get("all").get("p50Ms")).put(key + "p95Ms", figures.get("all").get("p95Ms"))
                .put(key + "p99Ms", figures.get("all").get("p99Ms")).put(key + "failed", latencies.failureCount())
                .put(key + "updatesRefused", latencies.refusedCount())
                .put(key + "serverCpuMsPerStep", cpuMsPerStep).put(key + "serverCpuMsPerStepJitAside", jitAside)
                .put(key + "kbPerStep", kbPerStep)
                .put(key + "updateKbPerStep", updateKb).put(key + "wireKbPerStep", wireKbPerStep)
                .put(key + "updateWireKbPerStep", updateWireKb).put(key + "steps", figures)
                .put(key + "cpuServerSeconds", serverCpu).put(key + "jitCompilingSeconds", jit)
                .put(key + "cpuDatabaseSeconds", databaseCpu)
                .put(key + "cpuBrowsersSeconds", browsersCpu).put(key + "retainedMBPerSession", perSession);
        cpuMsAll += serverCpu * 1000;
        jitMsAll += jit * 1000;
        stepsAll += steps;
        bytesAll += received;
        wireBytesAll += receivedWire;
        updateBytes += latencies.bytes("update");
        updateWireBytes += latencies.wireBytes("update");
        updates += latencies.count("update");
        failedOrRefused += latencies.failureCount() + latencies.refusedCount();
        if (Double.isNaN(heapPerSession) || sessions - sessionsAfter > heapSessions) {
            heapPerSession = perSession;
            heapSessions = sessions - sessionsAfter;
        }
        return new double[]{serverCpu, jit};
    }

    /** CPU seconds of this test run's embedded MariaDB server (IntegrationTest's data folder); NaN if unknown. */
    private static double databaseCpuSeconds() {
        try {
            long pid = Long.parseLong(Files.readString(Path.of("target", "it-db", "mariadb", "mariadbd.pid")).strip());
            return AppUnderLoad.cpuSeconds(pid);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU time of this JVM: the simulated browsers, and the idle test context beside them. */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // ---- the data: task owners, their projects ----

    private List<Account> seed(int userCount) {
        SignIn.as(users, "admin");
        Person manager = people.createPerson(MANAGER, "负载经理", Role.MANAGER, null, PASSWORD);
        List<Person> owners = new ArrayList<>();
        for (int i = 1; i <= userCount; i++) {
            owners.add(people.createPerson(String.format("load%03d", i), "负载用户 " + i, Role.MEMBER, null, PASSWORD));
        }
        SignIn.as(users, MANAGER);
        List<Account> accounts = new ArrayList<>();
        int perProject = (userCount + PROJECTS - 1) / PROJECTS;
        List<List<Long>> owned = new ArrayList<>();
        long[] projectIds = new long[PROJECTS];
        for (int p = 0; p < PROJECTS; p++) {
            projectIds[p] = project(p, manager, owners, perProject, owned);
        }
        for (int i = 0; i < userCount; i++) {
            accounts.add(new Account(owners.get(i).getUsername(), projectIds[i % PROJECTS], owned.get(i)));
        }
        SignIn.out();
        return accounts;
    }

    /**
     * The large plan (phases of ten modules of nine tasks, three working days each, in waves of a
     * hundred); each task of a wave precedes its counterpart in the next (finish to start), so the dates
     * hold every link. Owner i of this project (user number p + i * PROJECTS) owns every task whose
     * index is i modulo the owners per project.
     */
    private long project(int p, Person manager, List<Person> owners, int perProject, List<List<Long>> owned) {
        ProjectDetails details = new ProjectDetails();
        details.setName("负载 " + (p + 1) + " · " + TASKS_PER_PROJECT + " tasks");
        details.setManagerId(manager.getId());
        details.setPlannedStart(START);
        long id = projects.create(details);
        java.util.function.IntUnaryOperator ownerIndex = task -> p + (task % perProject) * PROJECTS;
        long[] taskIds = LargePlan.of(TASKS_PER_PROJECT, START).ownedBy(task -> ownerIndex.applyAsInt(task) < owners.size()
                ? owners.get(ownerIndex.applyAsInt(task)) : null).appendTo(workTrees, id);
        LargePlan.linkWaves(jdbc, taskIds);
        while (owned.size() < owners.size()) {
            owned.add(new ArrayList<>());
        }
        for (int i = 0; i < taskIds.length; i++) {
            if (ownerIndex.applyAsInt(i) < owners.size()) {
                owned.get(ownerIndex.applyAsInt(i)).add(taskIds[i]);
            }
        }
        return id;
    }

    // ---- the jar ----

    /**
     * The jar operators run: built with -Pproduction (frontend bundle inside, no dev server). Missing
     * is an error, not a skip: a benchmark that quietly stops running rots.
     */
    private static Path productionJar() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jars = files.filter(f -> f.getFileName().toString().matches("campaign-tracker-.*\\.jar")).toList();
        }
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.stream().anyMatch(e -> e.getName().endsWith("META-INF/VAADIN/webapp/index.html"))
                        && zip.stream().noneMatch(e -> e.getName().contains("/vaadin-dev-server-"))) {
                    return jar;
                }
            }
        }
        throw new IllegalStateException((jars.isEmpty() ? "no jar in target/" : "no production build among " + jars)
                + ": build it first with ./mvnw -Pproduction -DskipTests package");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
