package com.campaigntracker.people;

/** Where a person's sign-in is decided when it is not the app's own password. */
public enum DirectorySource {
    /** The company's OpenID Connect provider (authorization code with PKCE). */
    OIDC,
    /** An LDAP directory or Active Directory (bind with the person's password). */
    LDAP,
    /** Feishu / Lark (飞书): the app's {@code open_id} for the person. */
    FEISHU,
    /** DingTalk (钉钉): the person's {@code unionId}. */
    DINGTALK,
    /** WeCom (企业微信): the member's {@code userid} in the company. */
    WECOM;

    /**
     * Whether the directory's user names are the company's own (assigned by its administrators), so that one
     * may stand for an account of the same name: LDAP, an OIDC provider, WeCom's userid. Not Feishu's or
     * DingTalk's, which may come from a person's own e-mail address.
     */
    public boolean assignsUserNames() {
        return this == LDAP || this == OIDC || this == WECOM;
    }
}
