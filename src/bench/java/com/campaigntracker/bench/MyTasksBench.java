package com.campaigntracker.bench;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItem;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkTreeService;
import com.campaigntracker.TestPlans;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weight of My tasks and of its update step, as the load test's simulated owner takes them: the
 * UIDL bytes the server answers (written by Vaadin's own UidlWriter, as it would go on the wire), the
 * elements on the page and the server CPU of each step, for an owner of 10 and of 80 tasks in a
 * 500-task plan. Prints figures and writes them to {@link BenchResults#FILE}; asserts nothing.
 */
class MyTasksBench extends KaribuTest {

    private static final LocalDate START = LocalDate.of(2033, 3, 7);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Autowired
    ProjectService projects;
    @Autowired
    WorkTreeService workTrees;

    private final List<String> report = new ArrayList<>();
    private final BenchResults results = new BenchResults("MyTasksBench");

    @Test
    void my_tasks_figures() {
        BenchSize size = BenchSize.current();
        int total = size.pick(200, 500);
        int repeats = size.pick(3, 10);
        for (int owned : new int[] {10, 80}) {
            measure(total, owned, repeats);
        }
        results.publish("My tasks", size, report);
    }

    private void measure(int total, int owned, int repeats) {
        SignIn.as(users, "admin");
        String prefix = "mtb" + owned + "-" + System.nanoTime() % 100000;
        Person manager = createPerson(prefix + "m", Role.MANAGER);
        Person owner = createPerson(prefix + "r", Role.MEMBER);
        Person other = createPerson(prefix + "o", Role.MEMBER);
        SignIn.as(users, manager.getUsername());
        List<Long> mine = plan(manager, owner, other, total, owned);
        SignIn.out();
        signIn(owner.getUsername());
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);

        long[] page = new long[3];
        long[] update = new long[3];
        for (int i = 0; i < repeats; i++) {
            ui.navigate("account");
            uidl(ui);
            long cpu = cpu();
            ui.navigate("my-tasks");
            int bytes = uidl(ui, i == 0 ? "my-tasks-" + owned : null);
            page[0] += cpu() - cpu;
            page[1] = bytes;
            page[2] = elements(ui.getElement());

            long taskId = mine.get(i % mine.size());
            cpu = cpu();
            bytes = click(ui, "update-" + taskId);
            bytes += click(ui, "update-percent-" + (25 * (1 + i % 3)));
            bytes += click(ui, "update-save");
            update[0] += cpu() - cpu;
            update[1] = bytes;
            update[2] = elements(ui.getElement());
        }
        String label = owned + " tasks";
        report.add(String.format(Locale.ROOT, "%-9s my tasks: %7.1f KB, %5d elements, %6.1f ms CPU | update "
                        + "(open, tap, save): %7.1f KB, %5d elements after, %6.1f ms CPU", label, page[1] / 1024.0,
                page[2], page[0] / 1e6 / repeats, update[1] / 1024.0, update[2], update[0] / 1e6 / repeats));
        results.put("owned" + owned + ".myTasksKB", page[1] / 1024.0).put("owned" + owned + ".myTasksElements", page[2])
                .put("owned" + owned + ".myTasksCpuMs", page[0] / 1e6 / repeats)
                .put("owned" + owned + ".updateKB", update[1] / 1024.0)
                .put("owned" + owned + ".elementsAfterUpdate", update[2])
                .put("owned" + owned + ".updateCpuMs", update[0] / 1e6 / repeats);
    }

    /** A plan of {@code total} tasks in phases and modules; every (total / owned)th is the owner's. */
    private List<Long> plan(Person manager, Person owner, Person other, int total, int owned) {
        ProjectDetails details = new ProjectDetails();
        details.setName("我的任务基准 " + System.nanoTime());
        details.setManagerId(manager.getId());
        details.setPlannedStart(START);
        long id = projects.create(details).getId();
        List<PlanRow> rows = new ArrayList<>();
        List<Integer> ownedRows = new ArrayList<>();
        int every = total / owned;
        for (int task = 0; task < total; ) {
            rows.add(TestPlans.row(WorkItemLevel.PHASE, "阶段 " + (task / 90 + 1), null, null, null, null));
            for (int module = 0; module < 10 && task < total; module++) {
                rows.add(TestPlans.row(WorkItemLevel.MODULE, "模块 " + (task / 9 + 1), null, null, null, null));
                for (int t = 0; t < 9 && task < total; t++, task++) {
                    boolean isMine = task % every == 0 && ownedRows.size() < owned;
                    if (isMine) {
                        ownedRows.add(rows.size());
                    }
                    LocalDate s = START.plusDays((task / 100) * 7L);
                    rows.add(TestPlans.row(WorkItemLevel.TASK, "任务 " + (task + 1), isMine ? owner : other, s,
                            s.plusDays(2), null));
                }
            }
        }
        List<WorkItem> saved = workTrees.appendRows(id, rows);
        return ownedRows.stream().map(i -> saved.get(i).getId()).toList();
    }

    private Person createPerson(String username, Role role) {
        return context.getBean(com.campaigntracker.people.PeopleService.class)
                .createPerson(username, username, role, null, "bench-secret");
    }

    /** A click as the client sends it, then the answer's bytes; no Karibu round trip in between. */
    private static int click(UI ui, String id) {
        Button button = find(ui.getElement(), id).flatMap(Element::getComponent).map(Button.class::cast)
                .orElseThrow(() -> new IllegalStateException("no #" + id));
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
        return uidl(ui, id.equals("update-save") ? "save" : null);
    }

    private static Optional<Element> find(Element from, String id) {
        if (id.equals(from.getAttribute("id"))) {
            return Optional.of(from);
        }
        for (Element child : children(from)) {
            Optional<Element> found = find(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<Element> children(Element e) {
        List<Element> all = new ArrayList<>(e.getChildren().toList());
        if (e.isTextNode() || !e.getNode().hasFeature(VirtualChildrenList.class)) {
            return all;
        }
        VirtualChildrenList virtual = e.getNode().getFeature(VirtualChildrenList.class); // dialogs, overlays
        for (int i = 0; i < virtual.size(); i++) {
            all.add(Element.get(virtual.get(i)));
        }
        return all;
    }

    private static int elements(Element e) {
        int n = 1;
        for (Element child : children(e)) {
            n += elements(child);
        }
        return n;
    }

    /** What the server would answer now: every change since the last answer, in bytes of JSON. */
    private static int uidl(UI ui) {
        return uidl(ui, null);
    }

    /** With -Dmytasks.dump, the answer is also written to target/bench/{name}.json to be read. */
    private static int uidl(UI ui, String name) {
        String json = new UidlWriter().createUidl(ui, false).toString();
        if (name != null && Boolean.getBoolean("mytasks.dump")) {
            try {
                java.nio.file.Files.writeString(BenchResults.FILE.resolveSibling(name + ".json"), json);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }
}
