package com.campaigntracker.shared.i18n;

/** An argument of a message that is itself translated first, e.g. the label of the field a refusal names. */
public record TranslationKey(String key) {

    @Override
    public String toString() {
        return key;
    }
}
