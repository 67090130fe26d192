package com.campaigntracker.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a template holds, stored as JSON: a plan without dates or people. Items come in table order
 * (each Module under the Phase before it, each Task under the Module before it), so their WBS codes
 * are those the new project's rows get and predecessors can be kept as typed.
 *
 * @param committedEndOffset working days from the start to the committed end date, when the source had one
 */
public record TemplateBody(String goal, List<Kpi> kpis, int emergencyBufferDays, Integer committedEndOffset,
                           List<Placeholder> placeholders, List<TemplateItem> items) {

    public TemplateBody {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A KPI the campaign type is measured by; the target is last time's, to be adjusted. */
    public record Kpi(String name, String unit, BigDecimal target) {
    }

    /** Working days from the first item's start to the last item's finish. */
    public int workingDays() {
        return items.stream().filter(i -> i.startOffset() != null && i.duration() != null)
                .mapToInt(i -> i.startOffset() + i.duration()).max().orElse(0);
    }

    /** The items with nothing below them: the work people do (a Module without tasks counts). */
    public long taskCount() {
        long leaves = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i + 1 == items.size() || items.get(i + 1).level().depth() <= items.get(i).level().depth()) {
                leaves++;
            }
        }
        return leaves;
    }

    /** Working days counted from 1 at the project's first day. */
    public record DayRange(int first, int last) {
    }

    /** Each item's first and last working day (a Phase or Module spans its children); null without dates. */
    public List<DayRange> dayRanges() {
        List<DayRange> ranges = new java.util.ArrayList<>(items.size());
        for (TemplateItem item : items) {
            ranges.add(item.startOffset() == null || item.duration() == null ? null
                    : new DayRange(item.startOffset() + 1, item.startOffset() + Math.max(1, item.duration())));
        }
        for (int i = items.size() - 1; i >= 0; i--) {
            int depth = items.get(i).level().depth();
            DayRange span = null;
            for (int j = i + 1; j < items.size() && items.get(j).level().depth() > depth; j++) {
                DayRange child = ranges.get(j);
                if (child != null) {
                    span = span == null ? child : new DayRange(Math.min(span.first(), child.first()),
                            Math.max(span.last(), child.last()));
                }
            }
            if (span != null) {
                ranges.set(i, span);
            }
        }
        return ranges;
    }

    /** The items' WBS codes in order: 1, 1.1, 1.1.1 … as the project's rows will be numbered. */
    public List<String> wbs() {
        List<String> codes = new java.util.ArrayList<>(items.size());
        int[] counters = new int[3];
        for (TemplateItem item : items) {
            int depth = item.level().depth() - 1;
            counters[depth]++;
            for (int below = depth + 1; below < counters.length; below++) {
                counters[below] = 0;
            }
            StringBuilder code = new StringBuilder();
            for (int d = 0; d <= depth; d++) {
                code.append(d == 0 ? "" : ".").append(counters[d]);
            }
            codes.add(code.toString());
        }
        return codes;
    }

    public java.util.Optional<Placeholder> placeholder(String key) {
        return placeholders.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
