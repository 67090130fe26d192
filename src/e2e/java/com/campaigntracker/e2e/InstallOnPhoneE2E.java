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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The app installed on a phone's home screen: the page's manifest names it and opens My tasks, its icons are
 * PNGs of their declared sizes, the service worker registers and shows the offline page when the network is
 * gone; and the quick update, opened from a card of My tasks, fits one screen of two common phones with
 * every part of it in view (nothing to scroll to reach Save).
 */
class InstallOnPhoneE2E extends BrowserTest {

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

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_manifest_opens_my_tasks_and_offline_shows_the_offline_page() throws Exception {
        Person owner = ownerOfABlockedTask("pwa-a", "安装小周", "安装测试");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(3))) {
            Page page = context.newPage();
            page.setDefaultTimeout(15000);
            page.navigate(url("/login"));
            String manifestUrl = (String) page.evaluate("() => document.querySelector('link[rel=manifest]').href");
            APIResponse manifestResponse = context.request().get(manifestUrl);
            assertThat(manifestResponse.status()).isEqualTo(200);
            JsonNode manifest = json.readTree(manifestResponse.body());
            assertThat(manifest.path("name").asText()).isEqualTo("营销执行进度跟进");
            assertThat(manifest.path("display").asText()).isEqualTo("standalone");
            URI base = URI.create(manifestUrl);

            // every icon is a PNG of the size it declares (read from the PNG's own header)
            assertThat(manifest.path("icons").size()).isGreaterThanOrEqualTo(2);
            for (JsonNode icon : manifest.path("icons")) {
                APIResponse png = context.request().get(base.resolve(icon.path("src").asText()).toString());
                assertThat(png.status()).as(icon.toString()).isEqualTo(200);
                assertThat(png.headers().get("content-type")).as(icon.toString()).startsWith("image/png");
                assertThat(pngSize(png.body())).as(icon.toString()).isEqualTo(icon.path("sizes").asText());
            }

            // signed in, the start address is My tasks
            signIn(page, owner.getUsername(), Fixtures.PASSWORD);
            page.navigate(base.resolve(manifest.path("start_url").asText()).toString());
            assertThat(page).hasURL(Pattern.compile(".*/my-tasks$"));
            assertThat(page.locator(".task-card").filter(new Locator.FilterOptions().setHasText("安装测试任务")))
                    .isVisible();

            // the service worker registers and is active (its precache, the offline page among it, is in)
            Object scope = page.evaluate("() => navigator.serviceWorker.ready.then(r => r.scope)");
            assertThat(scope).isEqualTo(url("/"));
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");

            // the network is gone: a page of the app shows the offline page, in the browser's language, with retry
            context.setOffline(true);
            page.navigate(url("/my-tasks"));
            assertThat(page.locator("#offline h1:visible")).hasText("网络已断开");
            assertThat(page.locator("#offline button:visible")).hasText("重试");
            assertThat(page.getByText("安装测试任务")).hasCount(0); // the offline page holds nobody's data
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/phone-offline.png")));

            // retry while still offline: the offline page again; back online, the page asked for comes back by itself
            page.locator("#offline button:visible").click();
            page.waitForLoadState();
            assertThat(page).hasURL(Pattern.compile(".*/my-tasks$"));
            assertThat(page.locator("#offline h1:visible")).hasText("网络已断开");
            context.setOffline(false);
            // the offline page reloads itself when the network is back: a whole page load of the app (slow on a busy machine)
            assertThat(page.locator(".task-card").filter(new Locator.FilterOptions().setHasText("安装测试任务")))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30000));
        }
    }

    @Test
    void the_offline_page_speaks_english_to_an_english_browser() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            page.navigate(url("/offline.html"));
            assertThat(page.locator("#offline h1:visible")).hasText("You are offline");
            assertThat(page.locator("#offline button:visible")).hasText("Try again");
        }
    }

    @Test
    void the_quick_update_fits_one_screen_of_a_phone() {
        Person owner = ownerOfABlockedTask("pwa-b", "安装小吴", "一屏更新");
        for (int[] viewport : new int[][] {{390, 844}, {360, 640}}) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                    .setViewportSize(viewport[0], viewport[1]).setIsMobile(true).setHasTouch(true)
                    .setDeviceScaleFactor(3))) {
                Page page = context.newPage();
                page.setDefaultTimeout(15000);
                signIn(page, owner.getUsername(), Fixtures.PASSWORD);
                page.navigate(url("/my-tasks"));
                Locator card = page.locator(".task-card").filter(new Locator.FilterOptions().setHasText("一屏更新任务"));
                card.getByText("更新进度").click();
                Locator overlay = page.locator("vaadin-dialog-overlay");
                assertThat(overlay.getByText("更新进度：一屏更新任务")).isVisible();
                assertThat(page.locator("#update-blocked-reason")).isVisible(); // a blocked task: the longest form

                Map<String, Locator> parts = new LinkedHashMap<>();
                parts.put("% complete", page.locator("#update-percent"));
                parts.put("25 %", page.locator("#update-percent-25"));
                parts.put("100 %", page.locator("#update-percent-100"));
                parts.put("status", page.locator("#update-status"));
                parts.put("why blocked", page.locator("#update-blocked-reason"));
                parts.put("note", page.locator("#update-note"));
                parts.put("add a risk", page.locator("#update-add-risk"));
                parts.put("cancel", page.locator("#update-cancel"));
                parts.put("save", page.locator("#update-save"));
                page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of(
                        "target/phone-update-" + viewport[0] + "x" + viewport[1] + ".png")));
                // the title's own text (wherever the dialog renders it: light DOM or its shadow root)
                @SuppressWarnings("unchecked")
                Map<String, Number> title = (Map<String, Number>) page.evaluate("text => {"
                        + " const overlay = document.querySelector('vaadin-dialog-overlay');"
                        + " for (const root of [overlay, overlay.shadowRoot]) {"
                        + "  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                        + "  for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                        + "   if (n.textContent.includes(text)) { const range = document.createRange(); range.selectNodeContents(n);"
                        + "    const r = range.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; } } }"
                        + " return null; }", "更新进度：一屏更新任务");
                assertThat(title).as("the title at " + viewport[0] + "×" + viewport[1]).isNotNull();
                assertInside("title", viewport, title.get("x").doubleValue(), title.get("y").doubleValue(),
                        title.get("width").doubleValue(), title.get("height").doubleValue());
                for (var part : parts.entrySet()) {
                    BoundingBox box = part.getValue().boundingBox();
                    assertThat(box).as(part.getKey() + " at " + viewport[0] + "×" + viewport[1]).isNotNull();
                    assertInside(part.getKey(), viewport, box.x, box.y, box.width, box.height);
                }
                // and the dialog's content has nothing hidden below to scroll to
                Object scrolls = page.evaluate("() => { const c = document.querySelector('vaadin-dialog-overlay')"
                        + ".shadowRoot.querySelector('[part=content]'); return c.scrollHeight > c.clientHeight + 1; }");
                assertThat(scrolls).as("the dialog scrolls at " + viewport[0] + "×" + viewport[1]).isEqualTo(false);
                page.locator("#update-cancel").click();
            }
        }
    }

    private static void assertInside(String part, int[] viewport, double x, double y, double width, double height) {
        String where = part + " at " + viewport[0] + "×" + viewport[1] + " (" + x + ", " + y + ", " + width + "×" + height + ")";
        assertThat(width * height).as(where + " has a size").isGreaterThan(0);
        assertThat(x).as(where + " left").isGreaterThanOrEqualTo(0);
        assertThat(y).as(where + " top").isGreaterThanOrEqualTo(0);
        assertThat(x + width).as(where + " right").isLessThanOrEqualTo(viewport[0]);
        assertThat(y + height).as(where + " bottom").isLessThanOrEqualTo(viewport[1]);
    }

    /** A running campaign of its own whose one task its new owner blocked two working days ago. */
    private Person ownerOfABlockedTask(String username, String displayName, String project) {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate start = calendar.shift(LocalDate.now(clock), -2);
        Person manager = fixtures.manager(username + "m", displayName + "经理");
        Person owner = fixtures.member(username, displayName);
        String taskName = project + "任务";
        long projectId = fixtures.project(manager, project, start).phase("执行").module("渠道")
                .task(taskName, owner, start, calendar.shift(start, 10)).activate();
        SignIn.as(users, owner.getUsername());
        try {
            WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().stream()
                    .filter(r -> r.name().equals(taskName)).findFirst().orElseThrow();
            tracking.update(task.id(), task.version(), new QuickUpdate(30, ProgressStatus.BLOCKED, "等待供应商报价",
                    null, null));
        } finally {
            SignIn.out();
        }
        return owner;
    }

    /** "WIDTHxHEIGHT" from a PNG's IHDR chunk, after checking its signature. */
    private static String pngSize(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < signature.length; i++) {
            assertThat(png[i]).as("PNG signature byte " + i).isEqualTo(signature[i]);
        }
        assertThat(new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        return readInt(png, 16) + "x" + readInt(png, 20);
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }
}
