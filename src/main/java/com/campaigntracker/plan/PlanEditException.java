package com.campaigntracker.plan;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A plan change refused for a reason the user can act on. */
public class PlanEditException extends TranslatableException {

    public PlanEditException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
