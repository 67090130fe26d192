package com.campaigntracker.shared.text;

import com.campaigntracker.shared.i18n.TranslationKey;

/**
 * The one rule for free text a service stores: no longer than its column, counted as the database
 * counts (characters, not UTF-16 units), on the text as stored (without surrounding blanks). Refused
 * with a translated message before anything is written, not as a database error.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** Whether the text, stripped, holds more than {@code max} characters; null fits. */
    public static boolean tooLong(String text, int max) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        return s.length() > max && s.codePointCount(0, s.length()) > max;
    }

    /**
     * Refuses a text longer than {@code max} characters.
     *
     * @param field the translation key of the field's label, shown in the refusal
     * @return the text itself
     */
    public static String require(String text, int max, String field) {
        if (tooLong(text, max)) {
            String s = text.strip();
            throw new TextTooLongException(field, s.codePointCount(0, s.length()), max);
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
