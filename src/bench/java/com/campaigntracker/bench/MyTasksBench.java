package com.campaigntracker.bench;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.LargePlan;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.TestPlans;
import com.campaigntracker.UidlAnswer;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
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
    PlanRowsService workTrees;

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

        long pageCpu = 0;
        long updateCpu = 0;
        int pageBytes = 0;
        int pageElements = 0;
        int[] updateBytes = new int[3]; // open, tap, save
        int elementsAfter = 0;
        for (int i = 0; i < repeats; i++) {
            ui.navigate("account");
            uidl(ui);
            long cpu = cpu();
            ui.navigate("my-tasks");
            pageBytes = uidl(ui, i == 0 ? "my-tasks-" + owned : null);
            pageCpu += cpu() - cpu;
            pageElements = elements(ui.getElement());

            long taskId = mine.get(i % mine.size());
            while (find(ui.getElement(), "update-" + taskId).isEmpty()) {
                click(ui, "my-tasks-more"); // as the simulated user reaches a task further down
            }
            cpu = cpu();
            updateBytes[0] = click(ui, "update-" + taskId);
            updateBytes[1] = click(ui, "update-percent-" + (25 * (1 + i % 3)));
            updateBytes[2] = click(ui, "update-save");
            updateCpu += cpu() - cpu;
            elementsAfter = elements(ui.getElement());
        }
        int update = updateBytes[0] + updateBytes[1] + updateBytes[2];
        String o = "owned" + owned + ".";
        report.add(String.format(Locale.ROOT, "%d of %d tasks mine: My tasks %.1f KB, %d elements, %.1f ms CPU | "
                        + "update %.1f KB (open %.1f, tap %.1f, save %.1f), %.1f ms CPU, %d elements after", owned, total,
                pageBytes / 1024.0, pageElements, pageCpu / 1e6 / repeats, update / 1024.0, updateBytes[0] / 1024.0,
                updateBytes[1] / 1024.0, updateBytes[2] / 1024.0, updateCpu / 1e6 / repeats, elementsAfter));
        results.put(o + "myTasksKB", pageBytes / 1024.0).put(o + "myTasksElements", pageElements)
                .put(o + "myTasksCpuMs", pageCpu / 1e6 / repeats).put(o + "updateKB", update / 1024.0)
                .put(o + "updateOpenKB", updateBytes[0] / 1024.0).put(o + "updateTapKB", updateBytes[1] / 1024.0)
                .put(o + "updateSaveKB", updateBytes[2] / 1024.0).put(o + "updateCpuMs", updateCpu / 1e6 / repeats)
                .put(o + "elementsAfterUpdate", elementsAfter);
    }

    /**
     * The large plan of {@code total} tasks, its modules numbered through, each wave of a hundred tasks a
     * week after the one before and three days long; every (total / owned)th task is the owner's.
     */
    private List<Long> plan(Person manager, Person owner, Person other, int total, int owned) {
        long id = TestPlans.project(projects, people(), manager.getUsername(), "我的任务基准", START);
        int every = total / owned;
        IntPredicate isMine = task -> task % every == 0 && task / every < owned;
        long[] taskIds = LargePlan.of(total, START).ownedBy(task -> isMine.test(task) ? owner : other)
                .modulesNamed((phase, module) -> "模块 " + (phase * 10 + module + 1))
                .dated(task -> START.plusDays((task / 100) * 7L), s -> s.plusDays(2)).appendTo(workTrees, id);
        return IntStream.range(0, taskIds.length).filter(isMine).mapToObj(i -> taskIds[i]).toList();
    }

    private Person createPerson(String username, Role role) {
        return people().createPerson(username, username, role, null, "bench-secret");
    }

    private PeopleService people() {
        return context.getBean(PeopleService.class);
    }

    /** A click as the client sends it, then the answer's bytes; no Karibu round trip in between. */
    private static int click(UI ui, String id) {
        Button button = find(ui.getElement(), id).flatMap(Element::getComponent).map(Button.class::cast)
                .orElseThrow(() -> new IllegalStateException("no #" + id));
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
        return uidl(ui, id.equals("update-save") ? "save" : id.startsWith("update-percent") ? "tap"
                : id.startsWith("update-") ? "open" : null);
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

    /** The answer's bytes (see {@link UidlAnswer}); with -Dmytasks.dump also in target/bench/{name}.json, to be read. */
    private static int uidl(UI ui, String name) {
        return UidlAnswer.bytes(ui, name != null && Boolean.getBoolean("mytasks.dump")
                ? BenchResults.FILE.resolveSibling(name + ".json") : null);
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }
}
