package com.campaigntracker.report;

import com.campaigntracker.shared.i18n.TranslationProvider;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** The report's words in the reader's language and the server's zone, and the entries its sections list. */
record ReportText(TranslationProvider translations, Locale locale, ZoneId zone) {

    String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    /** One entry of a section: a heading and a text below it (either may be null). */
    static Map<String, Object> entry(String heading, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heading", heading);
        m.put("text", text);
        return m;
    }

    /** A section's entries; an empty section says so instead of vanishing. */
    JRMapCollectionDataSource entries(List<Map<String, Object>> list) {
        return source(list.isEmpty() ? List.of(entry(t("report.none"), null)) : list);
    }

    static JRMapCollectionDataSource source(List<Map<String, Object>> list) {
        return new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(list));
    }
}
