package com.campaigntracker.people;

/** An administrator set a new password for this person; published in the transaction that did it. */
public record PasswordWasReset(long personId) {
}
