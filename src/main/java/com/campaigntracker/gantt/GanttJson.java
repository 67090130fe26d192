package com.campaigntracker.gantt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Encodes tasks and links for one message, compactly: ten thousand tasks must load fast, so a
     * task is an array in a fixed order, its cells follow the columns, and the tooltip's labels are
     * sent once per message and referred to by index. ct-gantt.ts reads the same order.
     */
    static final class Encoder {

        private final List<GanttColumn> columns;
        private final Map<String, Integer> labelIndex = new LinkedHashMap<>();

        Encoder(List<GanttColumn> columns) {
            this.columns = columns;
        }

        /** [id, parent, text, start, end, progress, type, css, open, readOnly, cells, tooltip, baselineStart, baselineEnd, overrunEnd, overrunLabel] */
        ArrayNode task(GanttTask t) {
            ArrayNode a = array();
            a.add(escape(t.id()));
            if (t.parent() == null) {
                a.addNull();
            } else {
                a.add(escape(t.parent()));
            }
            a.add(escape(t.text()));
            addDate(a, t.start());
            addDate(a, t.end());
            a.add(t.progress());
            a.add(t.type().ordinal());
            a.add(cssClasses(t.css()));
            a.add(t.open() ? 1 : 0);
            a.add(t.readOnly() ? 1 : 0);
            ArrayNode cells = a.addArray();
            for (GanttColumn c : columns) {
                if (c.tree()) {
                    cells.addNull();
                } else {
                    cells.add(escape(t.cells().getOrDefault(c.key(), "")));
                }
            }
            ArrayNode tooltip = a.addArray();
            for (GanttTask.TooltipLine line : t.tooltip()) {
                tooltip.add(labelIndex.computeIfAbsent(escape(line.label()), k -> labelIndex.size()));
                tooltip.add(escape(line.value()));
            }
            addDate(a, t.baselineStart());
            addDate(a, t.baselineEnd());
            addDate(a, t.overrunEnd());
            a.add(escape(t.overrunLabel()));
            return a;
        }

        /** [id, source, target, type, lag, css] */
        ArrayNode link(GanttLink l) {
            ArrayNode a = array();
            a.add(escape(l.id()));
            a.add(escape(l.source()));
            a.add(escape(l.target()));
            a.add(l.type().name());
            a.add(l.lag());
            a.add(cssClasses(l.css()));
            return a;
        }

        /** The tooltip labels the encoded tasks refer to, by index. */
        ArrayNode labels() {
            ArrayNode a = array();
            labelIndex.keySet().forEach(a::add);
            return a;
        }

        private static void addDate(ArrayNode a, LocalDate date) {
            if (date == null) {
                a.addNull();
            } else {
                a.add(date.toString());
            }
        }
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

}
