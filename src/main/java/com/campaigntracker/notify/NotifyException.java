package com.campaigntracker.notify;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A notification setting refused for a reason the user can act on. */
public class NotifyException extends TranslatableException {

    public NotifyException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
