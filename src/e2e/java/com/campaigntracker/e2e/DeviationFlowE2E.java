package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.warning.WarningService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The deviation flow as its two people live it: the key visual is late; its owner opens the warning,
 * explains it and proposes dates; the manager accepts them in the coordination dialog;
 * the Gantt then shows the new dates, the printing that follows moved too.
 */
class DeviationFlowE2E extends BrowserTest {

    private static final LocalDate MON = LocalDate.of(2032, 11, 1);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService workTrees;
    @Autowired
    TimelineService timelines;
    @Autowired
    WarningService warnings;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void the_owner_explains_the_manager_accepts_and_the_gantt_shows_the_new_dates() {
        SignIn.as(users, "admin");
        if (people.findByUsername("flow-m").isEmpty()) {
            people.createPerson("flow-m", "流程经理", Role.MANAGER, null, "secret");
            people.createPerson("flow-r", "流程设计师", Role.MEMBER, null, "secret");
        }
        Person r = people.findByUsername("flow-r").orElseThrow();
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        SignIn.as(users, "flow-m");
        long projectId = TestPlans.project(projects, people, "flow-m", "偏差流程", MON);
        workTrees.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "筹备", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "创意", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "新品主视觉", r, MON, MON.plusDays(4), null),
                TestPlans.row(WorkItemLevel.TASK, "门店物料印刷", r, MON.plusDays(7), MON.plusDays(11), "1.1.1")));
        projects.activate(projectId);
        timelines.saveBaseline(projectId);
        WorkItemRow printing = row(projectId, "门店物料印刷");
        clock.setTo(LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZONE).toInstant()); // Wed 10th
        SystemActor.call(() -> warnings.scan());
        SignIn.out();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, "flow-r", "secret");
            // the task's card says what it owes; the owner opens the warning itself
            Locator card = page.locator(".task-card").filter(new Locator.FilterOptions().setHasText("新品主视觉"));
            assertThat(card.getByText("填写偏差说明")).isVisible();
            page.navigate(url("/warnings"));
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("填写偏差说明"))
                    .locator("vaadin-button").click();

            Locator dialog = page.locator("vaadin-dialog-overlay");
            assertThat(dialog.getByText("偏差说明：新品主视觉")).isVisible();
            page.locator("#explanation-cause-type vaadin-radio-button").filter(new Locator.FilterOptions()
                    .setHasText("客观")).click();
            page.locator("#explanation-cause textarea").fill("客户两次修改主视觉方向");
            page.locator("#explanation-measure-0 input").fill("增加一名设计师");
            setDate(page, "#explanation-start", MON.plusDays(9));
            setDate(page, "#explanation-finish", MON.plusDays(10));
            assertThat(page.locator("#explanation-impact")).containsText("其中需顺延 1 项");
            page.locator("#explanation-submit").click();
            assertThat(page.locator("vaadin-notification-card")).containsText("\"新品主视觉\"的偏差说明已提交。");
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, "flow-m", "secret");
            page.navigate(url("/explanations?project=" + projectId + "&state=AWAITING_COORDINATION"));
            page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("协调")).first().click();
            assertThat(page.locator("#coordination-explanation")).containsText("客户两次修改主视觉方向");
            assertThat(page.locator("#coordination-impact")).containsText("门店物料印刷");
            page.locator("#coordination-comment textarea").fill("客户已确认方向，同意顺延");
            page.locator("#coordination-accept").click();
            assertThat(page.locator("vaadin-notification-card"))
                    .containsText("\"新品主视觉\"的新日期已生效，已记录计划修订版 1。");

            page.navigate(url("/projects/" + projectId + "/gantt"));
            WorkItemRow moved = row(projectId, "门店物料印刷");
            assertThat(moved.plannedStart()).isEqualTo(MON.plusDays(11)); // after the key visual's new Thursday
            DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.CHINA);
            Locator cells = page.locator(".gantt_row[data-task-id='" + printing.id() + "'] .gantt_cell");
            assertThat(cells.nth(3)).hasText(shortDate.format(MON.plusDays(11)));
            Locator visual = page.locator(".gantt_row[data-task-id='" + row(projectId, "新品主视觉").id()
                    + "'] .gantt_cell");
            assertThat(visual.nth(4)).hasText(shortDate.format(MON.plusDays(10)));
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/deviation-gantt.png")));
        }
    }

    /** A Vaadin date picker takes an ISO date on its value property, as the user's pick would set it. */
    private static void setDate(Page page, String selector, LocalDate date) {
        page.locator(selector).evaluate("(e, v) => { e.value = v; }", date.toString());
    }

    private WorkItemRow row(long projectId, String name) {
        SignIn.as(users, "flow-m");
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(x -> x.name().equals(name))
                .findFirst().orElseThrow();
    }
}
