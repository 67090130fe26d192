package com.campaigntracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** How long sessions live (issue 19, M2 and L2), over real HTTP and Tomcat's own sessions. */
class AccountSessionsIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountSessions sessions;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ServletWebServerApplicationContext server;

    @Autowired
    com.campaigntracker.MutableClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void an_open_tab_whose_only_requests_are_heartbeats_is_signed_out_after_thirty_minutes() {
        Person person = fixtures.member("session-idle", "走开了");
        clock.setTo(clock.instant());
        WebClient tab = new WebClient(port);
        tab.signIn(person.getUsername(), Fixtures.PASSWORD);
        assertThat(tab.get("/projects").statusCode()).isEqualTo(200);

        clock.advance(java.time.Duration.ofMinutes(20));
        tab.postJson("/?v-r=heartbeat&v-uiId=0");
        clock.advance(java.time.Duration.ofMinutes(11));
        tab.postJson("/?v-r=heartbeat&v-uiId=0");

        assertThat(tab.get("/projects").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void a_tab_in_use_stays_signed_in() {
        Person person = fixtures.member("session-busy", "在用");
        clock.setTo(clock.instant());
        WebClient tab = new WebClient(port);
        tab.signIn(person.getUsername(), Fixtures.PASSWORD);
        assertThat(tab.get("/projects").statusCode()).isEqualTo(200);

        clock.advance(java.time.Duration.ofMinutes(20));
        assertThat(tab.get("/projects").statusCode()).isEqualTo(200);
        clock.advance(java.time.Duration.ofMinutes(21));
        tab.postJson("/?v-r=heartbeat&v-uiId=0");

        assertThat(tab.get("/projects").statusCode()).as("41 minutes on, 21 since the last click").isEqualTo(200);
    }

    @Test
    void an_anonymous_session_lives_five_minutes_and_a_signed_in_one_thirty() {
        Person person = fixtures.member("session-timeout", "超时");
        WebClient browser = new WebClient(port);
        browser.get("/login");
        assertThat(tomcatSession(browser).getMaxInactiveInterval()).as("the login page's session").isEqualTo(5 * 60);

        browser.postForm(person.getUsername(), Fixtures.PASSWORD);
        assertThat(browser.get("/projects").statusCode()).isEqualTo(200);

        assertThat(tomcatSession(browser).getMaxInactiveInterval()).as("signed in").isEqualTo(30 * 60);
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one() {
        Person person = fixtures.member("session-own", "自己改密码");
        WebClient elsewhere = new WebClient(port);
        elsewhere.signIn(person.getUsername(), Fixtures.PASSWORD);
        assertThat(elsewhere.get("/projects").statusCode()).isEqualTo(200);
        PersonPrincipal here = (PersonPrincipal) SignIn.as(users, person.getUsername()).getPrincipal();

        transactions.executeWithoutResult(tx -> sessions.endOtherSessions(people.person(person.getId()).orElseThrow()));

        assertThat(sessions.isCurrent(here)).as("the session that changed it goes on").isTrue();
        assertThat(elsewhere.get("/projects").statusCode()).as("the other session ended").isEqualTo(302);
    }

    @Test
    void a_rolled_back_change_leaves_the_current_session_as_it_was() {
        Person person = fixtures.member("session-rollback", "回滚");
        PersonPrincipal here = (PersonPrincipal) SignIn.as(users, person.getUsername()).getPrincipal();

        transactions.executeWithoutResult(tx -> {
            sessions.endOtherSessions(people.person(person.getId()).orElseThrow());
            tx.setRollbackOnly();
        });
        assertThat(sessions.isCurrent(here)).isTrue();
        com.campaigntracker.shared.security.SystemActor.run(
                () -> people.resetPassword(person.getId(), "Another-password-2026"));

        assertThat(sessions.isCurrent(here)).as("a later reset still ends it").isFalse();
    }

    private Session tomcatSession(WebClient browser) {
        String id = browser.sessionId().orElseThrow();
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            Session session = context.getManager().findSession(id);
            assertThat(session).as("Tomcat holds session " + id).isNotNull();
            return session;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
