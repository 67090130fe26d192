package com.campaigntracker.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.api.ApiTokenLine;
import com.campaigntracker.api.ApiTokenService;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My account's API tokens: a new one is shown once, stored hashed, listed, and revoked from the list. */
class ApiTokensUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokenService tokens;

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiTokenLine> list() {
        return _get(Grid.class, spec -> spec.withId("api-token-list"));
    }

    @Test
    void a_new_token_is_shown_once_then_listed_by_its_prefix_only_and_revoked_from_the_list() {
        Person person = fixtures.member("ui-token", "令牌用户");
        signIn(person.getUsername());
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("account");

        field("api-token-name").setValue("Nightly export");
        @SuppressWarnings("unchecked")
        Select<Integer> lifetime = _get(Select.class, spec -> spec.withId("api-token-lifetime"));
        lifetime.setValue(30);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("api-token-create")));

        String shown = field("api-token-new").getValue();
        assertThat(shown).startsWith("ctp_").hasSizeGreaterThan(50);
        assertThat(field("api-token-new").isVisible()).isTrue();
        List<ApiTokenLine> mine = tokens.mine();
        assertThat(mine).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Nightly export");
            assertThat(shown).startsWith(t.prefix() + "_");
            assertThat(java.time.Duration.between(t.createdAt(), t.expiresAt()).toDays()).isEqualTo(30);
            assertThat(t.active()).isTrue();
        });
        assertThat(GridKt._size(list())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list(), 0)).contains("Nightly export", mine.get(0).prefix(), "Active")
                .noneMatch(cell -> cell.contains(shown));

        UI.getCurrent().navigate("projects");
        UI.getCurrent().navigate("account"); // the page opened again: the token is nowhere on it
        assertThat(LocatorJ._find(TextField.class, spec -> spec.withId("api-token-new"))).isEmpty();
        assertThat(LocatorJ._find(TextField.class)).noneMatch(f -> f.getValue().contains(shown));

        ButtonKt._click((Button) GridKt._getCellComponent(list(), 0, "revoke"));
        assertThat(tokens.mine()).singleElement().satisfies(t -> {
            assertThat(t.revokedAt()).isNotNull();
            assertThat(t.active()).isFalse();
        });
        assertThat(GridKt._getFormattedRow(list(), 0)).contains("Revoked");
    }

    @Test
    void a_token_without_a_name_is_refused_and_none_is_made() {
        Person person = fixtures.member("ui-token", "令牌无名");
        signIn(person.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("account");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("api-token-create")));

        assertThat(LocatorJ._find(TextField.class, spec -> spec.withId("api-token-new"))).isEmpty();
        assertThat(tokens.mine()).isEmpty();
        assertThat(lastNotification()).isEqualTo("请为令牌命名。");
    }
}
