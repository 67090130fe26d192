package com.campaigntracker.warning;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A monitoring request refused for a reason the user can act on. */
public class WarningException extends TranslatableException {

    public WarningException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
