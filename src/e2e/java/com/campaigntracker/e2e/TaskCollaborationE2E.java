package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Working together on tasks, as the demo's people do it in a project of this test's own: 小李 (on a phone)
 * writes "@张经理 主播档期已确认" on 直播带货对接, picking 张经理 by typing {@code @zjl}; 张经理's bell shows it and
 * the notice opens the comment; 小张 uploads a PNG to 主视觉设计; 张经理, its A, sees the image in To accept
 * and accepts it.
 */
class TaskCollaborationE2E extends BrowserTest {

    private static final LocalDate MON = LocalDate.of(2034, 3, 6);

    @Autowired
    Fixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    TimelineService timelines;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_mention_reaches_the_manager_and_the_a_previews_and_accepts_an_uploaded_image() throws IOException {
        SignIn.as(users, "zhang");
        Person zhang = people.findByUsername("zhang").orElseThrow();
        Person xiaoli = people.findByUsername("xiaoli").orElseThrow();
        Person xiaozhang = people.findByUsername("xiaozhang").orElseThrow();
        long projectId = fixtures.project(zhang, "协作演练", MON).phase("执行").module("直播")
                .task("直播带货对接", xiaoli, MON, MON.plusDays(4))
                .task("主视觉设计", xiaozhang, MON, MON.plusDays(4)).activate();
        SignIn.as(users, "zhang");
        long live = task(projectId, "直播带货对接").id();
        long visual = task(projectId, "主视觉设计").id();
        raci.set(projectId, visual, zhang.getId(), null, RaciLetter.A);
        SignIn.out();

        long commentId;
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            Page page = phone.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, "xiaoli", "demo");
            page.navigate(url("/" + PlanRoutes.taskDiscussion(projectId, live)));
            assertThat(page.locator("#discussion-title")).hasText("\"直播带货对接\"的讨论");
            Locator text = page.locator("#new-comment-text textarea");
            text.pressSequentially("@zjl");
            Locator offer = page.locator("#new-comment-offers-" + zhang.getId());
            assertThat(offer).containsText("张经理");
            offer.click();
            assertThat(text).hasValue("@张经理 ");
            text.pressSequentially("主播档期已确认");
            page.locator("#send-comment").click();
            Locator comment = page.locator(".comment").filter(new Locator.FilterOptions().setHasText("主播档期已确认"));
            assertThat(comment).isVisible();
            assertThat(comment.locator(".comment-author")).hasText("小李");
            commentId = Long.parseLong(comment.getAttribute("id").substring("comment-".length()));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/discussion-phone.png"))); // to look at
        }

        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 900))) {
            Page page = desktop.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, "zhang", "demo");
            assertThat(page.locator("#unread-count")).isVisible();
            page.locator("#notification-bell").click();
            Locator notice = page.locator(".notice.unread").filter(new Locator.FilterOptions()
                    .setHasText("小李 在\"直播带货对接\""));
            assertThat(notice).containsText("中提到了您：@张经理 主播档期已确认");
            notice.click();
            page.waitForURL(u -> u.contains("comment=" + commentId));
            Locator opened = page.locator("#comment-" + commentId);
            assertThat(opened).isInViewport();
            assertThat(opened).hasClass(java.util.regex.Pattern.compile("highlighted"));
        }

        Path png = Files.createTempFile("主视觉-", ".png");
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC8102E));
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
        try (BrowserContext designer = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 900))) {
            Page page = designer.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, "xiaozhang", "demo");
            page.navigate(url("/" + PlanRoutes.taskDiscussion(projectId, visual)));
            page.locator("#file-upload input[type=file]").setInputFiles(png);
            assertThat(page.locator(".file-line a").filter(new Locator.FilterOptions().setHasText(
                    png.getFileName().toString()))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/task-files.png")));
        } finally {
            Files.deleteIfExists(png);
        }
        SignIn.as(users, "xiaozhang");
        timelines.setProgress(visual, task(projectId, "主视觉设计").version(), 100);
        SignIn.out();

        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 900))) {
            Page page = desktop.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, "zhang", "demo");
            page.navigate(url("/acceptances"));
            Locator card = page.locator("#acceptance-" + visual);
            Locator thumb = card.locator(".acceptance-files img");
            assertThat(thumb).isVisible();
            assertThat(((Number) thumb.evaluate("img => img.complete ? img.naturalWidth : 0")).intValue())
                    .as("the image itself is shown, not a broken link").isEqualTo(120);
            String href = card.locator(".acceptance-files a").getAttribute("href");
            APIResponse preview = desktop.request().get(url("/" + href));
            assertThat(preview.status()).isEqualTo(200);
            assertThat(preview.headers().get("content-type")).isEqualTo("image/png");
            assertThat(preview.headers().get("content-disposition")).startsWith("inline");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/acceptance-files.png")));
            page.locator("#accept-" + visual).click();
            assertThat(page.locator("vaadin-notification-card")).containsText("主视觉设计 已完成：交付物已验收。");
        }
        SignIn.as(users, "zhang");
        assertThat(task(projectId, "主视觉设计").storedStatus()).isEqualTo(ProgressStatus.DONE);
    }

    private WorkItemRow task(long projectId, String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }
}
