package com.campaigntracker.kickoff;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A kickoff step refused with a message the user can act on. */
public class KickoffException extends TranslatableException {

    public KickoffException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
