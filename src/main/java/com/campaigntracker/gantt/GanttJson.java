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
        // a first pass counts the texts, so that the second knows which go to the table
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
        ArrayNode id = array();
        ArrayNode parent = array();
        ArrayNode text = t.putArray("text");
        ArrayNode start = array();
        ArrayNode days = array();
        ArrayNode progress = array();
        ArrayNode type = array();
        ArrayNode css = array();
        ArrayNode open = array();
        ArrayNode readOnly = array();
        ArrayNode baseStart = array();
        ArrayNode baseDays = array();
        ArrayNode overrun = array();
        ArrayNode overrunLabel = array();
        boolean baselines = false;
        boolean overruns = false;
        long previousId = 0;
        long previousStart = 0;
        for (GanttTask task : tasks) {
            if (numeric) {
                long own = Long.parseLong(task.id());
                id.add(own - previousId);
                previousId = own;
                parent.add(task.parent() == null ? 0 : own - Long.parseLong(task.parent()));
            } else {
                id.add(escape(task.id()));
                if (task.parent() == null) {
                    parent.addNull();
                } else {
                    parent.add(escape(task.parent()));
                }
            }
            texts.add(text, task.text());
            if (task.start() == null) {
                start.addNull();
                days.addNull();
            } else {
                long day = task.start().toEpochDay();
                start.add(day - previousStart);
                previousStart = day;
                days.add(task.end() == null ? 0 : task.end().toEpochDay() - day);
            }
            progress.add(task.progress());
            type.add(task.type().ordinal());
            texts.add(css, cssClasses(task.css()));
            open.add(task.open() ? 1 : 0);
            readOnly.add(task.readOnly() ? 1 : 0);
            if (task.baselineStart() != null && task.baselineEnd() != null) {
                baselines = true;
                baseStart.add(task.baselineStart().toEpochDay());
                baseDays.add(task.baselineEnd().toEpochDay() - task.baselineStart().toEpochDay());
            } else {
                baseStart.addNull();
                baseDays.addNull();
            }
            if (task.overrunEnd() != null) {
                overruns = true;
                overrun.add(task.overrunEnd().toEpochDay() - task.end().toEpochDay());
            } else {
                overrun.addNull();
            }
            texts.add(overrunLabel, task.overrunLabel());
        }
        t.set("id", fold(id));
        t.set("parent", fold(parent));
        t.set("start", fold(start));
        t.set("days", fold(days));
        t.set("progress", fold(progress));
        t.set("type", fold(type));
        t.set("css", fold(css));
        t.set("open", fold(open));
        t.set("readOnly", fold(readOnly));
        if (baselines) {
            t.set("baseStart", baseStart);
            t.set("baseDays", baseDays);
        }
        if (overruns) {
            t.set("overrun", overrun);
            t.set("overrunLabel", fold(overrunLabel));
        }
        ArrayNode cells = t.putArray("cells");
        for (GanttColumn c : columns) {
            if (c.tree()) {
                cells.addNull();
                continue;
            }
            ArrayNode column = array();
            tasks.forEach(task -> texts.add(column, task.cells().getOrDefault(c.key(), "")));
            cells.add(fold(column));
        }
        ObjectNode l = m.putObject("links");
        l.put("n", links.size());
        ArrayNode linkId = array();
        ArrayNode source = array();
        ArrayNode target = array();
        ArrayNode linkType = array();
        ArrayNode lag = array();
        ArrayNode linkCss = array();
        long[] previous = new long[3];
        for (GanttLink link : links) {
            if (numeric) {
                String[] ids = {link.id(), link.source(), link.target()};
                ArrayNode[] into = {linkId, source, target};
                for (int i = 0; i < 3; i++) {
                    long value = Long.parseLong(ids[i]);
                    into[i].add(value - previous[i]);
                    previous[i] = value;
                }
            } else {
                linkId.add(escape(link.id()));
                source.add(escape(link.source()));
                target.add(escape(link.target()));
            }
            linkType.add(link.type().name());
            lag.add(link.lag());
            texts.add(linkCss, cssClasses(link.css()));
        }
        l.set("id", fold(linkId));
        l.set("source", fold(source));
        l.set("target", fold(target));
        l.set("type", fold(linkType));
        l.set("lag", fold(lag));
        l.set("css", fold(linkCss));
        m.set("s", texts.table);
        return m;
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

        void add(ArrayNode into, String raw) {
            String key = raw == null ? "" : raw;
            if (counts.getOrDefault(key, 0) < 2) {
                into.add(escape(key));
                return;
            }
            into.add(index.computeIfAbsent(key, k -> {
                table.add(escape(k));
                return table.size() - 1;
            }));
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
