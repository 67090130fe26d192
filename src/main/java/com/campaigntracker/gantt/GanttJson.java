package com.campaigntracker.gantt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
     * Encodes tasks and links for one message, compactly and by column: ten thousand tasks must load fast
     * and a 500-task chart is one page of many, so a field is one array over the tasks (or one value when
     * every task has the same), numeric ids and dates travel as differences from the one before, and a
     * text that occurs more than once in the message travels once, in a table ({@code s}), referred to by
     * its index. Tooltips do not travel here: the browser asks for a task's when the pointer rests on it.
     * ct-gantt.ts ({@code decode}) reads the same fields.
     */
    static ObjectNode encode(Collection<GanttTask> tasks, Collection<GanttLink> links, List<GanttColumn> columns) {
        Texts texts = new Texts();
        // a first pass counts the texts, so that the columns know which go to the table
        tasks.forEach(t -> {
            texts.count(t.text());
            texts.count(cssClasses(t.css()));
            texts.count(t.overrunLabel());
            columns.stream().filter(c -> !c.tree()).forEach(c -> texts.count(t.cells().getOrDefault(c.key(), "")));
        });
        links.forEach(l -> texts.count(cssClasses(l.css())));
        boolean numeric = tasks.stream().allMatch(t -> numericId(t.id()) && (t.parent() == null || numericId(t.parent())))
                && links.stream().allMatch(l -> numericId(l.id()) && numericId(l.source()) && numericId(l.target()));
        ObjectNode m = object();
        m.put("num", numeric);
        ObjectNode t = m.putObject("tasks");
        t.put("n", tasks.size());
        t.set("text", values(tasks, task -> texts.ref(task.text())));
        t.set("id", column(tasks, id(numeric, GanttTask::id)));
        // a parent as the difference from its child's id (0: none), which is small in a tree listed parents first
        t.set("parent", column(tasks, task -> task.parent() == null ? (numeric ? 0 : null)
                : numeric ? Long.parseLong(task.id()) - Long.parseLong(task.parent()) : escape(task.parent())));
        t.set("start", column(tasks, differences(task -> task.start() == null ? null : task.start().toEpochDay())));
        t.set("days", column(tasks, task -> task.start() == null ? null
                : task.end() == null ? 0 : task.end().toEpochDay() - task.start().toEpochDay()));
        t.set("progress", column(tasks, GanttTask::progress));
        t.set("type", column(tasks, task -> task.type().ordinal()));
        t.set("css", column(tasks, task -> texts.ref(cssClasses(task.css()))));
        t.set("open", column(tasks, task -> task.open() ? 1 : 0));
        t.set("readOnly", column(tasks, task -> task.readOnly() ? 1 : 0));
        if (tasks.stream().anyMatch(task -> task.baselineStart() != null && task.baselineEnd() != null)) {
            Function<GanttTask, Boolean> has = task -> task.baselineStart() != null && task.baselineEnd() != null;
            t.set("baseStart", values(tasks, task -> has.apply(task) ? task.baselineStart().toEpochDay() : null));
            t.set("baseDays", values(tasks, task -> has.apply(task)
                    ? task.baselineEnd().toEpochDay() - task.baselineStart().toEpochDay() : null));
        }
        if (tasks.stream().anyMatch(task -> task.overrunEnd() != null)) {
            t.set("overrun", values(tasks, task -> task.overrunEnd() == null ? null
                    : task.overrunEnd().toEpochDay() - task.end().toEpochDay()));
            t.set("overrunLabel", column(tasks, task -> texts.ref(task.overrunLabel())));
        }
        ArrayNode cells = t.putArray("cells");
        for (GanttColumn c : columns) {
            cells.add(c.tree() ? null : column(tasks, task -> texts.ref(task.cells().getOrDefault(c.key(), ""))));
        }
        ObjectNode l = m.putObject("links");
        l.put("n", links.size());
        l.set("id", column(links, id(numeric, GanttLink::id)));
        l.set("source", column(links, id(numeric, GanttLink::source)));
        l.set("target", column(links, id(numeric, GanttLink::target)));
        l.set("type", column(links, link -> link.type().name()));
        l.set("lag", column(links, GanttLink::lag));
        l.set("css", column(links, link -> texts.ref(cssClasses(link.css()))));
        m.set("s", texts.table);
        return m;
    }

    /** A column of one value a row, folded (see {@link #fold}). */
    private static <T> JsonNode column(Collection<T> rows, Function<T, Object> value) {
        return fold(values(rows, value));
    }

    /** One value a row: a number, a text (escaped already) or null. */
    private static <T> ArrayNode values(Collection<T> rows, Function<T, Object> value) {
        ArrayNode column = array();
        for (T row : rows) {
            Object v = value.apply(row);
            if (v == null) {
                column.addNull();
            } else if (v instanceof Integer i) {
                column.add(i);
            } else if (v instanceof Long n) {
                column.add(n);
            } else {
                column.add((String) v);
            }
        }
        return column;
    }

    /** Ids: numbers as differences from the one before, else the escaped ids themselves. */
    private static <T> Function<T, Object> id(boolean numeric, Function<T, String> id) {
        return numeric ? differences(row -> Long.parseLong(id.apply(row))) : row -> escape(id.apply(row));
    }

    /** Each number as the difference from the last one before it; rows without one (null) stay null. */
    private static <T> Function<T, Object> differences(Function<T, Long> value) {
        long[] previous = {0};
        return row -> {
            Long v = value.apply(row);
            if (v == null) {
                return null;
            }
            long difference = v - previous[0];
            previous[0] = v;
            return difference;
        };
    }

    /** Ids the browser can hold as numbers without losing a digit. */
    private static boolean numericId(String id) {
        return id.length() <= 15 && NUMBER.matcher(id).matches();
    }

    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]*");

    /**
     * One value when every row has the same; runs of equal values ({@code {"rle": [value, count, …]}}) when
     * there are fewer than a third as many runs as rows (ids one apart, tasks three days long); else the
     * array, one value a row. The browser expands them alike.
     */
    private static JsonNode fold(ArrayNode column) {
        if (column.isEmpty()) {
            return column;
        }
        ArrayNode runs = array();
        JsonNode current = column.get(0);
        int count = 0;
        for (JsonNode v : column) {
            if (v.equals(current)) {
                count++;
            } else {
                runs.add(current).add(count);
                current = v;
                count = 1;
            }
        }
        if (runs.isEmpty()) {
            return current; // every row the same
        }
        runs.add(current).add(count);
        if (runs.size() / 2 * 3 >= column.size()) {
            return column;
        }
        ObjectNode rle = object();
        rle.set("rle", runs);
        return rle;
    }

    /** The message's texts: escaped once; one that occurs twice or more goes to the table and travels as its index. */
    private static final class Texts {
        private final Map<String, Integer> counts = new HashMap<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final ArrayNode table = array();

        void count(String raw) {
            counts.merge(raw == null ? "" : raw, 1, Integer::sum);
        }

        /** The escaped text, or its index in the table when it occurs more than once. */
        Object ref(String raw) {
            String key = raw == null ? "" : raw;
            if (counts.getOrDefault(key, 0) < 2) {
                return escape(key);
            }
            return index.computeIfAbsent(key, k -> {
                table.add(escape(k));
                return table.size() - 1;
            });
        }
    }

    /** A task's tooltip as the browser shows it: its name and the lines, escaped. */
    static ObjectNode tooltip(GanttTask task, List<GanttTask.TooltipLine> lines) {
        ObjectNode o = object();
        o.put("id", escape(task.id()));
        o.put("text", escape(task.text()));
        ArrayNode a = o.putArray("lines");
        for (GanttTask.TooltipLine line : lines) {
            a.addArray().add(escape(line.label())).add(escape(line.value()));
        }
        return o;
    }

    /** Days as differences from the one before, in order: the days off of a calendar cost a few bytes each. */
    static ArrayNode days(Collection<LocalDate> days) {
        ArrayNode a = array();
        long previous = 0;
        for (LocalDate d : days.stream().sorted().toList()) {
            a.add(d.toEpochDay() - previous);
            previous = d.toEpochDay();
        }
        return a;
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
