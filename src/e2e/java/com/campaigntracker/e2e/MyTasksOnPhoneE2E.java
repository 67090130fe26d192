package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.SignIn;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.TrackingService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An owner updates a blocked task from a phone before leaving work: My Tasks and the quick update fit a
 * 375 px screen without sideways scrolling, and the update is saved in a few taps.
 */
class MyTasksOnPhoneE2E extends BrowserTest {

    @Autowired
    ProjectService projects;
    @Autowired
    TrackingService tracking;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    @Test
    void the_owner_updates_a_task_on_a_375px_screen() {
        // a running campaign of its own whose task its owner blocked three working days ago
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate start = calendar.shift(LocalDate.now(clock), -3);
        Person manager = fixtures.manager("phone-m", "手机经理");
        Person owner = fixtures.member("phone-r", "手机小李");
        long projectId = fixtures.project(manager, "手机更新", start).phase("执行").module("渠道")
                .task("直播带货对接", owner, start, calendar.shift(start, 10)).activate();
        SignIn.as(users, owner.getUsername());
        try {
            WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().stream()
                    .filter(r -> r.name().equals("直播带货对接")).findFirst().orElseThrow();
            tracking.update(task.id(), task.version(), new QuickUpdate(30, ProgressStatus.BLOCKED, "主播档期待确认",
                    null, null));
        } finally {
            SignIn.out();
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(375, 740).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2))) {
            Page page = context.newPage();
            page.setDefaultTimeout(10000);
            page.navigate(url("/"));
            page.locator("input[name=username]").fill(owner.getUsername());
            page.locator("input[name=password]").fill(Fixtures.PASSWORD);
            page.locator("input[name=password]").press("Enter");

            assertThat(page).hasURL(Pattern.compile(".*/my-tasks(\\?continue)?$")); // the members' start page
            Locator card = page.locator(".task-card").filter(new Locator.FilterOptions().setHasText("直播带货对接"));
            assertThat(card).isVisible();
            assertThat(card.locator(".status-badge")).hasText("已阻塞");
            assertThat(card).containsText("主播档期待确认");
            assertThat(noSidewaysScroll(page)).as("My Tasks fits 375 px").isTrue();
            assertThat(card.boundingBox().width).isLessThanOrEqualTo(375);

            card.getByText("更新进度").click();
            Locator dialog = page.locator("vaadin-dialog-overlay");
            assertThat(dialog.getByText("更新进度：直播带货对接")).isVisible();
            assertThat(page.locator("#update-save").boundingBox().x + page.locator("#update-save").boundingBox().width)
                    .as("the save button is on screen").isLessThanOrEqualTo(375);
            page.locator("#update-percent-50").click();
            page.locator("#update-status vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("进行中"))
                    .click();
            page.locator("#update-note textarea").fill("主播档期已确认，明天开始对接脚本");
            assertThat(noSidewaysScroll(page)).as("the dialog fits 375 px").isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/phone-dialog.png"))); // how it looks, for people
            page.locator("#update-save").click();

            assertThat(page.getByText("已保存\"直播带货对接\"的进度。")).isVisible();
            assertThat(card.locator(".status-badge")).hasText("进行中");
            assertThat(card).containsText("50%");
        }
    }

    private static boolean noSidewaysScroll(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
