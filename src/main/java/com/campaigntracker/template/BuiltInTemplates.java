package com.campaigntracker.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The templates the product ships for the campaign types our users name: new-product launch
 * (from their progress table), holiday promotion and co-branding. Read from the classpath once
 * per language; their texts are in Chinese and English.
 */
@Component
class BuiltInTemplates {

    static final List<String> KEYS = List.of("new-product-launch", "holiday-promotion", "co-branding");

    /** One built-in template in one language. */
    record BuiltIn(String key, String name, String description, TemplateBody body) {
    }

    private final Map<String, List<BuiltIn>> byLanguage = new ConcurrentHashMap<>();

    List<BuiltIn> all(Locale locale) {
        return byLanguage.computeIfAbsent(language(locale), BuiltInTemplates::load);
    }

    Optional<BuiltIn> find(String key, Locale locale) {
        return all(locale).stream().filter(t -> t.key().equals(key)).findFirst();
    }

    static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh";
    }

    private static List<BuiltIn> load(String language) {
        return KEYS.stream().map(key -> TemplateJson.convertStrictly(TemplateJson.localize(raw(key), language),
                BuiltIn.class)).toList();
    }

    /** The file as written, texts in both languages. */
    static JsonNode raw(String key) {
        String path = "/templates/" + key + ".json";
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return TemplateJson.tree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
