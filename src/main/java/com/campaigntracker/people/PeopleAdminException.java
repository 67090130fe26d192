package com.campaigntracker.people;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A person or department change refused with a message the administrator can act on. */
public class PeopleAdminException extends TranslatableException {

    public PeopleAdminException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
