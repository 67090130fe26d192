package com.campaigntracker.api;

/** A new token: {@code token} is shown to its person once and kept nowhere (only its hash is stored). */
public record CreatedToken(ApiTokenLine line, String token) {
}
