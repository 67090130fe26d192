package com.campaigntracker.tracking;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A tracking change refused for a reason the user can act on. */
public class TrackingException extends TranslatableException {

    public TrackingException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
