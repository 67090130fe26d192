package com.campaigntracker.plan.excel;

import com.campaigntracker.shared.i18n.TranslatableException;

/** A file that cannot be read as a progress table at all (too big, not .xlsx, unsafe, no level column). */
public class ProgressTableFormatException extends TranslatableException {

    public ProgressTableFormatException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
