package com.campaigntracker.template;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A template action refused for a reason the user can act on. */
public class TemplateException extends TranslatableException {

    public TemplateException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
