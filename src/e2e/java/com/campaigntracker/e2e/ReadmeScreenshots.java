package com.campaigntracker.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's screenshots, taken from a running app that holds the demo data (ops/screenshots.sh starts the
 * production jar for it): each page as a person of the demo sees it, in Chinese, under the file name the README
 * shows. A program rather than a test: it checks nothing but that every page it shows opened.
 * Arguments: the app's base address, the folder to write to.
 */
public final class ReadmeScreenshots {

    private static final String LAUNCH = "新品上市推广";
    private static final String RUNNING = "双十一节日促销";
    private static final String FINISHED = "中秋节礼盒促销";
    private static final String EARLIER = "端午节礼盒促销";
    private static final String DEMO_PASSWORD = "demo";
    /** A busy build machine may take a while to answer; a page that never comes still fails the run. */
    private static final double TIMEOUT_MS = 180_000;

    private final Browser browser;
    private final String base;
    private final Path folder;

    private ReadmeScreenshots(Browser browser, String base, Path folder) {
        this.browser = browser;
        this.base = base;
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReadmeScreenshots <base address> <folder>");
        }
        Path folder = Path.of(args[1]);
        Files.createDirectories(folder);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            new ReadmeScreenshots(browser, args[0].replaceAll("/$", ""), folder).takeAll();
        }
    }

    private void takeAll() {
        as("zhang", 1600, 900, 1, page -> {
            String launch = projectPath(page, LAUNCH);
            shot(page, launch + "/plan", "#work-tree", "plan.png");
            open(page, launch + "/gantt", "ct-gantt .gantt_task_line");
            Locator critical = page.locator("#gantt-critical input");
            if (!critical.isChecked()) {
                critical.check();
            }
            settle(page);
            save(page, "gantt.png");
            shot(page, launch + "/raci", ".raci-cell", "raci.png");
        });
        as("zhang", 1400, 1000, 1, page -> {
            shot(page, "/portfolio", "ct-gantt .gantt_task_line", "portfolio.png");
            shot(page, projectPath(page, RUNNING), "#project-name, h2", "dashboard.png");
            shot(page, projectPath(page, FINISHED) + "/retrospective", "h2", "retrospective.png");
            open(page, "/templates", "#templates");
            page.locator("#templates vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("节日"))
                    .first().click();
            settle(page);
            save(page, "templates.png");
            shot(page, "/archive", "vaadin-grid-cell-content", "archive.png");
            open(page, "/archive/compare", "#compare-campaigns");
            Locator choose = page.locator("#compare-campaigns input");
            for (String name : List.of(FINISHED, EARLIER)) {
                choose.click();
                choose.fill(name);
                page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(name))
                        .first().click();
                settle(page);
            }
            choose.press("Escape");
            page.locator("h2").first().click(); // the field closed and unfocused
            settle(page);
            if (page.locator("#compare-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText(FINISHED)).count() == 0) {
                throw new IllegalStateException("the comparison shows no archived campaign");
            }
            save(page, "compare.png");
        });
        as("zhang", 1400, 900, 1, page -> {
            open(page, "/explanations", "[id^=coordinate-]");
            page.locator("[id^=coordinate-]").first().click();
            page.locator("vaadin-dialog-overlay").waitFor();
            settle(page);
            save(page, "coordination.png");
        });
        as("liu", 1400, 900, 1, page -> shot(page, "/escalations", "#escalations", "escalations.png"));
        as("xiaoli", 375, 740, 2, page -> shot(page, "/my-tasks", "vaadin-button", "my-tasks-phone.png"));
    }

    /** A new browser context signed in as one of the demo's people, in Chinese. */
    private void as(String username, int width, int height, double scale, Consumer<Page> shots) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setDeviceScaleFactor(scale).setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"))) {
            context.setDefaultTimeout(TIMEOUT_MS);
            context.setDefaultNavigationTimeout(TIMEOUT_MS);
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill(username);
            page.locator("input[name=password]").fill(username.equals("admin") ? "admin" : DEMO_PASSWORD);
            page.locator("input[name=password]").press("Enter");
            page.waitForURL(u -> !u.contains("/login"));
            shots.accept(page);
        }
    }

    /** The path of a project's pages, found by a click on its name in the project list. */
    private String projectPath(Page page, String name) {
        open(page, "/projects", "vaadin-grid-cell-content");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        page.waitForURL(Pattern.compile(".*/projects/\\d+.*"));
        Matcher id = Pattern.compile("/projects/(\\d+)").matcher(page.url());
        if (!id.find()) {
            throw new IllegalStateException(name + " did not open: " + page.url());
        }
        return "/projects/" + id.group(1);
    }

    private void shot(Page page, String path, String waitFor, String file) {
        open(page, path, waitFor);
        save(page, file);
    }

    private void open(Page page, String path, String waitFor) {
        page.navigate(base + path);
        page.locator(waitFor).first().waitFor();
        settle(page);
    }

    /** Until Vaadin has answered and charts have drawn: nothing in flight, then a moment for animations. */
    private static void settle(Page page) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(1200);
    }

    private void save(Page page, String file) {
        page.mouse().move(0, 0); // no hover state or tooltip in the picture
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(file)));
        System.out.println("wrote " + folder.resolve(file));
    }
}
