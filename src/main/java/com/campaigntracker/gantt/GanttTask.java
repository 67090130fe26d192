package com.campaigntracker.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the chart. Dates are whole days, {@code end} the last day the bar covers (a milestone
 * sits on {@code start}); a task without dates shows in the grid only. Plain text everywhere: the
 * component escapes it. Records compare by value, which is how the chart knows what changed.
 *
 * @param overrunEnd   the last day a late task really runs to (today, or its actual finish), drawn after its
 *                     bar as a slip that cannot be dragged; null when it is not late
 * @param overrunLabel what the slip says beside it (how late), plain text
 */
public record GanttTask(String id, String parent, String text, LocalDate start, LocalDate end, int progress,
                        GanttTaskType type, String css, boolean open, boolean readOnly, Map<String, String> cells,
                        List<TooltipLine> tooltip, LocalDate baselineStart, LocalDate baselineEnd,
                        LocalDate overrunEnd, String overrunLabel) {

    public GanttTask {
        GanttIds.check(id);
        if (parent != null) {
            GanttIds.check(parent);
        }
        text = text == null ? "" : text;
        type = type == null ? GanttTaskType.TASK : type;
        css = css == null ? "" : css;
        cells = cells == null ? Map.of() : Map.copyOf(cells);
        tooltip = tooltip == null ? List.of() : List.copyOf(tooltip);
        overrunLabel = overrunLabel == null ? "" : overrunLabel;
        if (overrunEnd != null && (end == null || !overrunEnd.isAfter(end))) {
            throw new IllegalArgumentException("an overrun runs past the planned end: " + overrunEnd + " after " + end);
        }
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress is a percentage: " + progress);
        }
    }

    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /** A label and its value in the task's tooltip. */
    public record TooltipLine(String label, String value) {
    }

    /** Builds a task field by field; unset fields are empty. */
    public static final class Builder {
        private final String id;
        private final String text;
        private String parent;
        private LocalDate start;
        private LocalDate end;
        private int progress;
        private GanttTaskType type = GanttTaskType.TASK;
        private final List<String> css = new ArrayList<>();
        private boolean open = true;
        private boolean readOnly;
        private final Map<String, String> cells = new LinkedHashMap<>();
        private final List<TooltipLine> tooltip = new ArrayList<>();
        private LocalDate baselineStart;
        private LocalDate baselineEnd;
        private LocalDate overrunEnd;
        private String overrunLabel;

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder parent(String parent) {
            this.parent = parent;
            return this;
        }

        public Builder dates(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public Builder progress(int percent) {
            this.progress = percent;
            return this;
        }

        public Builder type(GanttTaskType type) {
            this.type = type;
            return this;
        }

        public Builder cssClass(String cssClass) {
            if (cssClass != null && !cssClass.isBlank()) {
                css.add(cssClass);
            }
            return this;
        }

        public Builder open(boolean open) {
            this.open = open;
            return this;
        }

        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public Builder cell(String key, String value) {
            cells.put(key, value == null ? "" : value);
            return this;
        }

        public Builder tooltip(String label, String value) {
            if (value != null && !value.isBlank()) {
                tooltip.add(new TooltipLine(label, value));
            }
            return this;
        }

        public Builder baseline(LocalDate start, LocalDate end) {
            this.baselineStart = start;
            this.baselineEnd = end;
            return this;
        }

        /** A late task's slip after its bar, up to the day it really runs to, with what it says. */
        public Builder overrun(LocalDate until, String label) {
            this.overrunEnd = until;
            this.overrunLabel = label;
            return this;
        }

        public GanttTask build() {
            return new GanttTask(id, parent, text, start, end, progress, type, String.join(" ", css), open, readOnly,
                    cells, tooltip, baselineStart, baselineEnd, overrunEnd, overrunLabel);
        }
    }
}
