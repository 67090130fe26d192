package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.MutableClock;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.Person;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.security.SystemActor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What only a browser shows: a bar dragged with the mouse is saved and its successor follows; names stay text. */
class GanttDragE2E extends BrowserTest {

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
    WorkingCalendarService calendars;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;

    @Test
    void dragging_a_bar_a_week_later_saves_it_and_pushes_its_successor_after_a_reload() {
        // a plan of its own in a March without holidays, seen on its Wednesday (the today line shows)
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate start = LocalDate.of(2027, 3, 1);
        clock.setTo(start.plusDays(2).atTime(10, 0).atZone(clock.getZone()).toInstant());
        try {
            dragAWeekLaterIn(start, calendar);
        } finally {
            clock.reset();
        }
    }

    private void dragAWeekLaterIn(LocalDate start, WorkingDayCalendar calendar) {
        Person manager = fixtures.manager("gantt-drag", "甘特拖动经理");
        long projectId = fixtures.project(manager, "拖动测试", start).phase("执行").module("物料")
                .task("物料设计", null, start, calendar.shift(start, 4))
                .task("线上预热", null, calendar.shift(start, 5), calendar.shift(start, 9), "1.1.1")
                .task("正式上线", null, calendar.shift(start, 10), calendar.shift(start, 12), "1.1.2").create();
        dragAWeekLater(manager.getUsername(), projectId, row(projectId, "物料设计"), row(projectId, "线上预热"), calendar);
    }

    private void dragAWeekLater(String manager, long projectId, WorkItemRow design, WorkItemRow warmUp,
                                WorkingDayCalendar calendar) {

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1600, 900))) {
            Page page = context.newPage();
            signIn(page, manager, Fixtures.PASSWORD);
            page.navigate(url("/projects/" + projectId + "/gantt"));
            Locator bar = page.locator(".gantt_task_line[data-task-id='" + design.id() + "']");
            assertThat(bar).isVisible();
            assertThat(page.locator(".gantt_task_link")).hasCount(2);
            assertThat(page.locator(".ct-gantt-today")).hasCount(1);

            // a week to the right on the week scale: seven days, the same weekday
            // (measured inside the chart's range: outside it the library clamps positions)
            LocalDate from = design.plannedStart();
            double week = ((Number) page.locator("ct-gantt").evaluate("(e, d) => e.chart.posFromDate(new Date(d[0], d[1], d[2] + 7))"
                    + " - e.chart.posFromDate(new Date(d[0], d[1], d[2]))",
                    List.of(from.getYear(), from.getMonthValue() - 1, from.getDayOfMonth()))).doubleValue();
            assertThat(week).isPositive();
            BoundingBox box = bar.boundingBox();
            double y = box.y + box.height / 2;
            double x = box.x + box.width / 2;
            page.mouse().move(x, y);
            page.mouse().down();
            page.mouse().move(x + week / 2, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().move(x + week, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().up();
            assertThat(page.locator("vaadin-notification-card")).containsText("1.1.2 线上预热");

            page.reload();
            assertThat(bar).isVisible();
            String shownStart = page.locator(".gantt_row[data-task-id='" + design.id() + "'] .gantt_cell").nth(3)
                    .textContent();
            WorkItemRow movedDesign = row(projectId, "物料设计");
            // lands on a working day: a week later, or the working day after when that is a holiday
            assertThat(movedDesign.plannedStart()).isEqualTo(calendar.onOrAfter(design.plannedStart().plusDays(7)));
            assertThat(movedDesign.duration()).isEqualTo(design.duration());
            assertThat(shownStart).isEqualTo(java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.SHORT).withLocale(java.util.Locale.CHINA)
                    .format(movedDesign.plannedStart()));
            assertThat(row(projectId, "线上预热").plannedStart()).isAfter(warmUp.plannedStart());
        }
    }

    @Test
    void a_task_name_that_looks_like_html_shows_as_text_and_an_arrow_is_deleted_with_a_double_click() {
        SignIn.as(users, "admin");
        if (people.findByUsername("gantt-e2e").isEmpty()) {
            people.createPerson("gantt-e2e", "甘特浏览器经理", Role.MANAGER, null, "secret");
        }
        SignIn.as(users, "gantt-e2e");
        ProjectDetails details = new ProjectDetails();
        details.setName("转义测试");
        details.setManagerId(people.findByUsername("gantt-e2e").orElseThrow().getId());
        LocalDate mon = LocalDate.of(2027, 3, 1);
        details.setPlannedStart(mon);
        long id = projects.create(details);
        String evil = "<img src=x onerror=\"document.title='pwned'\">";
        workTrees.appendRows(id, List.of(
                row(WorkItemLevel.PHASE, "阶段", null, null, null),
                row(WorkItemLevel.MODULE, "模块", null, null, null),
                row(WorkItemLevel.TASK, evil, mon, mon.plusDays(4), null),
                row(WorkItemLevel.TASK, "后续", mon.plusDays(7), mon.plusDays(9), "1.1.1")));
        SignIn.out();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1600, 900))) {
            Page page = context.newPage();
            signIn(page, "gantt-e2e", "secret");
            // from the plan, as a manager goes: the project's views stay whole beside the plan's tools
            page.navigate(url("/projects/" + id + "/plan"));
            page.locator("#view-gantt").click();
            page.waitForURL(u -> u.endsWith("/projects/" + id + "/gantt"));
            assertThat(page.locator("ct-gantt .gantt_grid").getByText(evil, new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(page.locator("ct-gantt img")).hasCount(0);
            assertThat(page).not().hasTitle("pwned");

            // a double click on a bar shows its facts, escaped as well
            BoundingBox bar = page.locator(".gantt_task_line").nth(2).boundingBox();
            page.mouse().dblclick(bar.x + bar.width / 2, bar.y + bar.height / 2);
            Locator facts = page.locator("vaadin-dialog-overlay")
                    .filter(new Locator.FilterOptions().setHas(page.locator("#edit-in-table")));
            assertThat(facts).containsText(evil);
            facts.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("关闭")).click();
            assertThat(facts).hasCount(0);

            // a double click on the arrow asks, then the server removes the dependency
            assertThat(page.locator(".gantt_task_link")).hasCount(1);
            // the middle of a segment of the arrow that nothing covers (its ends touch the bars' link points)
            Object box = page.evaluate("() => { for (const e of document.querySelectorAll('.gantt_task_link .gantt_line_wrapper')) {"
                    + " const b = e.getBoundingClientRect(); const x = b.x + b.width / 2, y = b.y + b.height / 2;"
                    + " const hit = document.elementFromPoint(x, y); if (hit && hit.closest('.gantt_task_link')) return [x, y]; }"
                    + " return null; }");
            List<?> xy = (List<?>) box;
            page.mouse().dblclick(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
            page.locator(".gantt_modal_box .gantt_ok_button").click();
            assertThat(page.locator(".gantt_task_link")).hasCount(0);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/gantt$"));
        }
        SignIn.as(users, "gantt-e2e");
        try {
            assertThat(projects.workTree(id).orElseThrow().rows().get(3).predecessors()).isEmpty();
        } finally {
            SignIn.out();
        }
    }

    private static PlanRow row(WorkItemLevel level, String name, LocalDate start, LocalDate finish, String preds) {
        return TestPlans.row(level, name, null, start, finish, preds);
    }

    private WorkItemRow row(long projectId, String name) {
        return SystemActor.call(() -> projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow());
    }

}
