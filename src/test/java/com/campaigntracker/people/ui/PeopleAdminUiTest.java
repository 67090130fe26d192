package com.campaigntracker.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Role;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An administrator creates, edits, deactivates people and resets a password; bad input keeps what was typed. */
class PeopleAdminUiTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void open() {
        signIn("admin");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("admin/people");
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void save() {
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-person")));
    }

    @Test
    void a_new_person_is_created_and_a_bad_email_keeps_the_form_open_with_what_was_typed() {
        String username = fixtures.username("new");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("add-person")));
        text("person-username").setValue(username);
        text("person-name").setValue("新同事");
        text("person-email").setValue("not-an-address");
        _get(PasswordField.class, spec -> spec.withId("person-password")).setValue("longenough");
        save();
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(text("person-email").getErrorMessage())
                .isEqualTo("这不是有效的电子邮箱地址。");
        assertThat(text("person-name").getValue()).isEqualTo("新同事");

        text("person-email").setValue("new@example.com");
        save();
        assertThat(people.findByUsername(username)).hasValueSatisfying(p -> {
            assertThat(p.getDisplayName()).isEqualTo("新同事");
            assertThat(p.getRole()).isEqualTo(Role.MEMBER);
            assertThat(passwordEncoder.matches("longenough", people.principalFor(username).orElseThrow().getPassword())).isTrue();
        });

        ButtonKt._click(_get(Button.class, spec -> spec.withId("add-person")));
        text("person-username").setValue(username);
        text("person-name").setValue("重名");
        _get(PasswordField.class, spec -> spec.withId("person-password")).setValue("longenough");
        save();
        assertThat(lastNotification()).isEqualTo("用户名“" + username + "”已被占用，请另选一个。");
    }

    @Test
    void an_administrator_deactivates_someone_who_left_and_resets_a_password() {
        String username = fixtures.member("leaver", "离职者").getUsername();
        UI.getCurrent().navigate("admin/people");
        @SuppressWarnings("unchecked")
        Grid<com.campaigntracker.people.Person> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        var leaver = GridKt._findAll(grid).stream().filter(p -> p.getUsername().equals(username)).findFirst().orElseThrow();

        grid.select(leaver);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reset-password")));
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("short");
        save();
        assertThat(lastNotification()).isEqualTo("密码至少 10 个字符。");
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("a-new-password");
        save();
        assertThat(passwordEncoder.matches("a-new-password",
                people.principalFor(username).orElseThrow().getPassword())).isTrue();

        grid.select(GridKt._findAll(grid).stream().filter(p -> p.getUsername().equals(username)).findFirst()
                .orElseThrow()); // the list reloaded after the reset: the person has a new version
        ButtonKt._click(_get(Button.class, spec -> spec.withId("edit-person")));
        assertThat(text("person-username").isReadOnly()).isTrue();
        _get(Checkbox.class, spec -> spec.withId("person-enabled")).setValue(false);
        save();
        assertThat(people.findByUsername(username).orElseThrow().isEnabled()).isFalse();
        assertThat(people.principalFor(username).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void the_last_administrator_can_be_neither_demoted_nor_deactivated() {
        // other tests make administrators of their own: for this one, "admin" is the last one enabled
        java.util.List<Long> others = jdbc.queryForList(
                "select id from person where role = 'ADMIN' and enabled and username <> 'admin'", Long.class);
        others.forEach(id -> jdbc.update("update person set enabled = false where id = ?", id));
        try {
            theLastAdministratorStays();
        } finally {
            others.forEach(id -> jdbc.update("update person set enabled = true where id = ?", id));
        }
    }

    private void theLastAdministratorStays() {
        var admin = people.findByUsername("admin").orElseThrow();
        com.campaigntracker.people.PersonDetails demoted = com.campaigntracker.people.PersonDetails.of(admin);
        demoted.setRole(Role.MANAGER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> people.update(admin.getId(), admin.getVersion(), demoted))
                .hasMessageContaining("people.error.lastAdmin");
        com.campaigntracker.people.PersonDetails deactivated = com.campaigntracker.people.PersonDetails.of(admin);
        deactivated.setEnabled(false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> people.update(admin.getId(), admin.getVersion(), deactivated))
                .hasMessageContaining("people.error.lastAdmin");
        assertThat(people.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }
}
