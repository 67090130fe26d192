package com.campaigntracker.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.SignInSettings;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import com.campaigntracker.shared.i18n.AppLocales;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewUiTest extends KaribuTest {

    @Autowired
    private AuthenticationContext authentication;

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

    @Test
    void a_sign_in_button_shows_for_each_configured_provider_and_passwords_fold_away_when_switched_off() {
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("login");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("company-sign-in"))).as("the tests' OIDC provider")
                .extracting(Anchor::getHref).containsExactly("oauth2/authorization/company");
        UI.getCurrent().removeAll();

        SignInSettings company = new SignInSettings(false, List.of("admin"), List.of("email"), java.time.Duration.ofDays(14),
                new SignInSettings.Oidc("https://id.example.com/realms/company", "campaign-tracker", null,
                        List.of("openid"), "preferred_username", "name", "email", "department"),
                new SignInSettings.Ldap(null, null, null, null, "ou=people", "(uid={0})", "entryUUID", "uid", "cn",
                        "mail", "departmentNumber"),
                new SignInSettings.Feishu(null, null, "https://accounts.feishu.cn", "https://open.feishu.cn"),
                new SignInSettings.DingTalk("ding-app", "ding-secret", "https://login.dingtalk.com", "https://api.dingtalk.com", "https://oapi.dingtalk.com"),
                new SignInSettings.WeCom(null, null, null, "https://login.work.weixin.qq.com", "https://qyapi.weixin.qq.com"));
        LoginView view = new LoginView(authentication, company);
        UI.getCurrent().add(view);
        view.beforeEnter(enter(QueryParameters.of(LoginView.COMPANY_SIGN_IN_FAILED, "")));

        var buttons = _find(view, Anchor.class, spec -> spec.withClasses("company-sign-in"));
        assertThat(buttons).extracting(Anchor::getText).containsExactly("使用企业账号登录", "使用钉钉登录");
        assertThat(buttons).extracting(Anchor::getHref)
                .containsExactly("oauth2/authorization/company", "oauth2/authorization/dingtalk");
        assertThat(buttons.get(0).getElement().hasAttribute("router-ignore")).as("a page load, not a route").isTrue();
        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("company-sign-in-failed")).getText())
                .startsWith("企业账号登录未成功");
        Details emergency = _get(view, Details.class);
        assertThat(emergency.getSummaryText()).isEqualTo("管理员应急登录");
        assertThat(emergency.isOpened()).isFalse();
        assertThat(emergency.getContent().filter(LoginForm.class::isInstance)).hasSize(1);
    }

    private static BeforeEnterEvent enter(QueryParameters query) {
        UI ui = UI.getCurrent();
        return new BeforeEnterEvent(ui.getInternals().getRouter(), com.vaadin.flow.router.NavigationTrigger.PROGRAMMATIC,
                new com.vaadin.flow.router.Location("login", query), LoginView.class, ui, List.of());
    }
}
