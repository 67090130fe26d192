package com.campaigntracker.gantt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * What the browser receives. The library renders its templates as HTML, so every text is escaped
 * here, once, and CSS classes keep only the characters a class name needs.
 */
final class GanttJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NOT_A_CLASS_CHARACTER = Pattern.compile("[^A-Za-z0-9_\\- ]");

    private GanttJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode task(GanttTask t) {
        ObjectNode n = object();
        n.put("id", escape(t.id()));
        if (t.parent() != null) {
            n.put("parent", escape(t.parent()));
        }
        n.put("text", escape(t.text()));
        putDate(n, "start", t.start());
        putDate(n, "end", t.end());
        n.put("progress", t.progress());
        n.put("type", t.type().name());
        n.put("css", cssClasses(t.css()));
        n.put("open", t.open());
        if (t.readOnly()) {
            n.put("readOnly", true);
        }
        ObjectNode cells = n.putObject("cells");
        t.cells().forEach((k, v) -> cells.put(k, escape(v)));
        ArrayNode tooltip = n.putArray("tooltip");
        t.tooltip().forEach(line -> tooltip.addArray().add(escape(line.label())).add(escape(line.value())));
        putDate(n, "baselineStart", t.baselineStart());
        putDate(n, "baselineEnd", t.baselineEnd());
        return n;
    }

    static ObjectNode link(GanttLink l) {
        ObjectNode n = object();
        n.put("id", escape(l.id()));
        n.put("source", escape(l.source()));
        n.put("target", escape(l.target()));
        n.put("type", l.type().name());
        n.put("lag", l.lag());
        n.put("css", cssClasses(l.css()));
        return n;
    }

    static ArrayNode ids(Collection<String> ids) {
        ArrayNode a = array();
        ids.forEach(id -> a.add(escape(id)));
        return a;
    }

    /** Text as HTML shows it literally. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String cssClasses(String css) {
        return css == null ? "" : NOT_A_CLASS_CHARACTER.matcher(css).replaceAll("");
    }

    private static void putDate(ObjectNode n, String key, LocalDate date) {
        if (date != null) {
            n.put(key, date.toString());
        }
    }
}
