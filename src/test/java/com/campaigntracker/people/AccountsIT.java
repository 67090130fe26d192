package com.campaigntracker.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditEntry;
import com.campaigntracker.shared.audit.AuditKind;
import com.campaigntracker.shared.security.SystemActor;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts (issue 19): the password rules where passwords are chosen, the forced change after someone else set
 * a password, My account (own password, name, e-mail, language, e-mail choices) and the audit log of
 * administrators' people changes. Each refusal is shown to change nothing.
 */
@RecordApplicationEvents
class AccountsIT extends IntegrationTest {

    @Autowired
    com.campaigntracker.shared.crypto.SecretCipher cipher;

    @Autowired
    PeopleService people;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AdminAuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifier notifier;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    FirstAdministratorSetup setup;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.reset();
    }

    // ---- administrators: rules, forced change, audit ----

    @Test
    void an_administrator_creates_an_account_only_with_a_password_that_follows_the_rules_and_it_must_be_changed() {
        String username = fixtures.username("acc-new");
        SignIn.as(users, admin());
        PersonDetails details = details(username, "新同事");

        for (String weak : List.of("short1", "1234567890", username + "-2026", "woaini1314")) {
            assertThatThrownBy(() -> people.create(details, weak)).isInstanceOf(PeopleAdminException.class);
        }
        assertThat(people.principalFor(username)).isEmpty();

        Person created = people.create(details, "amber-lantern-42");
        assertThat(created.isPasswordChangeRequired()).isTrue();
        List<AuditEntry> entries = log(AuditKind.PERSON_CREATED, created.getId());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.subject()).contains(username);
            assertThat(e.after()).contains("role: MEMBER").contains("enabled: true").doesNotContain("amber");
            assertThat(e.actorName()).isEqualTo(admin());
        });
    }

    @Test
    void a_reset_follows_the_rules_forces_a_change_is_audited_without_the_password_and_tells_the_person() {
        Person person = fixtures.person("acc-reset", "重置的人", Role.MEMBER);
        SignIn.as(users, admin());

        assertThatThrownBy(() -> people.resetPassword(person.getId(), "password123"))
                .isInstanceOfSatisfying(PeopleAdminException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.common"));
        assertThat(encoder.matches(Fixtures.PASSWORD, hashOf(person.getUsername()))).isTrue();
        assertThat(people.passwordChangeRequired(person.getId())).isFalse();
        assertThat(log(AuditKind.PASSWORD_RESET, person.getId())).isEmpty();

        people.resetPassword(person.getId(), "copper-kettle-77");
        assertThat(encoder.matches("copper-kettle-77", hashOf(person.getUsername()))).isTrue();
        assertThat(people.passwordChangeRequired(person.getId())).isTrue();
        assertThat(log(AuditKind.PASSWORD_RESET, person.getId())).singleElement().satisfies(e -> {
            assertThat(e.after()).isEqualTo("password: changed");
            assertThat(e.before() + e.after() + e.reason()).doesNotContain("copper");
        });
        assertThat(events.stream(PasswordWasReset.class)).containsExactly(new PasswordWasReset(person.getId()));
        // ... which tells the person, in the app (and by e-mail where they have an address)
        assertThat(jdbc.queryForList("select message_key from notice where recipient_id = ?", String.class, person.getId()))
                .containsExactly("notice.passwordReset");
    }

    @Test
    void an_administrators_change_of_a_person_is_audited_with_before_and_after() {
        Person person = fixtures.person("acc-change", "改前", Role.MEMBER);
        var department = SystemActor.call(() -> people.createDepartment("审计部" + System.nanoTime()));
        SignIn.as(users, admin());
        PersonDetails details = PersonDetails.of(people.person(person.getId()).orElseThrow());
        details.setDisplayName("改后");
        details.setEmail("after@example.com");
        details.setRole(Role.MANAGER);
        details.setDepartmentId(department.getId());
        details.setEnabled(false);

        people.update(person.getId(), person.getVersion(), details);

        assertThat(log(AuditKind.PERSON_CHANGED, person.getId())).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo("name: 改前 · e-mail: — · role: MEMBER · department: — · enabled: true");
            assertThat(e.after()).isEqualTo("name: 改后 · e-mail: after@example.com · role: MANAGER · department: "
                    + department.getName() + " · enabled: false");
        });
    }

    @Test
    void a_new_department_and_a_new_head_are_audited() {
        Person head = fixtures.person("acc-head", "新主管", Role.HEAD);
        SignIn.as(users, admin());
        Department department = people.createDepartment("审计新部门" + System.nanoTime());
        people.makeHead(department, head);

        List<AuditEntry> created = audit.search(null, AuditKind.DEPARTMENT_CREATED, null, null, 1000);
        assertThat(created).anySatisfy(e -> assertThat(e.subjectId()).isEqualTo(department.getId()));
        assertThat(audit.search(null, AuditKind.DEPARTMENT_HEAD, null, null, 1000))
                .filteredOn(e -> department.getId().equals(e.subjectId())).singleElement().satisfies(e -> {
                    assertThat(e.before()).isEqualTo("head: —");
                    assertThat(e.after()).isEqualTo("head: 新主管 (" + head.getUsername() + ")");
                });
    }

    // ---- My account ----

    @Test
    void a_wrong_current_password_is_refused_without_saying_more_and_changes_nothing() {
        Person person = fixtures.person("acc-own", "改自己", Role.MEMBER);
        SignIn.as(users, person.getUsername());
        String before = hashOf(person.getUsername());

        assertThatThrownBy(() -> people.changeOwnPassword("not-my-password", "violet-harbour-tram"))
                .isInstanceOfSatisfying(PeopleAdminException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.currentPassword"));
        assertThatThrownBy(() -> people.changeOwnPassword(Fixtures.PASSWORD, "qwertyuiop"))
                .isInstanceOfSatisfying(PeopleAdminException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.common"));
        assertThat(hashOf(person.getUsername())).isEqualTo(before);

        people.changeOwnPassword(Fixtures.PASSWORD, "violet-harbour-tram");
        assertThat(encoder.matches("violet-harbour-tram", hashOf(person.getUsername()))).isTrue();
    }

    @Test
    void choosing_ones_own_password_ends_the_forced_change() {
        Person person = fixtures.person("acc-forced", "被重置", Role.MEMBER);
        SignIn.as(users, admin());
        people.resetPassword(person.getId(), "given-by-admin-1");
        SignIn.as(users, person.getUsername());
        assertThat(people.passwordChangeRequired(person.getId())).isTrue();

        assertThatThrownBy(() -> people.changeOwnPassword("given-by-admin-1", "given-by-admin-1"))
                .isInstanceOfSatisfying(PeopleAdminException.class, e -> assertThat(e.messageKey()).isEqualTo("password.error.same"));
        assertThat(people.passwordChangeRequired(person.getId())).isTrue();

        people.changeOwnPassword("given-by-admin-1", "my-own-choice-2");
        assertThat(people.passwordChangeRequired(person.getId())).isFalse();
    }

    @Test
    void name_e_mail_language_and_e_mail_choices_are_saved_and_a_stale_form_is_refused() {
        Person person = fixtures.person("acc-prefs", "旧名", Role.MEMBER);
        SignIn.as(users, person.getUsername());
        AccountDetails mine = people.myAccount();
        AccountDetails stale = people.myAccount();
        mine.setDisplayName("新名");
        mine.setEmail("me@example.com");
        mine.setLanguage(Locale.ENGLISH);
        mine.setMutedTopics(EnumSet.of(MailTopic.WARNINGS, MailTopic.TASKS));

        people.updateMyAccount(mine);

        AccountDetails saved = people.myAccount();
        assertThat(saved.getDisplayName()).isEqualTo("新名");
        assertThat(saved.getEmail()).isEqualTo("me@example.com");
        assertThat(saved.getLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(saved.getMutedTopics()).containsExactlyInAnyOrder(MailTopic.WARNINGS, MailTopic.TASKS);
        assertThat(people.languageOf(person.getUsername())).contains(Locale.ENGLISH);

        stale.setDisplayName("过时的");
        assertThatThrownBy(() -> people.updateMyAccount(stale))
                .isInstanceOfSatisfying(PeopleAdminException.class, e -> assertThat(e.messageKey()).isEqualTo("people.error.conflict"));
        assertThat(people.myAccount().getDisplayName()).isEqualTo("新名");
    }

    @Test
    void the_notifier_e_mails_only_the_notices_a_person_still_wants_by_e_mail() {
        Person person = fixtures.person("acc-mail", "邮件选择", Role.MEMBER);
        String address = person.getUsername() + "@example.com";
        SignIn.as(users, person.getUsername());
        AccountDetails mine = people.myAccount();
        mine.setEmail(address);
        mine.setMutedTopics(EnumSet.of(MailTopic.WARNINGS));
        people.updateMyAccount(mine);
        SignIn.out();

        SystemActor.run(() -> transaction.executeWithoutResult(s -> {
            notifier.notify(new Notification(List.of(person.getId()), null, "notice.warning.LATE", List.of("甲", "乙"), null));
            notifier.notify(new Notification(List.of(person.getId()), null, "notice.kickoff", List.of("甲", "乙"), null));
        }));

        // both notices in the app, only the kick-off by e-mail
        assertThat(jdbc.queryForList("select message_key from notice where recipient_id = ? order by id", String.class,
                person.getId())).containsExactly("notice.warning.LATE", "notice.kickoff");
        // the outbox keeps its targets encrypted (secrets at rest): read them as the app does
        assertThat(jdbc.queryForList("select target from outbox_message where kind = 'EMAIL'", String.class).stream()
                .map(cipher::decrypt).filter(address::equals)).hasSize(1);
    }

    @Test
    void signing_in_applies_the_language_the_person_chose() throws Exception {
        Person person = fixtures.person("acc-lang", "语言", Role.MEMBER);
        SignIn.as(users, person.getUsername());
        AccountDetails mine = people.myAccount();
        mine.setLanguage(Locale.SIMPLIFIED_CHINESE);
        people.updateMyAccount(mine);
        SignIn.out();

        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + person.getUsername() + "&password="
                                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("ct-lang=zh-CN"));
    }

    // ---- the set-up link, where an administrator exists (its first use is in FirstStartIT) ----

    @Test
    void a_set_up_link_is_refused_when_wrong_expired_or_once_an_administrator_exists() {
        long admins = people.countEnabledAdmins();
        String token = SystemActor.call(() -> transaction.execute(s -> setup.issue()));

        assertThatThrownBy(() -> setup.createAdministrator(token + "x", "intruder", "入侵者", "amber-lantern-42"))
                .isInstanceOfSatisfying(PeopleAdminException.class, e -> assertThat(e.messageKey()).isEqualTo("setup.error.token"));
        assertThatThrownBy(() -> setup.createAdministrator(token, "intruder", "入侵者", "amber-lantern-42"))
                .isInstanceOfSatisfying(PeopleAdminException.class, e -> assertThat(e.messageKey()).isEqualTo("setup.error.done"));
        clock.advance(Duration.ofHours(25));
        assertThatThrownBy(() -> setup.createAdministrator(token, "intruder", "入侵者", "amber-lantern-42"))
                .isInstanceOfSatisfying(PeopleAdminException.class, e -> assertThat(e.messageKey()).isEqualTo("setup.error.token"));

        assertThat(people.principalFor("intruder")).isEmpty();
        assertThat(people.countEnabledAdmins()).isEqualTo(admins);
        assertThat(jdbc.queryForList("select token_hash from setup_token", String.class)).doesNotContain(token)
                .contains(FirstAdministratorSetup.hash(token));
    }

    private String admin() {
        return "admin"; // the demo's administrator (the demo is loaded for these tests)
    }

    private String hashOf(String username) {
        return people.principalFor(username).orElseThrow().getPassword();
    }

    private List<AuditEntry> log(AuditKind kind, long personId) {
        SignIn.as(users, admin());
        return audit.search(personId, kind, null, null, 100).stream()
                .filter(e -> e.subjectId() != null && e.subjectId() == personId).toList();
    }

    private static PersonDetails details(String username, String name) {
        PersonDetails d = new PersonDetails();
        d.setUsername(username);
        d.setDisplayName(name);
        d.setRole(Role.MEMBER);
        return d;
    }
}
