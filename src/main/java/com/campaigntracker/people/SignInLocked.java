package com.campaigntracker.people;

import java.time.Instant;

/** A name or an address was locked after repeated failed sign-ins (M3); administrators may lift it. */
public record SignInLocked(SignInThrottle.Kind kind, String name, int failures, Instant lockedUntil) {
}
