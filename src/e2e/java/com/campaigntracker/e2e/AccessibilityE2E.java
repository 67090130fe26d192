package com.campaigntracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.SignIn;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every main page, as the demo's administrator sees it with a running campaign, passes axe-core's WCAG 2
 * A/AA rules with no serious or critical violation; so do the login page and the main dialogs.
 */
// the words and the accessibility of the pages do not depend on the day: .ci/run checks them in its run at
// the real today, and its runs at the hard days (-Dtest.today, app.today) spend their time on the dates
@DisabledIfSystemProperty(named = "app.today", matches = ".+", disabledReason = "checked in the run at the real today")
class AccessibilityE2E extends BrowserTest {

    static final String DEMO_CAMPAIGN = "双十一节日促销";
    /** Owns open tasks in the demo's running campaigns. */
    static final String DEMO_OWNER = "xiaoli";

    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;

    @Test
    void every_main_page_and_dialog_passes_axe_without_serious_or_critical_violations() {
        long projectId = demoProject(projects, users);
        List<String> found = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1500, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(20000);
            for (String path : MainPages.SIGNED_OUT) {
                page.navigate(url(path));
                found.addAll(AxeCheck.violations(page, path));
            }
            signIn(page, "admin", "admin");
            for (String path : Stream.concat(MainPages.GLOBAL.stream(), MainPages.forProject(projectId).stream())
                    .toList()) {
                page.navigate(url(path));
                found.addAll(AxeCheck.violations(page, path));
            }
            found.addAll(dialogs(page, projectId));
        }
        found.addAll(progressUpdateDialog());
        assertThat(found).as("serious or critical accessibility violations (page | rule | target | why | html)")
                .isEmpty();
    }

    /** The project form, opened from the plan. */
    private List<String> dialogs(Page page, long projectId) {
        List<String> found = new ArrayList<>();
        page.navigate(url("/projects/" + projectId + "/plan"));
        AxeCheck.settle(page);
        page.locator("#edit-project").click();
        page.locator("vaadin-dialog-overlay").waitFor();
        found.addAll(AxeCheck.violations(page, "plan: edit project dialog"));
        return found;
    }

    /** The quick progress update, as an owner of the demo opens it on My tasks (opened, not saved). */
    private List<String> progressUpdateDialog() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1500, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(20000);
            signIn(page, DEMO_OWNER, "demo");
            page.navigate(url("/my-tasks"));
            AxeCheck.settle(page);
            page.locator(".task-card-actions vaadin-button[id^=update-]").first().click();
            page.locator("vaadin-dialog-overlay").waitFor();
            return AxeCheck.violations(page, "my tasks: progress update dialog");
        }
    }

    static long demoProject(ProjectService projects, UserDetailsService users) {
        SignIn.as(users, "admin");
        try {
            return projects.visibleProjects().stream().filter(p -> p.name().equals(DEMO_CAMPAIGN))
                    .mapToLong(ProjectSummary::id).findFirst().orElseThrow();
        } finally {
            SignIn.out();
        }
    }
}
