package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.TrackingService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 小李 updates his blocked task from a phone before leaving work: My Tasks and the quick update fit a
 * 375 px screen without sideways scrolling, and the update is saved in a few taps.
 */
class MyTasksOnPhoneE2E extends BrowserTest {

    @Autowired
    ProjectService projects;
    @Autowired
    TrackingService tracking;

    @Test
    void the_owner_updates_a_task_on_a_375px_screen() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(375, 740).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2))) {
            Page page = context.newPage();
            page.setDefaultTimeout(10000);
            page.navigate(url("/"));
            page.locator("input[name=username]").fill("xiaoli");
            page.locator("input[name=password]").fill("demo");
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
        } finally {
            restore();
        }
    }

    private static boolean noSidewaysScroll(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** The demo stays as the other tests expect it: the task blocked again, for its reason. */
    private void restore() {
        SystemActor.run(() -> {
            WorkItemRow task = projects.visibleProjects().stream().filter(p -> p.name().equals("双十一节日促销"))
                    .findFirst().flatMap(p -> projects.workTree(p.id())).orElseThrow().rows().stream()
                    .filter(r -> r.name().equals("直播带货对接")).findFirst().orElseThrow();
            if (task.storedStatus() != ProgressStatus.BLOCKED) {
                tracking.update(task.id(), task.version(), new QuickUpdate(30, ProgressStatus.BLOCKED, "主播档期待确认",
                        null, null));
            }
        });
    }
}
