package com.campaigntracker.people;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in ({@code app.sso.*}): the app's own passwords, the company's OIDC provider, an LDAP
 * directory or Active Directory, in any combination. With {@code local-passwords=false} only the
 * break-glass administrators still sign in with a password of the app (for when the directory is down).
 *
 * @param linkBy        how a first directory sign-in finds an account the person already has: {@code email} (a
 *                      verified address, the default), also {@code username} (only from directories whose user
 *                      names the company assigns: LDAP, OIDC, WeCom), or {@code none}. Administrators are never
 *                      linked automatically.
 * @param reverifyAfter how long after a directory person's last sign-in through the directory their API tokens
 *                      and calendar feeds still work (a person the directory disabled signs in no more)
 */
@ConfigurationProperties("app.sso")
public record SignInSettings(@DefaultValue("true") boolean localPasswords,
                             @DefaultValue("admin") List<String> breakGlass,
                             @DefaultValue("email") List<String> linkBy,
                             @DefaultValue("14d") java.time.Duration reverifyAfter,
                             @DefaultValue Oidc oidc,
                             @DefaultValue Ldap ldap,
                             @DefaultValue Feishu feishu,
                             @DefaultValue DingTalk dingtalk,
                             @DefaultValue WeCom wecom) {

    /**
     * The company's OpenID Connect provider: discovered from its issuer at the first sign-in, which always
     * uses the authorization code with PKCE. The claims name the person's user name, name, e-mail and department.
     */
    public record Oidc(String issuerUri, String clientId, String clientSecret,
                       @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                       @DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue("name") String nameClaim,
                       @DefaultValue("email") String emailClaim,
                       @DefaultValue("department") String departmentClaim) {

        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
        }
    }

    /**
     * An LDAP directory (bind as the person after finding their entry) or, with {@code activeDirectoryDomain},
     * Active Directory (bind as {@code name@domain}; AD itself refuses disabled, locked and expired accounts).
     * A generic directory's disabled people are kept out by the search filter, e.g.
     * {@code (&(uid={0})(!(nsAccountLock=TRUE)))}.
     *
     * @param url            e.g. {@code ldaps://ldap.example.com:636/dc=example,dc=com} (the base DN in the path)
     * @param idAttribute    the never-changing id of an entry ({@code entryUUID}; AD: {@code objectGUID}); its DN when absent
     */
    public record Ldap(String url, String managerDn, String managerPassword, String activeDirectoryDomain,
                       @DefaultValue("ou=people") String userSearchBase,
                       @DefaultValue("(uid={0})") String userSearchFilter,
                       @DefaultValue("entryUUID") String idAttribute,
                       @DefaultValue("uid") String usernameAttribute,
                       @DefaultValue("cn") String nameAttribute,
                       @DefaultValue("mail") String emailAttribute,
                       @DefaultValue("departmentNumber") String departmentAttribute) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }

        public boolean activeDirectory() {
            return activeDirectoryDomain != null && !activeDirectoryDomain.isBlank();
        }
    }

    /**
     * Feishu / Lark sign-in of an internal ("self-built") app: the authorization code with PKCE, the user's
     * token and {@code authen/v1/user_info}. Lark: {@code https://accounts.larksuite.com} and {@code https://open.larksuite.com}.
     */
    public record Feishu(String appId, String appSecret,
                         @DefaultValue("https://accounts.feishu.cn") String loginUrl,
                         @DefaultValue("https://open.feishu.cn") String apiUrl) {

        public boolean configured() {
            return appId != null && !appId.isBlank() && appSecret != null && !appSecret.isBlank();
        }
    }

    /**
     * DingTalk sign-in of an internal app: {@code login.dingtalk.com/oauth2/auth}, the user's token,
     * {@code contact/users/me}; then, with the app's token, the person's membership of the company
     * ({@code topapi/user/getbyunionid}, {@code topapi/v2/user/get}, {@code topapi/v2/department/get} on {@code oapiUrl}).
     */
    public record DingTalk(String clientId, String clientSecret,
                           @DefaultValue("https://login.dingtalk.com") String loginUrl,
                           @DefaultValue("https://api.dingtalk.com") String apiUrl,
                           @DefaultValue("https://oapi.dingtalk.com") String oapiUrl) {

        public boolean configured() {
            return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
        }
    }

    /**
     * WeCom (企业微信) web sign-in of a self-built app: {@code wwlogin/sso/login}, then the app's token, the
     * member behind the code ({@code auth/getuserinfo}) and their record ({@code user/get}, {@code department/get}).
     */
    public record WeCom(String corpId, String agentId, String secret,
                        @DefaultValue("https://login.work.weixin.qq.com") String loginUrl,
                        @DefaultValue("https://qyapi.weixin.qq.com") String apiUrl) {

        public boolean configured() {
            return corpId != null && !corpId.isBlank() && agentId != null && !agentId.isBlank()
                    && secret != null && !secret.isBlank();
        }
    }

    /** The sign-in buttons the login page shows, in this order: {@code company} (OIDC), {@code feishu}, {@code dingtalk}, {@code wecom}. */
    public List<String> signInButtons() {
        List<String> buttons = new java.util.ArrayList<>();
        if (oidc.configured()) {
            buttons.add("company");
        }
        if (feishu.configured()) {
            buttons.add("feishu");
        }
        if (dingtalk.configured()) {
            buttons.add("dingtalk");
        }
        if (wecom.configured()) {
            buttons.add("wecom");
        }
        return buttons;
    }

    public boolean isBreakGlass(String username) {
        return username != null && breakGlass.stream().anyMatch(b -> b.strip().equalsIgnoreCase(username.strip()));
    }

    boolean linkByEmail() {
        return linkBy.stream().anyMatch(l -> l.strip().toLowerCase(Locale.ROOT).equals("email"));
    }

    boolean linkByUsername() {
        return linkBy.stream().anyMatch(l -> l.strip().toLowerCase(Locale.ROOT).equals("username"));
    }
}
