package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.LargePlan;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.UidlAnswer;
import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What opening a 500-task Gantt sends to the browser, as the load test's task owner opens it (read-only,
 * in Chinese) and as its manager does: the answer written by Vaadin's own UidlWriter, in bytes, as production
 * mode sends it. The plan is the load test's: phases of ten modules of nine tasks, links from each task
 * to the one a hundred later. Issue 21 asks for at most 50 KB a step on average; this step was ~245 KB, the
 * chart's data alone now about 17 KB (by column, texts once, tooltips asked for on hover).
 */
class GanttFirstLoadUiTest extends KaribuTest {

    private static final LocalDate START = LocalDate.of(2031, 3, 3);
    private static final int TASKS = 500;
    /**
     * 45.4 KB measured 2026-12-05 (55 KB before the filters became combo boxes, whose choices travel when
     * opened): 17 KB of it the chart's data, the rest the page around it (header, menu, toolbar).
     */
    private static final int LIMIT = 50 * 1024;

    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService workTrees;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_500_task_gantt_opens_in_at_most_50_KB_for_an_owner_and_for_its_manager() {
        SignIn.as(users, "admin");
        String prefix = "gfl" + System.nanoTime() % 1_000_000;
        Person manager = people.createPerson(prefix + "m", "首载经理", Role.MANAGER, null, "secret");
        List<Person> owners = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            owners.add(people.createPerson(prefix + "o" + i, "首载用户 " + (i + 1), Role.MEMBER, null, "secret"));
        }
        SignIn.as(users, manager.getUsername());
        long projectId = plan(manager, owners);

        for (String who : List.of(owners.get(0).getUsername(), manager.getUsername())) {
            signIn(who);
            useLocale(AppLocales.CHINESE);
            UI ui = UI.getCurrent();
            ui.navigate("account");
            uidl(ui);
            ui.navigate("projects/" + projectId + "/gantt");
            int bytes = uidl(ui);
            Gantt gantt = _get(Gantt.class);
            System.out.printf("Gantt of %d tasks opened by %s: %,d bytes (%.1f KB)%n", TASKS, who, bytes, bytes / 1024.0);
            assertThat(gantt.getTasks()).hasSizeGreaterThan(TASKS);
            assertThat(gantt.getLinks()).hasSize(TASKS - 100);
            assertThat(bytes).isLessThanOrEqualTo(LIMIT);
        }
    }

    /** The load test's plan (see {@link LargePlan}), its tasks shared out among the owners in turn. */
    private long plan(Person manager, List<Person> owners) {
        long id = TestPlans.project(projects, people, manager.getUsername(), "首载", START);
        LargePlan.linkWaves(jdbc, LargePlan.of(TASKS, START).ownedBy(task -> owners.get(task % owners.size()))
                .appendTo(workTrees, id));
        return id;
    }

    /** The answer the server would send now, in bytes; with -Dgantt.dump also in target/gantt-first-load.json. */
    private static int uidl(UI ui) {
        return UidlAnswer.bytes(ui,
                Boolean.getBoolean("gantt.dump") ? java.nio.file.Path.of("target", "gantt-first-load.json") : null);
    }
}
