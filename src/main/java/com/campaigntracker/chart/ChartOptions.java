package com.campaigntracker.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds the few ECharts options the app draws: categories with bar or line series, and a pie. */
public final class ChartOptions {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ObjectNode root = F.objectNode();
    private final ArrayNode series = root.putArray("series");

    private ChartOptions() {
        root.putObject("tooltip").put("trigger", "axis");
        root.putObject("legend").put("bottom", 0);
        root.putObject("grid").put("left", 8).put("right", 16).put("top", 24).put("bottom", 36)
                .put("containLabel", true);
        root.put("animation", false);
    }

    /** A chart over categories (x axis) and values (y axis), optionally capped (100 for percentages). */
    public static ChartOptions categories(List<String> categories, Number yMax) {
        ChartOptions o = new ChartOptions();
        ArrayNode data = o.root.putObject("xAxis").put("type", "category").putArray("data");
        categories.forEach(data::add);
        ObjectNode y = o.root.putObject("yAxis").put("type", "value").put("minInterval", 1);
        if (yMax != null) {
            y.put("max", yMax.doubleValue());
        }
        return o;
    }

    /** Horizontal bars: categories on the y axis, top to bottom. */
    public static ChartOptions horizontal(List<String> categories) {
        ChartOptions o = new ChartOptions();
        o.root.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode y = o.root.putObject("yAxis").put("type", "category").put("inverse", true);
        ArrayNode data = y.putArray("data");
        categories.forEach(data::add);
        return o;
    }

    /** A pie (a ring) of named values with their colours. */
    public static ChartOptions pie(List<Slice> slices) {
        ChartOptions o = new ChartOptions();
        o.root.putObject("tooltip").put("trigger", "item");
        ObjectNode s = o.series.addObject().put("type", "pie");
        s.putArray("radius").add("45%").add("70%");
        s.putObject("label").put("formatter", "{b}: {c}");
        ArrayNode data = s.putArray("data");
        for (Slice slice : slices) {
            ObjectNode d = data.addObject().put("name", slice.name()).put("value", slice.value().doubleValue());
            if (slice.color() != null) {
                d.putObject("itemStyle").put("color", slice.color());
            }
        }
        return o;
    }

    public ChartOptions bar(String name, List<? extends Number> values, String color, String stack) {
        ObjectNode s = add("bar", name, values, color);
        if (stack != null) {
            s.put("stack", stack);
        }
        return this;
    }

    public ChartOptions line(String name, List<? extends Number> values, String color, boolean dashed) {
        ObjectNode s = add("line", name, values, color);
        s.put("connectNulls", true);
        if (dashed) {
            (s.has("lineStyle") ? (ObjectNode) s.get("lineStyle") : s.putObject("lineStyle")).put("type", "dashed");
        }
        return this;
    }

    /** A horizontal line across the chart (e.g. the capacity a person can hold). */
    public ChartOptions markLine(String label, double value, String color) {
        if (series.isEmpty()) {
            return this;
        }
        ObjectNode mark = ((ObjectNode) series.get(series.size() - 1)).putObject("markLine");
        mark.put("symbol", "none");
        mark.putObject("lineStyle").put("color", color).put("type", "dashed");
        mark.putArray("data").addObject().put("yAxis", value).put("name", label);
        return this;
    }

    public ObjectNode build() {
        return root.deepCopy();
    }

    private ObjectNode add(String type, String name, List<? extends Number> values, String color) {
        ObjectNode s = series.addObject().put("type", type).put("name", name);
        ArrayNode data = s.putArray("data");
        for (Number v : values) {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v.doubleValue());
            }
        }
        if (color != null) {
            s.putObject("itemStyle").put("color", color);
            if (type.equals("line")) {
                s.putObject("lineStyle").put("color", color);
            }
        }
        return s;
    }

    /** One slice of a pie. */
    public record Slice(String name, Number value, String color) {
    }
}
