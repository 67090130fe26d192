package com.campaigntracker.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages the product speaks, and how a requested locale maps onto one of them. */
public final class AppLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private AppLocales() {
    }

    /** Any Chinese variant reads the Simplified Chinese bundle; everything else English. */
    public static Locale bestMatch(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }

    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? null : bestMatch(Locale.forLanguageTag(tag));
    }
}
