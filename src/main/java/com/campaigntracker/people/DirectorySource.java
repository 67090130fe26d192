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
    WECOM
}
