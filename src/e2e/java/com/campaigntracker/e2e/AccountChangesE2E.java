package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonDetails;
import com.campaigntracker.shared.security.SystemActor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 19 in a browser: an open tab of a deactivated person (M2), and guessing at the login form (M3). */
class AccountChangesE2E extends BrowserTest {

    private static final String ADDRESS = "203.0.113.250";

    @Autowired
    Fixtures fixtures;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.update("delete from sign_in_failure where name like 'e2e-lockout%' or name = ?", ADDRESS);
    }

    @Test
    void a_deactivated_persons_open_tab_lands_on_the_login_page_at_the_next_click() {
        Person leaver = fixtures.member("e2e-leaver", "离职者");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            signIn(page, leaver.getUsername(), Fixtures.PASSWORD);
            page.navigate(url("/projects"));
            assertThat(page.locator("#logout")).isVisible();

            SystemActor.run(() -> {
                Person current = people.person(leaver.getId()).orElseThrow();
                PersonDetails details = PersonDetails.of(current);
                details.setEnabled(false);
                people.update(current.getId(), current.getVersion(), details);
            });

            // a click that goes to the server through Vaadin (not a page load): choosing another language
            page.locator("#language-switcher").click();
            // one click event, not Playwright's click: the answer navigates to the login page, whose own
            // language switcher has an item "中文" too, which a retried click would wait on for ever
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("中文")).dispatchEvent("click");

            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.locator("input[name=username]")).isVisible();
            page.navigate(url("/projects"));
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
    }

    @Test
    void the_sixth_wrong_password_is_refused_even_when_the_seventh_is_right() {
        Person person = fixtures.member("e2e-lockout", "猜密码");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setExtraHTTPHeaders(Map.of("X-Forwarded-For", ADDRESS)))) { // as nginx says who the client is
            Page page = context.newPage();
            page.navigate(url("/login"));
            for (int attempt = 1; attempt <= 6; attempt++) {
                fillLoginForm(page, person.getUsername(), "wrong-" + attempt);
                assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
                assertThat(page.getByText("用户名或密码错误")).isVisible();
            }

            fillLoginForm(page, person.getUsername(), Fixtures.PASSWORD);

            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(page.getByText("暂停登录 15 分钟")).isVisible();
            page.navigate(url("/projects"));
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
    }

    private static void fillLoginForm(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        // the form posts, and the answer redirects to a new load of the login page (the same URL after the first)
        page.waitForResponse(r -> r.url().endsWith("/login") && "POST".equals(r.request().method()),
                () -> page.locator("input[name=password]").press("Enter"));
        page.waitForLoadState();
        page.locator("input[name=username]").waitFor();
    }
}
