package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.campaigntracker.Fixtures;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A person without a mouse: Tab reaches the main actions of the key pages and Enter carries them out
 * (a progress update on My tasks, a new phase and the project form on the plan, the Gantt's tools, an
 * import, a project in the list, a dashboard tile).
 */
class KeyboardE2E extends BrowserTest {

    /** Enough for the menu, the top bar and a page's tools; more means the action is out of reach. */
    private static final int MAX_TABS = 120;

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    @Test
    void an_owner_updates_progress_on_my_tasks_with_the_keyboard_only() {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate start = calendar.shift(LocalDate.now(clock), -2);
        Person manager = fixtures.manager("kbd-m", "键盘经理");
        Person owner = fixtures.member("kbd-r", "键盘小李");
        long projectId = fixtures.project(manager, "键盘更新", start).phase("执行").module("渠道")
                .task("键盘任务", owner, start, calendar.shift(start, 10)).activate();
        long taskId = row(projectId, "键盘任务").id();

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, owner.getUsername(), Fixtures.PASSWORD);
            page.navigate(url("/my-tasks"));
            AxeCheck.settle(page);

            tabTo(page, "#update-" + taskId);
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-dialog-overlay")).containsText("键盘任务");
            // the dialog puts the focus on the % field once it is open (a round trip): tab from there, as a
            // person does who sees where the focus is, or a late focus would take it back from the 50 % tap
            page.waitForFunction("sel => { const a = document.activeElement; return !!a && !!a.closest(sel); }",
                    "#update-percent");
            tabTo(page, "#update-percent-50");
            page.keyboard().press("Enter");
            tabTo(page, "#update-note");
            page.keyboard().type("键盘录入的进度");
            tabTo(page, "#update-save");
            page.keyboard().press("Enter");

            assertThat(page.getByText("已保存\"键盘任务\"的进度。")).isVisible();
            assertThat(page.locator("#task-" + taskId)).containsText("50%");
        }
    }

    @Test
    void a_manager_adds_a_phase_and_opens_the_project_form_on_the_plan_and_reaches_the_gantt_tools() {
        Person manager = fixtures.manager("kbd-plan", "键盘计划经理");
        LocalDate start = LocalDate.of(2031, 3, 3);
        long projectId = fixtures.project(manager, "键盘计划", start).phase("筹备").module("物料")
                .task("键盘物料", null, start, start.plusDays(4)).create();

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, manager.getUsername(), Fixtures.PASSWORD);
            page.navigate(url("/projects/" + projectId + "/plan"));
            AxeCheck.settle(page);

            tabTo(page, "#add-phase");
            page.keyboard().press("Enter");
            // the new phase opens in the table's editor, its name ready to be typed over
            page.waitForFunction("() => [...document.querySelectorAll('#work-tree input')]"
                    + ".some(i => i.value === '新阶段')");

            page.navigate(url("/projects/" + projectId + "/plan")); // the focus starts again at the top
            AxeCheck.settle(page);
            tabTo(page, "#edit-project");
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-dialog-overlay")).isVisible();
            page.keyboard().press("Escape");
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);

            page.navigate(url("/projects/" + projectId + "/gantt"));
            AxeCheck.settle(page);
            reachAll(page, "#gantt-zoom", "#gantt-critical", "#gantt-baseline", "#gantt-owner", "#gantt-status");
        }
    }

    @Test
    void a_manager_imports_a_table_opens_a_project_and_follows_a_dashboard_tile_with_the_keyboard_only() {
        Person manager = fixtures.manager("kbd-import", "键盘导入经理");

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(20000);
            signIn(page, manager.getUsername(), Fixtures.PASSWORD);
            page.navigate(url("/projects/import"));
            AxeCheck.settle(page);

            tabTo(page, "#import-upload");
            assertThat(page.locator("#import-upload vaadin-button:focus")).hasCount(1); // its upload button
            // the system's file dialog is not drivable here: the file goes to the upload as that dialog would give it
            page.locator("#import-upload input[type=file]")
                    .setInputFiles(Path.of("src/main/resources/demo/seed-progress-table.xlsx"));
            assertThat(page.locator("#import-confirm")).isEnabled();
            tabTo(page, "#import-confirm");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/projects/\\d+/plan$"));

            page.navigate(url("/projects"));
            AxeCheck.settle(page);
            tabTo(page, "#project-grid");
            page.keyboard().press("Tab"); // from the header row to the first project
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/projects/\\d+/plan$"));

            String project = page.url().replaceAll(".*/projects/(\\d+)/plan$", "$1");
            page.navigate(url("/projects/" + project));
            AxeCheck.settle(page);
            tabTo(page, "#tile-warnings");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/warnings\\?project=" + project + "$"));
        }
    }

    private BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1500, 900));
    }

    /** Presses Tab until the focus is on, inside, or around what {@code selector} names. */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if (focusIsAt(page, selector)) {
                return;
            }
        }
        fail(selector + " is not reached with " + MAX_TABS + " presses of Tab; the focus is on "
                + page.evaluate("() => document.activeElement && document.activeElement.outerHTML.slice(0, 200)"));
    }

    /** Presses Tab until the focus has been at each of {@code selectors}, in any order. */
    static void reachAll(Page page, String... selectors) {
        Set<String> missing = new LinkedHashSet<>(List.of(selectors));
        for (int i = 0; i < MAX_TABS && !missing.isEmpty(); i++) {
            page.keyboard().press("Tab");
            missing.removeIf(selector -> focusIsAt(page, selector));
        }
        if (!missing.isEmpty()) {
            fail(missing + " not reached with " + MAX_TABS + " presses of Tab");
        }
    }

    private static boolean focusIsAt(Page page, String selector) {
        return (Boolean) page.evaluate("sel => { const a = document.activeElement;"
                + " return !!a && a !== document.body && (a.matches(sel) || !!a.closest(sel) || !!a.querySelector(sel)); }",
                selector);
    }

    private WorkItemRow row(long projectId, String name) {
        com.campaigntracker.SignIn.as(users, "admin");
        try {
            return projects.workTree(projectId).orElseThrow().rows().stream()
                    .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        } finally {
            com.campaigntracker.SignIn.out();
        }
    }
}
