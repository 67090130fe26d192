package com.campaigntracker.shared.text;

import com.campaigntracker.shared.i18n.TranslationKey;

/**
 * The one rule for free text a service stores: no longer than its column, on the text as stored
 * (without surrounding blanks), counted in UTF-16 units as the entities' {@code @Size} counts (never more
 * than the database's characters). Refused with a translated message before anything is written, not
 * as a validation or database error.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** Whether the text, stripped, is longer than {@code max}; null fits. */
    public static boolean tooLong(String text, int max) {
        if (text == null) {
            return false;
        }
        return text.strip().length() > max;
    }

    /**
     * Refuses a text longer than {@code max} characters.
     *
     * @param field the translation key of the field's label, shown in the refusal
     * @return the text itself
     */
    public static String require(String text, int max, String field) {
        if (tooLong(text, max)) {
            throw new TextTooLongException(field, text.strip().length(), max);
        }
        return text;
    }

    /** A text longer than its column. */
    public static class TextTooLongException extends com.campaigntracker.shared.i18n.TranslatableException {

        private final String field;

        TextTooLongException(String field, int length, int max) {
            super("error.textTooLong", new TranslationKey(field), length, max);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
