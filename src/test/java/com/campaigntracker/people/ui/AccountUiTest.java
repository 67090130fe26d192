package com.campaigntracker.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.MailTopic;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** My account, the forced password change after a reset, and the set-up page once an administrator exists. */
class AccountUiTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PasswordEncoder encoder;

    private static PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    @Test
    void after_a_reset_every_page_leads_to_the_password_change_until_the_person_chose_their_own() {
        Person person = fixtures.member("ui-forced", "被迫改密");
        SignIn.as(users, "admin");
        people.resetPassword(person.getId(), "told-by-admin-7");
        signIn(person.getUsername());
        useLocale(AppLocales.CHINESE);

        for (String page : new String[]{"", "projects", "my-tasks", "account", "admin/people"}) {
            UI.getCurrent().navigate(page);
            assertThat(UI.getCurrent().getCurrentView()).as(page).isInstanceOf(ChangePasswordView.class);
        }
        password("current-password").setValue("told-by-admin-7");
        password("new-own-password").setValue("my-own-secret-9");
        password("confirm-password").setValue("my-own-secret-8");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(password("confirm-password").isInvalid()).isTrue();
        assertThat(people.passwordChangeRequired(person.getId())).isTrue();

        password("confirm-password").setValue("my-own-secret-9");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(people.passwordChangeRequired(person.getId())).isFalse();
        UI.getCurrent().navigate("projects");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    void the_guard_takes_the_sign_in_filters_reading_of_the_person_and_asks_again_only_when_it_says_change() {
        Person forced = fixtures.member("ui-reading", "一次读取");
        SignIn.as(users, "admin");
        people.resetPassword(forced.getId(), "told-by-admin-7");
        signIn(forced.getUsername());
        // the filter read "no change required" at the start of this request: the guard does not read again
        reading(new com.campaigntracker.people.AccountSessions.Standing(true, false));
        UI.getCurrent().navigate("projects");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ChangePasswordView.class);

        Person free = fixtures.member("ui-reading", "已改密码");
        signIn(free.getUsername());
        // "required" may have ended within this very request: the database decides
        reading(new com.campaigntracker.people.AccountSessions.Standing(true, true));
        UI.getCurrent().navigate("projects");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    private static void reading(com.campaigntracker.people.AccountSessions.Standing standing) {
        com.vaadin.flow.server.VaadinRequest.getCurrent()
                .setAttribute(com.campaigntracker.people.AccountSessions.Standing.ATTRIBUTE, standing);
    }

    @Test
    void my_account_saves_name_e_mail_and_e_mail_choices_and_refuses_a_wrong_current_password() {
        Person person = fixtures.member("ui-account", "我的账户");
        signIn(person.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("account");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccountView.class);

        _get(TextField.class, spec -> spec.withId("account-name")).setValue("新的名字");
        _get(EmailField.class, spec -> spec.withId("account-email")).setValue("mine@example.com");
        @SuppressWarnings("unchecked")
        CheckboxGroup<MailTopic> mail = _get(CheckboxGroup.class, spec -> spec.withId("account-mail"));
        assertThat(mail.getValue()).containsExactlyInAnyOrder(MailTopic.values()); // everything by default
        Set<MailTopic> wanted = EnumSet.allOf(MailTopic.class);
        wanted.remove(MailTopic.RETROSPECTIVES);
        mail.setValue(wanted);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-account")));
        assertThat(lastNotification()).isEqualTo("账户已保存。");
        var saved = people.myAccount();
        assertThat(saved.getDisplayName()).isEqualTo("新的名字");
        assertThat(saved.getEmail()).isEqualTo("mine@example.com");
        assertThat(saved.getMutedTopics()).containsExactly(MailTopic.RETROSPECTIVES);

        String hash = people.principalFor(person.getUsername()).orElseThrow().getPassword();
        password("current-password").setValue("not-the-password");
        password("new-own-password").setValue("fresh-start-2026");
        password("confirm-password").setValue("fresh-start-2026");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(lastNotification()).isEqualTo("当前密码不正确。");
        assertThat(people.principalFor(person.getUsername()).orElseThrow().getPassword()).isEqualTo(hash);
        assertThat(password("new-own-password").getValue()).isEqualTo("fresh-start-2026"); // what was typed is kept

        password("current-password").setValue(Fixtures.PASSWORD);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(encoder.matches("fresh-start-2026", people.principalFor(person.getUsername()).orElseThrow().getPassword()))
                .isTrue();
    }

    @Test
    void the_set_up_page_refuses_once_an_administrator_exists() {
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("setup", com.vaadin.flow.router.QueryParameters.of("token", "anything"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SetupView.class);
        assertThat(_get(Paragraph.class).getText()).isEqualTo("An administrator exists already: this set-up link works no more.");
    }
}
