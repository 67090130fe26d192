package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The foundation's acceptance walk: sign in, see the example campaign in colour, switch language, sign out. */
class SignInAndLanguageE2E extends BrowserTest {

    @Test
    void a_manager_signs_in_sees_the_campaign_in_colour_switches_to_english_and_signs_out() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1600, 900))) {
            Page page = context.newPage();

            page.navigate(url("/projects"));
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.getByText("让每一场营销活动按计划推进")).isVisible();

            fillLoginForm(page, "zhang", "wrong");
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(page.getByText("用户名或密码错误")).isVisible();

            fillLoginForm(page, "zhang", "demo");
            assertThat(page.locator("#project-grid")).isVisible();
            page.getByText("新品上市推广").first().click();

            Locator tree = page.locator("#work-tree");
            assertThat(tree).isVisible();
            assertThat(tree.getByText("收尾阶段")).isVisible();
            Locator badges = tree.locator(".status-badge");
            assertThat(badges).hasCount(11);
            assertThat(badges.first()).hasText("未开始");
            assertThat(badges.first().evaluate("e => getComputedStyle(e).backgroundColor"))
                    .isEqualTo("rgb(107, 114, 128)"); // the standard grey of 未开始 (dark enough for white text)

            page.locator("#language-switcher").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("English")).click();
            assertThat(page.locator("#work-tree").getByText("Planned start")).isVisible();
            assertThat(page.locator("#work-tree .status-badge").first()).hasText("Not started");
            assertThat(page.getByText("Project manager")).isVisible();

            page.locator("#logout").click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.getByText("Keep every marketing campaign on schedule")).isVisible();
            page.navigate(url("/projects"));
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
    }

    private static void fillLoginForm(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        page.waitForLoadState();
    }
}
