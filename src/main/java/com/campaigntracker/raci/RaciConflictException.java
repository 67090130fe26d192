package com.campaigntracker.raci;

import com.campaigntracker.shared.i18n.TranslatableException;

/** The cell changed since the matrix was shown: someone else set it. */
public class RaciConflictException extends TranslatableException {

    public RaciConflictException(String wbs, String itemName, String personName) {
        super("raci.error.conflict", wbs, itemName, personName);
    }
}
