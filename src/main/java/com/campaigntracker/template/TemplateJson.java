package com.campaigntracker.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Template bodies to and from JSON. Built-in files write every text as {@code {"zh": …, "en": …}};
 * {@link #localize} picks one language before the body is read, so both languages share one
 * structure and cannot drift apart.
 */
final class TemplateJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** For the files we ship: a misspelt field is an error, not a default. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    private TemplateJson() {
    }

    static String write(TemplateBody body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A template body is always writable", e);
        }
    }

    static TemplateBody read(String json) {
        TemplateBody body;
        try {
            body = MAPPER.readValue(json, TemplateBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable template body", e);
        }
        if (body.items().stream().anyMatch(i -> i.level() == null || i.name() == null)
                || body.placeholders().stream().anyMatch(p -> p.key() == null)) {
            throw new IllegalStateException("A template item without level or name, or a place without key");
        }
        return body;
    }

    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable template", e);
        }
    }

    static <T> T convertStrictly(JsonNode node, Class<T> type) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable built-in template", e);
        }
    }

    /** A copy of {@code node} with each {@code {"zh": …, "en": …}} replaced by the text in {@code language}. */
    static JsonNode localize(JsonNode node, String language) {
        if (node.isObject()) {
            if (isTranslations(node)) {
                JsonNode text = node.has(language) ? node.get(language) : node.get("zh");
                return TextNode.valueOf(text.asText());
            }
            ObjectNode copy = MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), localize(field.getValue(), language));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(localize(element, language)));
            return copy;
        }
        return node;
    }

    static boolean isTranslations(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!LANGUAGES.contains(names.next())) {
                return false;
            }
        }
        return true;
    }
}
