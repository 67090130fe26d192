package com.campaigntracker.people;

/**
 * What let a person in without signing in (API tokens, calendar feed addresses) must stop working: their
 * account was disabled, its password reset by an administrator, or it was linked to a directory.
 */
public record AccountAccessWithdrawn(long personId) {
}
