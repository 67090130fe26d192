package com.campaigntracker.shared.time;

import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.i18n.TranslationKey;
import java.time.LocalDate;

/** A date outside {@link DateWindow}: refused with the field's name, the date typed and the window. */
public class DateOutOfWindowException extends TranslatableException {

    private final String field;

    public DateOutOfWindowException(String field, LocalDate day) {
        // the date as ISO text: a year like +99999 has no localized form worth showing
        super("error.dateOutOfWindow", new TranslationKey(field), day.toString(), DateWindow.MIN, DateWindow.MAX);
        this.field = field;
    }

    /** The translation key of the field that was refused. */
    public String field() {
        return field;
    }
}
