package com.campaigntracker.bench;

import com.campaigntracker.LargePlan;
import com.campaigntracker.TestPlans;
import com.campaigntracker.SignIn;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.e2e.BrowserTest;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.schedule.CriticalPath;
import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.schedule.Link;
import com.campaigntracker.schedule.Propagation;
import com.campaigntracker.schedule.Span;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Figures for the Gantt (not a test: nothing is asserted on time; a step that fails fails the run).
 * Run with {@code ./mvnw verify -Pbench} (add {@code -Dbench.size=small} for a few hundred tasks); it
 * prints one block of results and writes them to {@link BenchResults#FILE}. Synthetic plans: phases of
 * ten modules of nine tasks, tasks three working days long in waves of a hundred, each dependency from
 * one wave to one of the next three (so the dates already satisfy every link).
 */
class GanttBench extends BrowserTest {

    private static final String MANAGER = "bench-manager";
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService workTrees;
    @Autowired
    TimelineService timelines;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();
    private final BenchResults results = new BenchResults("GanttBench");

    @Test
    void gantt_figures() throws Exception {
        BenchSize size = BenchSize.current();
        engine(size.pick(500, 5_000), size.pick(1_000, 10_000));
        SignIn.as(users, "admin");
        if (people.findByUsername(MANAGER).isEmpty()) {
            people.createPerson(MANAGER, "基准经理", Role.MANAGER, null, "bench");
        }
        SignIn.as(users, MANAGER);
        List<Integer> sizes = size.small() ? List.of(300) : List.of(2_000, 10_000);
        List<Long> projectIds = new ArrayList<>();
        for (int tasks : sizes) {
            projectIds.add(createProject(tasks, tasks)); // as many links as tasks
        }
        for (int i = 0; i < sizes.size(); i++) {
            serverTimes(projectIds.get(i), sizes.get(i), size.pick(10, 20));
            chartDrags(projectIds.get(i), sizes.get(i));
        }
        SignIn.out();
        for (int i = 0; i < sizes.size(); i++) {
            browser(projectIds.get(i), sizes.get(i), size.pick(3, 7));
        }
        results.publish("Gantt benchmark", size, report);
    }

    // ---- the scheduling engine alone ----

    private void engine(int taskCount, int linkCount) {
        WorkingDayCalendar calendar = WorkingDayCalendar.mondayToFriday();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            LocalDate s = calendar.shift(START, (i / 100) * 4);
            spans.add(new Span(i, s, calendar.finishFor(s, 3)));
        }
        List<Link> links = randomLinks(taskCount, linkCount, new Random(7)).stream()
                .map(p -> new Link(p[0], p[1], DependencyType.FS, 0)).toList();
        double cpm = median(() -> CriticalPath.compute(spans, links, calendar));
        Map<Long, Span> byId = new HashMap<>();
        spans.forEach(s -> byId.put(s.id(), s));
        Span first = spans.get(0);
        byId.put(first.id(), first.startingOn(calendar.shift(first.start(), 200), calendar));
        Propagation propagation = new Propagation(links, calendar);
        double push = median(() -> propagation.moveSuccessors(List.of(first.id()), byId));
        int moved = propagation.moveSuccessors(List.of(first.id()), byId).size();
        results.put("engine.tasks", taskCount).put("engine.links", linkCount).put("engine.criticalPathMs", cpm)
                .put("engine.pushedSuccessors", moved).put("engine.pushMs", push);
        report.add(String.format(Locale.ROOT, "engine  %,d tasks / %,d links: critical path %.1f ms, "
                + "pushing successors of one task (%,d moved) %.1f ms (median of 20 after warm-up)",
                taskCount, linkCount, cpm, moved, push));
    }

    private static double median(Supplier<?> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        double[] ms = new double[20];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** Pairs of task indexes from one wave of a hundred to one of the next three, no pair twice. */
    private static Set<long[]> randomLinks(int tasks, int count, Random random) {
        Set<String> seen = new java.util.HashSet<>();
        Set<long[]> links = new LinkedHashSet<>();
        int waves = (tasks + 99) / 100;
        while (links.size() < count) {
            int wave = random.nextInt(Math.max(1, waves - 1));
            int to = Math.min(waves - 1, wave + 1 + random.nextInt(3));
            long a = wave * 100L + random.nextInt(100);
            long b = to * 100L + random.nextInt(100);
            if (a < tasks && b < tasks && a != b && seen.add(a + ">" + b)) {
                links.add(new long[] {a, b});
            }
        }
        return links;
    }

    // ---- a saved project ----

    private long createProject(int taskCount, int linkCount) {
        long id = TestPlans.project(projects, people, MANAGER, "基准 " + taskCount, START);
        LargePlan.Rows rows = LargePlan.of(taskCount, START).tasksNamed(task -> "任务 <" + task + ">").rows();
        long t0 = System.nanoTime();
        long[] taskIds = rows.appendTo(workTrees, id);
        LargePlan.link(jdbc, randomLinks(taskCount, linkCount, new Random(11)).stream()
                .map(p -> new long[] {taskIds[(int) p[0]], taskIds[(int) p[1]]}).toList());
        double seconds = (System.nanoTime() - t0) / 1e9;
        results.put("setup." + taskCount + ".rows", rows.all().size()).put("setup." + taskCount + ".links", linkCount)
                .put("setup." + taskCount + ".savedSeconds", seconds);
        report.add(String.format(Locale.ROOT, "setup   project %d: %,d rows (%,d tasks) and %,d links saved in %.1f s",
                id, rows.all().size(), taskCount, linkCount, seconds));
        return id;
    }

    // ---- the server: loading a timeline, saving a drag ----

    /** Loading the timeline (median of 20), then drags of the plan's first task, a week each time, saved. */
    private void serverTimes(long projectId, int taskCount, int drags) {
        double load = median(() -> timelines.timeline(projectId).orElseThrow());
        Timeline timeline = timelines.timeline(projectId).orElseThrow();
        WorkItemRow first = timeline.tree().rows().stream().filter(r -> r.isLeaf()).findFirst().orElseThrow();
        double[] ms = new double[drags];
        int moved = 0;
        for (int i = 0; i < ms.length; i++) {
            WorkItemRow current = timelines.timeline(projectId).orElseThrow().tree().rows().stream()
                    .filter(r -> r.id() == first.id()).findFirst().orElseThrow();
            long t = System.nanoTime();
            moved = timelines.reschedule(current.id(), current.version(), current.plannedStart().plusDays(7),
                    current.plannedFinish().plusDays(7), false).movedItems().size();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        String key = "server." + taskCount + ".";
        results.put(key + "rows", timeline.tree().rows().size()).put(key + "timelineMs", load)
                .put(key + "pushedSuccessors", moved).put(key + "drags", drags)
                .put(key + "dragSavedMedianMs", ms[drags / 2]).put(key + "dragSavedP95Ms", percentile(ms, 95));
        report.add(String.format(Locale.ROOT, "server  %,d tasks (%,d rows): timeline with critical path loaded in "
                        + "%.0f ms (median of 20); drag saved (%,d successors pushed) median %.0f ms, p95 %.0f ms "
                        + "over %d drags", taskCount, timeline.tree().rows().size(), load, moved, ms[drags / 2],
                percentile(ms, 95), drags));
    }

    /** Nearest-rank percentile of sorted figures. */
    private static double percentile(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /**
     * The Gantt's own path for a drag: saved on the timeline the chart shows and that timeline brought up to
     * date in memory (what the view then sends), a drag a second as a user makes them, p95 of 20.
     */
    private void chartDrags(long projectId, int taskCount) throws InterruptedException {
        Timeline shown = timelines.timeline(projectId).orElseThrow();
        long id = shown.tree().rows().stream().filter(WorkItemRow::isLeaf).findFirst().orElseThrow().id();
        double[] ms = new double[20];
        int changed = 0;
        boolean reloads = false;
        for (int i = 0; i < ms.length; i++) {
            WorkItemRow current = shown.tree().find(id).orElseThrow();
            int days = i % 2 == 0 ? 7 : -7;
            long t = System.nanoTime();
            var edit = timelines.reschedule(shown, id, current.version(), current.plannedStart().plusDays(days),
                    current.plannedFinish().plusDays(days), false);
            ms[i] = (System.nanoTime() - t) / 1e6;
            changed = edit.changedItems().size();
            reloads |= edit.timeline().isEmpty();
            shown = edit.timeline().orElseGet(() -> timelines.timeline(projectId).orElseThrow());
            Thread.sleep(1_000); // the warnings' evaluation the drag started runs meanwhile, as between a user's drags
        }
        Arrays.sort(ms);
        double p95 = ms[(int) Math.ceil(ms.length * 0.95) - 1];
        String key = "server." + taskCount + ".";
        results.put(key + "dragAppliedMedianMs", ms[ms.length / 2])
                .put(key + "dragAppliedP95Ms", p95).put(key + "dragChangedItems", changed);
        report.add(String.format(Locale.ROOT, "server  %,d tasks: drag saved and the shown timeline brought up to date "
                        + "(the chart's path, %d items to redraw%s) median %.0f ms, p95 %.0f ms (20 drags)",
                taskCount, changed, reloads ? ", some reloaded" : "", ms[ms.length / 2], p95));
    }

    // ---- the browser: our view, and the bare library as the floor ----

    private void browser(long projectId, int taskCount, int drags) throws IOException, InterruptedException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1600, 900))) {
            Page page = context.newPage();
            signIn(page, MANAGER, "bench");
            // the view: from the click on the project's "Gantt" link to the last bar drawn; the first time
            // warms the server up. From the project's overview, where a user finds that link: the plan's
            // toolbar squeezes it out of sight at this width.
            double cold = 0;
            double view = 0;
            double received = 0;
            int length = 0;
            for (int round = 0; round < 2; round++) {
                page.navigate(url("/projects/" + projectId));
                Locator ganttLink = page.locator("#view-gantt");
                ganttLink.waitFor(new Locator.WaitForOptions().setTimeout(120_000)); // 10,000 tasks take a while
                page.evaluate("() => { document.addEventListener('click', () => { window.__t0 = performance.now(); },"
                        + " { capture: true, once: true });"
                        + " const hook = () => { const proto = customElements.get('ct-gantt').prototype;"
                        + " if (proto.__timed) return; proto.__timed = true; const set = proto.setData;"
                        + " proto.setData = function (json) { window.__received = performance.now();"
                        + " window.__length = typeof json === 'string' ? json.length : JSON.stringify(json).length; set.call(this, json); }; };"
                        + " if (customElements.get('ct-gantt')) hook(); else customElements.whenDefined('ct-gantt').then(hook); }");
                ganttLink.click();
                page.waitForFunction("() => { const g = document.querySelector('ct-gantt'); "
                        + "return g && g.chart && g.chart.getTaskCount() > 0 && document.querySelector('.gantt_task_line'); }",
                        null, new Page.WaitForFunctionOptions().setTimeout(120_000));
                view = ((Number) page.evaluate("() => new Promise(r => requestAnimationFrame(() => "
                        + "requestAnimationFrame(() => r(performance.now() - window.__t0))))")).doubleValue();
                received = ((Number) page.evaluate("() => window.__received - window.__t0")).doubleValue();
                length = ((Number) page.evaluate("() => { if (window.__length == null) throw new Error("
                        + "'ct-gantt setData was never called: the data hook needs updating'); return window.__length; }"))
                        .intValue();
                if (round == 0) {
                    cold = view;
                }
            }
            int tasks = ((Number) page.evaluate("() => document.querySelector('ct-gantt').chart.getTaskCount()")).intValue();
            int links = ((Number) page.evaluate("() => document.querySelector('ct-gantt').chart.getLinks().length")).intValue();
            int drawn = ((Number) page.evaluate("() => document.querySelectorAll('.gantt_task_line').length")).intValue();

            double scroll = ((Number) page.evaluate("() => new Promise(r => { const g = document.querySelector('ct-gantt').chart;"
                    + " const t = performance.now(); g.scrollTo(null, g.getVisibleTaskCount() * 17);"
                    + " requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t))); })"))
                    .doubleValue();

            // drags: from the mouse release to the server's answer applied in the browser, the first task a
            // week later each time; the server's part is the drag's UIDL requests' wait for their first byte
            page.evaluate("() => { const g = document.querySelector('ct-gantt'); g.chart.scrollTo(0, 0);"
                    + " const apply = g.applyChanges.bind(g); window.__applied = null;"
                    + " g.applyChanges = (json) => { apply(json); window.__applied = performance.now(); window.__size = typeof json === 'string' ? json.length : JSON.stringify(json).length; };"
                    + " document.addEventListener('mouseup', () => { window.__up = performance.now(); }, true); }");
            page.waitForTimeout(300);
            String firstTask = (String) page.evaluate("() => { const g = document.querySelector('ct-gantt').chart;"
                    + " let id = null; g.eachTask(t => { if (id == null && t.type === 'task') id = String(t.id); }); return id; }");
            List<Double> serverWaits = new ArrayList<>();
            boolean[] dragging = {false};
            page.onRequestFinished(request -> {
                if (dragging[0] && request.url().contains("v-r=uidl")) {
                    var timing = request.timing();
                    if (timing.responseStart >= 0 && timing.requestStart >= 0) {
                        serverWaits.add(timing.responseStart - timing.requestStart);
                    }
                }
            });
            double[] dragMs = new double[drags];
            double[] serverMs = new double[drags];
            int size = 0;
            for (int d = 0; d < drags; d++) {
                page.evaluate("id => { window.__applied = null; document.querySelector('ct-gantt').chart.showTask(id); }",
                        firstTask);
                page.waitForTimeout(300);
                BoundingBox box = page.locator(".gantt_task_line[data-task-id='" + firstTask + "']").boundingBox();
                double week = ((Number) page.locator("ct-gantt").evaluate("e => e.chart.posFromDate(new Date(2027, 0, 11))"
                        + " - e.chart.posFromDate(new Date(2027, 0, 4))")).doubleValue();
                double x = box.x + box.width / 2;
                double y = box.y + box.height / 2;
                page.mouse().move(x, y);
                page.mouse().down();
                page.mouse().move(x + week, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
                serverWaits.clear();
                dragging[0] = true;
                page.mouse().up();
                page.waitForFunction("() => window.__applied != null", null,
                        new Page.WaitForFunctionOptions().setTimeout(60_000));
                page.waitForTimeout(200); // the requests' finished events
                dragging[0] = false;
                dragMs[d] = ((Number) page.evaluate("() => window.__applied - window.__up")).doubleValue();
                serverMs[d] = serverWaits.stream().mapToDouble(Double::doubleValue).sum();
                size = ((Number) page.evaluate("() => window.__size")).intValue();
            }
            Arrays.sort(dragMs);
            Arrays.sort(serverMs);
            double drag = dragMs[drags / 2];

            double bare = bare(context, projectId);
            String key = "browser." + taskCount + ".";
            results.put(key + "rows", tasks).put(key + "links", links).put(key + "viewMs", view).put(key + "viewFirstMs", cold)
                    .put(key + "dataReceivedMs", received).put(key + "dataCharacters", length)
                    .put(key + "barsInDom", drawn).put(key + "bareDhtmlxMs", bare).put(key + "scrollMs", scroll)
                    .put(key + "viewVsBare", view / bare).put(key + "drags", drags)
                    .put(key + "dragAppliedMedianMs", drag).put(key + "dragAppliedP95Ms", percentile(dragMs, 95))
                    .put(key + "dragServerMedianMs", serverMs[drags / 2])
                    .put(key + "dragServerP95Ms", percentile(serverMs, 95)).put(key + "dragCharacters", size);
            report.add(String.format(Locale.ROOT, "browser %,d tasks (%,d rows) / %,d links: our view %.0f ms from the "
                            + "click to the bars drawn (first time %.0f ms; data in the browser after %.0f ms, %,d "
                            + "characters; %d bars in the DOM: smart rendering); bare dhtmlx with the same data %.0f ms "
                            + "(ours %.2f×); scroll to the middle %.0f ms; drag → saved → update applied median %.0f ms, "
                            + "p95 %.0f ms over %d drags (the server's wait median %.0f ms, p95 %.0f ms), %,d characters "
                            + "sent back", taskCount, tasks, links, view, cold, received, length, drawn, bare, view / bare,
                    scroll, drag, percentile(dragMs, 95), drags, serverMs[drags / 2], percentile(serverMs, 95), size));
        }
    }

    /** The library alone, loading the same tasks and links from a page that does nothing else. */
    private double bare(BrowserContext context, long projectId) throws IOException, InterruptedException {
        Timeline timeline;
        SignIn.as(users, MANAGER);
        try {
            timeline = timelines.timeline(projectId).orElseThrow();
        } finally {
            SignIn.out();
        }
        StringBuilder data = new StringBuilder("{\"data\":[");
        appendTasks(timeline.tree().rows(), timeline, data);
        data.setLength(data.length() - 1);
        data.append("],\"links\":[");
        timeline.dependencies().forEach(d -> data.append("{\"id\":").append(d.id()).append(",\"source\":")
                .append(d.predecessorId()).append(",\"target\":").append(d.successorId()).append(",\"type\":\"0\"},"));
        if (!timeline.dependencies().isEmpty()) {
            data.setLength(data.length() - 1);
        }
        data.append("]}");
        Path codebase = DhtmlxCodebase.codebase();
        byte[] js = Files.readAllBytes(codebase.resolve("dhtmlxgantt.js"));
        byte[] css = Files.readAllBytes(codebase.resolve("dhtmlxgantt.css"));
        String html = "<!doctype html><html><head><meta charset=utf-8><link rel=stylesheet href=/g.css>"
                + "<style>html,body,#g{height:100%;margin:0}</style></head><body><div id=g></div>"
                + "<script>window.__t0 = performance.now();</script><script src=/g.js></script><script>"
                + "fetch('/data.json').then(r => r.json()).then(d => { gantt.config.date_format = '%Y-%m-%d';"
                + " gantt.init('g'); gantt.parse(d); requestAnimationFrame(() => requestAnimationFrame(() =>"
                + " { window.__done = performance.now() - window.__t0; })); });</script></body></html>";
        Page page = context.newPage();
        page.route("http://bare.local/**", (Route route) -> {
            String path = route.request().url().substring("http://bare.local".length());
            switch (path) {
                case "/" -> route.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody(html));
                case "/g.js" -> route.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBodyBytes(js));
                case "/g.css" -> route.fulfill(new Route.FulfillOptions().setContentType("text/css").setBodyBytes(css));
                default -> route.fulfill(new Route.FulfillOptions().setContentType("application/json")
                        .setBody(data.toString()));
            }
        });
        page.navigate("http://bare.local/");
        page.waitForFunction("() => window.__done != null", null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        return ((Number) page.evaluate("() => window.__done")).doubleValue();
    }

    private static void appendTasks(List<WorkItemRow> rows, Timeline timeline, StringBuilder out) {
        Map<Long, Long> parents = new HashMap<>();
        timeline.tree().rows().forEach(r -> r.children().forEach(c -> parents.put(c.id(), r.id())));
        for (WorkItemRow r : rows) {
            out.append("{\"id\":").append(r.id()).append(",\"parent\":").append(parents.getOrDefault(r.id(), 0L))
                    .append(",\"text\":\"").append(r.wbs()).append(' ').append(r.name().replace("\"", "'"))
                    .append("\",\"start_date\":\"").append(r.plannedStart()).append("\",\"end_date\":\"")
                    .append(r.plannedFinish().plusDays(1)).append("\",\"progress\":0,\"open\":true")
                    .append(r.isLeaf() ? "" : ",\"type\":\"project\"").append("},");
        }
    }
}
