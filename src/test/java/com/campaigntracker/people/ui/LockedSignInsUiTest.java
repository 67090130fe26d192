package com.campaigntracker.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.SignInThrottle;
import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The People page shows sign-ins locked after repeated failures (M3); an administrator lifts one, audited. */
class LockedSignInsUiTest extends KaribuTest {

    @Autowired
    SignInThrottle throttle;
    @Autowired
    AdminAuditLog auditLog;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private Person locked;

    @AfterEach
    void forgetFailures() {
        if (locked != null) {
            jdbc.update("delete from sign_in_failure where name = ? or name = '192.0.2.77'", locked.getUsername());
        }
    }

    @Test
    void an_administrator_sees_a_locked_account_and_unlocks_it() {
        locked = fixtures.member("locked-ui", "被锁定");
        for (int i = 0; i < 5; i++) {
            throttle.failed(locked.getUsername(), "192.0.2.77");
        }
        signIn("admin");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("admin/people");
        @SuppressWarnings("unchecked")
        Grid<SignInThrottle.Lock> grid = _get(Grid.class, spec -> spec.withId("locks-grid"));
        List<SignInThrottle.Lock> shown = GridKt._findAll(grid);
        int row = shown.stream().map(SignInThrottle.Lock::name).toList().indexOf(locked.getUsername());
        assertThat(row).as("the locked account is listed").isNotNegative();
        assertThat(shown.get(row).failures()).isEqualTo(5);

        ButtonKt._click((Button) GridKt._getCellComponent(grid, row, "unlock"));

        assertThat(lastNotification()).isEqualTo(locked.getUsername() + " 已可以重新登录。");
        assertThat(GridKt._findAll(grid)).noneMatch(l -> l.name().equals(locked.getUsername()));
        assertThat(throttle.standing(locked.getUsername(), "192.0.2.78").locked()).isFalse();
        assertThat(auditLog.search(locked.getId(), AuditKind.ACCOUNT_UNLOCKED, null, null, 5)).hasSize(1);
    }
}
