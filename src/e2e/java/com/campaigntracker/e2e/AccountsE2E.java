package com.campaigntracker.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.campaigntracker.Application;
import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Accounts in the browser (issue 19, H1): no demo password in production, the forced change, one's own password. */
class AccountsE2E extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;

    /** A second context installs its own SecurityContextHolder strategy (a static): the shared one's is put back. */
    private org.springframework.security.core.context.SecurityContextHolderStrategy shared;

    @org.junit.jupiter.api.BeforeEach
    void keepTheSharedStrategy() {
        shared = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(shared);
        SignIn.out();
    }

    @Test
    void the_app_started_without_demo_data_refuses_admin_admin() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = IntegrationTest.freshDataDir(Path.of("target", "e2e-production-db"));
        // as an operator starts the jar: no app.demo-data, no initial password; its own data folder and port
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=" + port, "--app.data-dir=" + dir, "--app.scheduling.enabled=false",
                "--vaadin.devmode.devTools.enabled=false", "--spring.jmx.enabled=false");
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            for (String[] known : new String[][]{{"admin", "admin"}, {"zhang", "demo"}}) {
                page.navigate("http://localhost:" + port + "/login");
                page.locator("input[name=username]").fill(known[0]);
                page.locator("input[name=password]").fill(known[1]);
                page.locator("input[name=password]").press("Enter");
                assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            }
            page.navigate("http://localhost:" + port + "/projects");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
    }

    @Test
    void a_first_sign_in_after_a_reset_forces_the_password_change() {
        Person person = fixtures.member("e2e-forced", "首次登录");
        SignIn.as(users, "admin");
        people.resetPassword(person.getId(), "handed-over-42");
        SignIn.out();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            signIn(page, person.getUsername(), "handed-over-42");
            assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
            page.navigate(url("/projects"));
            assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
            assertThat(page.getByText("Choose your own password").first()).isVisible();

            changePassword(page, "handed-over-42", "chosen-by-me-42");
            assertThat(page.getByText("Your password has been changed.")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            assertThat(page).not().hasURL(Pattern.compile(".*/account/password$"), // on to the start page
                    new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(30_000));
            page.navigate(url("/projects"));
            assertThat(page).hasURL(Pattern.compile(".*/projects$"));
        }
    }

    @Test
    void a_person_changes_their_own_password_and_signs_in_with_it() {
        Person person = fixtures.member("e2e-own", "自己改密");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            signIn(page, person.getUsername(), Fixtures.PASSWORD);
            page.navigate(url("/account"));
            changePassword(page, Fixtures.PASSWORD, "my-new-phrase-77");
            assertThat(page.getByText("Your password has been changed.")).isVisible();

            page.locator("#logout").click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            page.locator("input[name=username]").fill(person.getUsername());
            page.locator("input[name=password]").fill(Fixtures.PASSWORD);
            page.locator("input[name=password]").press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            signIn(page, person.getUsername(), "my-new-phrase-77");
            assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        }
    }

    private static void changePassword(Page page, String current, String chosen) {
        page.locator("#current-password input").fill(current);
        page.locator("#new-own-password input").fill(chosen);
        page.locator("#confirm-password input").fill(chosen);
        page.locator("#change-password").click();
    }
}
