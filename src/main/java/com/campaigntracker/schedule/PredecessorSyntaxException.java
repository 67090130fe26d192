package com.campaigntracker.schedule;

/** A predecessor that is not written like 1.2.1, 1.2.1FS+2 or 1.3SS-1. */
public class PredecessorSyntaxException extends RuntimeException {

    private final String token;

    public PredecessorSyntaxException(String token) {
        super("Not a predecessor: " + token);
        this.token = token;
    }

    public String token() {
        return token;
    }
}
