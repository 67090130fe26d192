package com.campaigntracker.api;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A token request refused for a reason the person can act on (name missing, lifetime out of range). */
public class ApiTokenException extends TranslatableException {

    public ApiTokenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
