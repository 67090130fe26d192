package com.campaigntracker.people;

/** Where a person's sign-in is decided when it is not the app's own password. */
public enum DirectorySource {
    /** The company's OpenID Connect provider (authorization code with PKCE). */
    OIDC,
    /** An LDAP directory or Active Directory (bind with the person's password). */
    LDAP
}
