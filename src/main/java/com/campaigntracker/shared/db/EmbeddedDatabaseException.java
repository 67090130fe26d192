package com.campaigntracker.shared.db;

/** The embedded database cannot start; says why and what to do, shown as such at start-up. */
public class EmbeddedDatabaseException extends RuntimeException {

    private final String action;

    public EmbeddedDatabaseException(String description, String action) {
        this(description, action, null);
    }

    public EmbeddedDatabaseException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
