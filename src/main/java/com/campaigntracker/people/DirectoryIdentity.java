package com.campaigntracker.people;

/**
 * Who a directory says has just signed in: its never-changing id for them and what it knows of them.
 * Everything but {@code source} and {@code subject} may be missing (null).
 *
 * @param username      the directory's sign-in name (e.g. {@code preferred_username}, {@code uid}, {@code sAMAccountName})
 * @param emailVerified whether the directory vouches for the e-mail address (an LDAP directory does; an OIDC
 *                      provider says so in {@code email_verified})
 * @param department    the department's name as the directory writes it
 */
public record DirectoryIdentity(DirectorySource source, String subject, String username, String displayName,
                                String email, boolean emailVerified, String department) {

    public DirectoryIdentity {
        if (source == null || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a directory identity needs its source and subject");
        }
    }
}
