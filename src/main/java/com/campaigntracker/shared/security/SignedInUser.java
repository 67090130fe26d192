package com.campaigntracker.shared.security;

/** What the shell needs to know of whoever is signed in, without depending on the people module. */
public interface SignedInUser {

    Long personId();

    String displayName();

    String roleKey();
}
