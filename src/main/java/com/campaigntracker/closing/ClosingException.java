package com.campaigntracker.closing;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A closing request refused for a reason the user can act on. */
public class ClosingException extends TranslatableException {

    public ClosingException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
