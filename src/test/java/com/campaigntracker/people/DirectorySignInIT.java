package com.campaigntracker.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Application;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-in with the company's directory, against real servers started here: an OpenID Connect provider
 * (mock-oauth2-server, from Maven Central) and an LDAP directory (UnboundID's in-memory server). The app runs
 * as a company would run it with both configured and the app's own passwords switched off for everyone but
 * the break-glass administrator ({@code admin}, from APP_INITIAL_ADMIN_PASSWORD), on a data folder of its own.
 */
class DirectorySignInIT {

    private static final String ADMIN_PASSWORD = "orchid-window-58";
    private static final String BASE = "dc=example,dc=com";

    private static SecurityContextHolderStrategy shared;
    private static MockOAuth2Server oidc;
    private static InMemoryDirectoryServer ldap;
    private static ChatPlatformServer platforms;
    private static ConfigurableApplicationContext app;
    private static JdbcTemplate jdbc;
    private static int port;

    @BeforeAll
    static void startTheDirectoriesAndTheApp() throws Exception {
        shared = SecurityContextHolder.getContextHolderStrategy();
        oidc = new MockOAuth2Server();
        oidc.start(0);
        ldap = directory();
        platforms = new ChatPlatformServer();
        Path dir = IntegrationTest.freshDataDir(Path.of("target", "directory-sign-in-db"));
        app = new SpringApplicationBuilder(Application.class, IntegrationTest.TestClock.class).run(
                "--server.port=0", "--app.data-dir=" + dir, "--app.scheduling.enabled=false",
                "--vaadin.devmode.devTools.enabled=false", "--spring.jmx.enabled=false",
                "--app.initial-admin-password=" + ADMIN_PASSWORD,
                "--app.sso.local-passwords=false",
                "--app.sso.oidc.issuer-uri=" + oidc.issuerUrl("company"),
                "--app.sso.oidc.client-id=campaign-tracker",
                "--app.sso.oidc.client-secret=client-secret-for-tests",
                "--app.sso.ldap.url=ldap://127.0.0.1:" + ldap.getListenPort() + "/" + BASE,
                // a generic directory keeps its disabled people out through the search filter
                "--app.sso.ldap.user-search-filter=(&(uid={0})(!(employeeType=disabled)))",
                "--app.sso.feishu.app-id=" + ChatPlatformServer.FEISHU_APP,
                "--app.sso.feishu.app-secret=" + ChatPlatformServer.FEISHU_SECRET,
                "--app.sso.feishu.login-url=" + platforms.url(), "--app.sso.feishu.api-url=" + platforms.url(),
                "--app.sso.dingtalk.client-id=" + ChatPlatformServer.DINGTALK_CLIENT,
                "--app.sso.dingtalk.client-secret=" + ChatPlatformServer.DINGTALK_SECRET,
                "--app.sso.dingtalk.login-url=" + platforms.url(), "--app.sso.dingtalk.api-url=" + platforms.url(),
                "--app.sso.dingtalk.oapi-url=" + platforms.url(),
                "--app.sso.wecom.corp-id=" + ChatPlatformServer.WECOM_CORP,
                "--app.sso.wecom.agent-id=" + ChatPlatformServer.WECOM_AGENT,
                "--app.sso.wecom.secret=" + ChatPlatformServer.WECOM_SECRET,
                "--app.sso.wecom.login-url=" + platforms.url(), "--app.sso.wecom.api-url=" + platforms.url());
        jdbc = app.getBean(JdbcTemplate.class);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        ldap.shutDown(true);
        platforms.close();
        oidc.shutdown();
        SecurityContextHolder.setContextHolderStrategy(shared);
    }

    @Test
    void a_first_company_sign_in_creates_a_member_of_the_directorys_department_and_later_ones_follow_the_directory()
            throws Exception {
        Map<String, Object> claims = claims("Chen.Jing@example.com", "陈静", "chen.jing@example.com", true, "数字营销部");
        String end = companySignIn("oidc-subject-chen", claims);

        assertThat(end).isEqualTo(root());
        Map<String, Object> person = jdbc.queryForMap("select p.id, p.username, p.display_name, p.email, p.role,"
                + " p.directory_source, p.password_change_required, d.name department from person p"
                + " left join department d on d.id = p.department_id where p.directory_subject = 'oidc-subject-chen'");
        assertThat(person).containsEntry("username", "chen.jing").containsEntry("display_name", "陈静")
                .containsEntry("email", "chen.jing@example.com").containsEntry("role", "MEMBER")
                .containsEntry("directory_source", "OIDC").containsEntry("department", "数字营销部");
        assertThat(jdbc.queryForObject("select count(*) from admin_action where kind = 'PERSON_CREATED'"
                + " and subject_id = ? and reason = 'first sign-in through OIDC'", Long.class, person.get("id"))).isEqualTo(1);

        // the authorization request carried PKCE, and the token request its verifier
        RecordedRequest token = takeRequestTo("/company/token");
        assertThat(token.getBody().readUtf8()).contains("code_verifier=").contains("grant_type=authorization_code");

        claims.put("name", "陈静（品牌）");
        claims.put("department", "品牌部");
        assertThat(companySignIn("oidc-subject-chen", claims)).isEqualTo(root());
        assertThat(jdbc.queryForObject("select count(*) from person where directory_subject = 'oidc-subject-chen'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select concat(p.display_name, ' ', d.name) from person p join department d"
                + " on d.id = p.department_id where p.directory_subject = 'oidc-subject-chen'", String.class))
                .isEqualTo("陈静（品牌） 品牌部");
    }

    @Test
    void a_verified_email_links_the_account_a_person_already_has_and_its_local_password_and_tokens_stop_working()
            throws Exception {
        long existing = localAccount("gao.feng", "高峰", "Gao.Feng@Example.com", Role.MANAGER);
        String hashBefore = jdbc.queryForObject("select password_hash from person where id = ?", String.class, existing);
        String tokenBefore = apiToken("gao.feng");
        assertThat(api(tokenBefore)).isEqualTo(200);

        assertThat(companySignIn("oidc-subject-gao", claims("gfeng", "高峰", "gao.feng@example.com", true, null)))
                .isEqualTo(root());

        assertThat(jdbc.queryForMap("select id, role, directory_source, directory_subject from person"
                + " where directory_subject = 'oidc-subject-gao'"))
                .containsEntry("id", existing).containsEntry("role", "MANAGER").containsEntry("directory_source", "OIDC");
        assertThat(jdbc.queryForObject("select password_hash from person where id = ?", String.class, existing))
                .isNotEqualTo(hashBefore);
        assertThat(api(tokenBefore)).as("a token made with the local password").isEqualTo(401);
        // an administrator cannot give the directory's person a password of the app again
        SignIn.as(app.getBean(UserDetailsService.class), "admin");
        try {
            assertThatThrownBy(() -> app.getBean(PeopleService.class).resetPassword(existing, "amber-lantern-77"))
                    .isInstanceOfSatisfying(PeopleAdminException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("people.error.directoryPassword"));
        } finally {
            SignIn.out();
        }
    }

    @Test
    void a_user_name_alone_links_nobody_and_an_administrator_is_never_linked() throws Exception {
        long manager = localAccount("tang.li", "唐丽", null, Role.MANAGER);
        long admin = localAccount("ops.chief", "运维主管", "ops.chief@example.com", Role.ADMIN);

        // DingTalk's user name is never taken for an account's, even the company's own user id
        platforms.dingTalkMember(Map.of("unionid", "union-impostor", "userid", "tang.li", "name", "冒名者", "active", true,
                "email", "tang.li@elsewhere.example"));
        platforms.next("dingtalk", Map.of("unionId", "union-impostor", "nick", "冒名者"));
        signInWith("dingtalk", platforms.url() + "/oauth2/auth", false);
        // nor does an OIDC user name unless the operator asks for it (app.sso.link-by); a verified address of an
        // administrator's links nobody either
        companySignIn("oidc-subject-tang", claims("tang.li", "唐丽", null, false, null));
        companySignIn("oidc-subject-chief", claims("chief", "运维主管", "ops.chief@example.com", true, null));

        assertThat(jdbc.queryForList("select directory_subject from person where id in (?, ?)", String.class, manager, admin))
                .containsOnlyNulls();
        assertThat(jdbc.queryForList("select username from person where directory_subject in"
                + " ('union-impostor', 'oidc-subject-tang', 'oidc-subject-chief') order by username", String.class))
                .containsExactly("chief", "tang.li-2", "tang.li-3");
    }

    @Test
    void a_directorys_persons_api_token_works_only_while_they_keep_signing_in_through_the_directory() throws Exception {
        companySignIn("oidc-subject-feng", claims("feng.yu", "冯宇", "feng.yu@example.com", true, null));
        String token = apiToken("feng.yu");
        assertThat(api(token)).isEqualTo(200);

        MutableClock clock = app.getBean(MutableClock.class);
        try {
            clock.advance(java.time.Duration.ofDays(15)); // app.sso.reverify-after: 14 days
            assertThat(api(token)).as("no sign-in through the directory for 15 days").isEqualTo(401);
            companySignIn("oidc-subject-feng", claims("feng.yu", "冯宇", "feng.yu@example.com", true, null));
            assertThat(api(token)).as("signed in through the directory again").isEqualTo(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void an_unverified_email_links_nobody() throws Exception {
        long existing = localAccount("he.lan", "何兰", "he.lan@example.com", Role.MEMBER);

        companySignIn("oidc-subject-impostor", claims("someone-else", "冒名者", "he.lan@example.com", false, null));

        assertThat(jdbc.queryForObject("select directory_subject from person where id = ?", String.class, existing)).isNull();
        assertThat(jdbc.queryForObject("select username from person where directory_subject = 'oidc-subject-impostor'",
                String.class)).isEqualTo("someone-else");
    }

    @Test
    void a_person_the_app_disabled_is_refused_at_the_company_sign_in() throws Exception {
        companySignIn("oidc-subject-left", claims("left.company", "离职者", "left@example.com", true, null));
        jdbc.update("update person set enabled = false where directory_subject = 'oidc-subject-left'");

        assertThat(companySignIn("oidc-subject-left", claims("left.company", "离职者", "left@example.com", true, null)))
                .isEqualTo(root() + "login?company-sign-in-failed");
    }

    @Test
    void the_directorys_password_signs_a_person_in_through_the_login_form_and_creates_them() throws Exception {
        assertThat(passwordSignIn("lin.wei", "wrong-password")).contains("error");
        assertThat(passwordSignIn("lin.wei", "directory-pass-1")).doesNotContain("error");

        Map<String, Object> person = jdbc.queryForMap("select p.username, p.display_name, p.email, p.role,"
                + " p.directory_source, p.directory_subject, d.name department from person p"
                + " left join department d on d.id = p.department_id where p.username = 'lin.wei'");
        assertThat(person).containsEntry("display_name", "林伟").containsEntry("email", "lin.wei@example.com")
                .containsEntry("role", "MEMBER").containsEntry("directory_source", "LDAP")
                .containsEntry("department", "品牌部");
        String entryUuid = ldap.getEntry("uid=lin.wei,ou=people," + BASE, "entryUUID").getAttributeValue("entryUUID");
        assertThat(person.get("directory_subject")).isEqualTo(entryUuid); // not the DN: an entry may move
    }

    @Test
    void a_person_disabled_in_the_directory_cannot_sign_in() throws Exception {
        assertThat(passwordSignIn("zhao.left", "directory-pass-2")).contains("error");
        assertThat(jdbc.queryForObject("select count(*) from person where username = 'zhao.left'", Long.class)).isZero();
    }

    @Test
    void with_local_passwords_off_only_the_break_glass_administrator_signs_in_with_a_password_of_the_app()
            throws Exception {
        localAccount("local.only", "本地账号", null, Role.MANAGER);

        assertThat(passwordSignIn("local.only", "amber-lantern-42")).contains("error");
        assertThat(passwordSignIn("admin", ADMIN_PASSWORD)).doesNotContain("error");
    }

    @Test
    void feishu_signs_its_people_in_with_pkce_and_the_tenants_mailbox_links_their_account() throws Exception {
        long existing = localAccount("qian.lu", "钱璐", "qian.lu@example.com", Role.MANAGER);
        platforms.next("feishu", Map.of("open_id", "ou_7f3a", "union_id", "on_11", "user_id", "fs1001", "name", "钱璐",
                "enterprise_email", "qian.lu@example.com", "tenant_key", "tenant-1"));

        assertThat(signInWith("feishu", platforms.url() + "/open-apis/authen/v1/authorize", true)).isEqualTo(root());

        assertThat(jdbc.queryForMap("select id, role, directory_source from person where directory_subject = 'ou_7f3a'"))
                .containsEntry("id", existing).containsEntry("role", "MANAGER").containsEntry("directory_source", "FEISHU");
        assertThat(platforms.refusals).isEmpty();
    }

    @Test
    void dingtalk_signs_in_an_active_member_of_the_company_and_nobody_else() throws Exception {
        platforms.dingTalkMember(Map.of("unionid", "union-ding-1", "userid", "sunyue01", "name", "孙悦", "active", true,
                "org_email", "sun.yue@example.com", "dept_id_list", List.of(8)));
        platforms.dingTalkMember(Map.of("unionid", "union-ding-left", "userid", "left01", "name", "离职者", "active", false,
                "dept_id_list", List.of(8)));

        platforms.next("dingtalk", Map.of("unionId", "union-ding-1", "openId", "open-ding-1", "nick", "悦悦",
                "email", "yueyue@personal.example", "stateCode", "86"));
        assertThat(signInWith("dingtalk", platforms.url() + "/oauth2/auth", false)).isEqualTo(root());
        assertThat(jdbc.queryForMap("select p.username, p.display_name, p.email, p.role, p.directory_source, d.name department"
                + " from person p left join department d on d.id = p.department_id where p.directory_subject = 'union-ding-1'"))
                .containsEntry("username", "sunyue01").containsEntry("display_name", "孙悦")
                .containsEntry("email", "sun.yue@example.com").containsEntry("role", "MEMBER")
                .containsEntry("directory_source", "DINGTALK").containsEntry("department", "品牌市场部");

        // a DingTalk account the company does not know, and a member no longer active
        platforms.next("dingtalk", Map.of("unionId", "union-outsider", "nick", "外人", "email", "outsider@example.com"));
        assertThat(signInWith("dingtalk", platforms.url() + "/oauth2/auth", false))
                .isEqualTo(root() + "login?company-sign-in-failed");
        platforms.next("dingtalk", Map.of("unionId", "union-ding-left", "nick", "离职者"));
        assertThat(signInWith("dingtalk", platforms.url() + "/oauth2/auth", false))
                .isEqualTo(root() + "login?company-sign-in-failed");
        assertThat(jdbc.queryForObject("select count(*) from person where directory_subject in ('union-outsider',"
                + " 'union-ding-left')", Long.class)).isZero();
        assertThat(platforms.refusals).isEmpty();
    }

    @Test
    void wecom_signs_an_active_member_in_with_their_department_and_refuses_one_who_left() throws Exception {
        platforms.weComMember(Map.of("userid", "ZhouXin", "name", "周欣", "department", List.of(7), "status", 1,
                "biz_mail", "zhou.xin@example.com"));
        platforms.weComMember(Map.of("userid", "WuLeft", "name", "吴离", "department", List.of(7), "status", 5));

        platforms.next("wecom", Map.of("userid", "ZhouXin"));
        assertThat(signInWith("wecom", platforms.url() + "/wwlogin/sso/login", false)).isEqualTo(root());
        assertThat(jdbc.queryForObject("select concat(p.username, ' ', p.display_name, ' ', d.name) from person p"
                + " join department d on d.id = p.department_id where p.directory_source = 'WECOM'"
                + " and p.directory_subject = 'ZhouXin'", String.class)).isEqualTo("zhouxin 周欣 华东销售部");

        platforms.next("wecom", Map.of("userid", "WuLeft"));
        assertThat(signInWith("wecom", platforms.url() + "/wwlogin/sso/login", false))
                .isEqualTo(root() + "login?company-sign-in-failed");
        assertThat(jdbc.queryForObject("select count(*) from person where directory_subject = 'WuLeft'", Long.class)).isZero();
        assertThat(platforms.refusals).isEmpty();
    }

    // ---- the directories ----

    private static InMemoryDirectoryServer directory() throws Exception {
        var config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: ou=people," + BASE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: uid=lin.wei,ou=people," + BASE, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: lin.wei", "cn: 林伟", "sn: 林",
                "mail: lin.wei@example.com", "departmentNumber: 品牌部", "userPassword: directory-pass-1");
        server.add("dn: uid=zhao.left,ou=people," + BASE, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: zhao.left", "cn: 赵离", "sn: 赵",
                "employeeType: disabled", "userPassword: directory-pass-2");
        server.startListening();
        return server;
    }

    private static Map<String, Object> claims(String username, String name, String email, boolean verified,
                                              String department) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", name);
        claims.put("email", email);
        claims.put("email_verified", verified);
        if (department != null) {
            claims.put("department", department);
        }
        return claims;
    }

    // ---- the browser's part, step by step ----

    /** The company-account button's flow; where the app sends the browser at its end. */
    private static String companySignIn(String subject, Map<String, Object> claims) throws Exception {
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback("company", subject, "JWT", null, claims, 3600));
        return signInWith("company", oidc.issuerUrl("company").toString(), true);
    }

    /** A sign-in button's flow through its provider's page, back to the app; where the app sends the browser at its end. */
    private static String signInWith(String provider, String page, boolean pkce) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String toProvider = redirect(browser, root() + "oauth2/authorization/" + provider);
        assertThat(toProvider).startsWith(page);
        if (pkce) {
            assertThat(toProvider).contains("code_challenge=").contains("code_challenge_method=S256");
        }
        String back = redirect(browser, toProvider);
        assertThat(back).startsWith(root() + "login/oauth2/code/" + provider + "?");
        return redirect(browser, back);
    }

    private static String redirect(HttpClient browser, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(302);
        return URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
    }

    private static RecordedRequest takeRequestTo(String path) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (RecordedRequest r = oidc.takeRequest(5, TimeUnit.SECONDS); r != null; r = oidc.takeRequest(5, TimeUnit.SECONDS)) {
            if (r.getRequestUrl().encodedPath().equals(path)) {
                return r;
            }
            seen.add(r.getRequestUrl().encodedPath());
        }
        throw new AssertionError("no request to " + path + " among " + seen);
    }

    private static String passwordSignIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(root() + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** A token the person makes on My account. */
    private static String apiToken(String username) {
        SignIn.as(app.getBean(UserDetailsService.class), username);
        try {
            return app.getBean(com.campaigntracker.api.ApiTokenService.class).create("脚本", 30).token();
        } finally {
            SignIn.out();
        }
    }

    /** The status of a call to the API with the token. */
    private static int api(String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root() + "api/v1/projects"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String root() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** An account an administrator made, with a password of the app. */
    private static long localAccount(String username, String name, String email, Role role) {
        SignIn.as(app.getBean(UserDetailsService.class), "admin");
        try {
            PersonDetails details = new PersonDetails();
            details.setUsername(username);
            details.setDisplayName(name);
            details.setEmail(email);
            details.setRole(role);
            details.setEnabled(true);
            return app.getBean(PeopleService.class).create(details, "amber-lantern-42").getId();
        } finally {
            SignIn.out();
        }
    }
}
