package com.campaigntracker.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.shared.i18n.AppLocales;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewUiTest extends KaribuTest {

    @Test
    void a_failed_sign_in_shows_a_clear_message_in_the_users_language() {
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        LoginView view = _get(LoginView.class);
        assertThat(form.isError()).isTrue();
        assertThat(view.i18n().getErrorMessage().getTitle()).isEqualTo("用户名或密码错误");
        assertThat(view.i18n().getForm().getSubmit()).isEqualTo("登录");
    }

    @Test
    void a_sign_in_refused_for_too_many_at_once_says_so_rather_than_wrong_password() {
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.BUSY, ""));

        LoginView view = _get(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(view.i18n().getErrorMessage().getTitle()).isEqualTo("同时登录的人太多");

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(view.i18n().getErrorMessage().getTitle()).as("a wrong password afterwards").isEqualTo("用户名或密码错误");
    }

    @Test
    void the_login_page_speaks_english_to_an_english_browser() {
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        LoginView view = _get(LoginView.class);
        assertThat(form.isError()).isFalse();
        assertThat(view.i18n().getForm().getUsername()).isEqualTo("Username");
    }
}
