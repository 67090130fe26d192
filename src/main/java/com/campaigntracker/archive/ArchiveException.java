package com.campaigntracker.archive;

import com.campaigntracker.shared.i18n.TranslatableException;

/** An archive request refused for a reason the user can act on. */
public class ArchiveException extends TranslatableException {

    public ArchiveException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
