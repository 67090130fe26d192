package com.campaigntracker.shared.i18n;

import java.util.List;

/**
 * A refusal the user can act on, carried as a translation key and its arguments so that the UI
 * shows it in the user's language (services do not know the locale).
 */
public class TranslatableException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public TranslatableException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
