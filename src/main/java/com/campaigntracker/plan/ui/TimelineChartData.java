package com.campaigntracker.plan.ui;

import com.campaigntracker.gantt.GanttLink;
import com.campaigntracker.gantt.GanttLinkType;
import com.campaigntracker.gantt.GanttTask;
import com.campaigntracker.gantt.GanttTaskType;
import com.campaigntracker.plan.BaselineSpan;
import com.campaigntracker.plan.DependencyRow;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A project's timeline as Gantt tasks and links: bars in the status colours, phases and modules as
 * summaries, milestones as diamonds, critical ones marked when asked, baselines when asked, and a
 * tooltip with what a manager checks on hover.
 */
final class TimelineChartData {

    static final String WBS = "wbs";
    static final String NAME = "text";
    static final String OWNER = "owner";
    static final String START = "start";
    static final String FINISH = "finish";
    static final String PERCENT = "percent";
    static final String STATUS = "status";

    private final Component translator;
    private final Locale locale;
    private final boolean showCritical;
    private final boolean showBaseline;
    /** A schedule revision's dates drawn instead of the current ones (read-only), or null for the plan as it is. */
    private final Map<Long, BaselineSpan> revision;
    /** Translated once per chart, not once per task: a chart may have ten thousand. */
    private final Map<String, String> labels = new HashMap<>();
    private final Map<LocalDate, String> dates = new HashMap<>();

    TimelineChartData(Component translator, Locale locale, boolean showCritical, boolean showBaseline,
                      Map<Long, BaselineSpan> revision) {
        this.revision = revision;
        this.translator = translator;
        this.locale = locale;
        this.showCritical = showCritical;
        this.showBaseline = showBaseline;
    }

    private String label(String key) {
        return labels.computeIfAbsent(key, translator::getTranslation);
    }

    List<GanttTask> tasks(Timeline timeline, boolean editable) {
        List<GanttTask> tasks = new ArrayList<>();
        addRows(timeline, timeline.tree().roots(), null, editable, tasks);
        return tasks;
    }

    List<GanttLink> links(Timeline timeline) {
        return timeline.dependencies().stream().map(d -> link(timeline, d)).toList();
    }

    GanttLink link(Timeline timeline, DependencyRow d) {
        return new GanttLink(String.valueOf(d.id()), String.valueOf(d.predecessorId()), String.valueOf(d.successorId()),
                GanttLinkType.valueOf(d.type().name()), d.lagDays(),
                showCritical && timeline.criticalDependencies().contains(d.id()) ? "critical" : "");
    }

    private void addRows(Timeline timeline, List<WorkItemRow> rows, String parent, boolean editable,
                         List<GanttTask> tasks) {
        for (WorkItemRow row : rows) {
            tasks.add(task(timeline, row, parent, editable));
            addRows(timeline, row.children(), String.valueOf(row.id()), editable, tasks);
        }
    }

    /** One row as a task of the chart; {@code parent} is its parent's id, null for a phase. Its tooltip: {@link #tooltip}. */
    GanttTask task(Timeline timeline, WorkItemRow row, String parent, boolean editable) {
        boolean critical = timeline.criticalItems().contains(row.id());
        BaselineSpan revised = revision == null ? null : revision.get(row.id());
        LocalDate start = revision == null ? row.plannedStart() : revised == null ? null : revised.start();
        LocalDate finish = revision == null ? row.plannedFinish() : revised == null ? null : revised.finish();
        GanttTask.Builder b = GanttTask.builder(String.valueOf(row.id()), row.name())
                .parent(parent)
                // a milestone marks a completion: its diamond sits on the finish
                .dates(row.isLeaf() && row.milestone() ? finish : start, finish)
                .progress(Math.max(0, Math.min(100, row.percentComplete())))
                .type(!row.isLeaf() ? GanttTaskType.SUMMARY : row.milestone() ? GanttTaskType.MILESTONE : GanttTaskType.TASK)
                .cssClass(row.isLeaf() ? "bar-" + row.status().colour() : null)
                .cssClass(showCritical && critical ? "critical" : null)
                .readOnly(!editable || !row.isLeaf() || revision != null)
                .cell(WBS, row.wbs())
                .cell(OWNER, row.ownerName())
                .cell(START, shortDate(start))
                .cell(FINISH, shortDate(finish))
                .cell(PERCENT, percent(row.percentComplete()))
                .cell(STATUS, label(row.status().messageKey())); // the bar's colour, in words beside it
        if (revision == null) { // a revision's dates are history: its lateness is not today's
            timeline.overrun(row).ifPresent(late -> b.overrun(late.until(), t("gantt.overrun.days", late.workingDays())));
        }
        if (showBaseline) {
            timeline.baselineOf(row.id()).ifPresent(span -> {
                b.baseline(span.start(), span.finish());
                timeline.slip(span, finish).filter(days -> days > 0).ifPresent(days -> b.cssClass("slipped"));
            });
        }
        return b.build();
    }

    /**
     * What a manager checks on hover, and what a double click shows: computed for one task when asked, not
     * with every task of the chart (its float changes with every drag that moves the plan's end).
     */
    List<GanttTask.TooltipLine> tooltip(Timeline timeline, WorkItemRow row) {
        boolean critical = timeline.criticalItems().contains(row.id());
        BaselineSpan revised = revision == null ? null : revision.get(row.id());
        LocalDate start = revision == null ? row.plannedStart() : revised == null ? null : revised.start();
        LocalDate finish = revision == null ? row.plannedFinish() : revised == null ? null : revised.finish();
        GanttTask.Builder b = GanttTask.builder(String.valueOf(row.id()), row.name());
        b.tooltip(label("gantt.tip.wbs"), row.wbs())
                .tooltip(label("gantt.tip.status"), label(row.status().messageKey()) + " · " + Formats.percent(row.percentComplete(), locale))
                .tooltip(label("gantt.tip.owner"), row.ownerName())
                .tooltip(label("gantt.tip.dates"), start == null ? label("gantt.tip.undated")
                        : Formats.date(start, locale) + " – " + Formats.date(finish, locale)
                        + (row.duration() == null ? "" : " · " + t("gantt.tip.days", row.duration())))
                .tooltip(label("gantt.tip.deliverables"), row.deliverables());
        Integer totalFloat = timeline.totalFloat().get(row.id());
        if (totalFloat != null) {
            b.tooltip(label("gantt.tip.float"), critical ? t("gantt.tip.floatCritical", totalFloat)
                    : t("gantt.tip.floatDays", totalFloat));
        }
        if (revision == null) {
            timeline.overrun(row).ifPresent(late -> b.tooltip(label("gantt.tip.overrun"),
                    t("gantt.overrun.days", late.workingDays())));
        }
        Optional<BaselineSpan> baseline = timeline.baselineOf(row.id());
        if (baseline.isPresent()) {
            BaselineSpan span = baseline.get();
            b.tooltip(label("gantt.tip.baseline"), Formats.date(span.start(), locale) + " – "
                    + Formats.date(span.finish(), locale));
            timeline.slip(span, finish).ifPresent(days -> b.tooltip(label("gantt.tip.slip"), days == 0
                    ? label("gantt.tip.onBaseline") : days > 0 ? t("gantt.tip.late", days) : t("gantt.tip.early", -days)));
        }
        return b.build().tooltip();
    }

    /** A short date, formatted once per day: thousands of tasks share a few hundred days. */
    private String shortDate(LocalDate date) {
        return date == null ? Formats.shortDate(null, locale)
                : dates.computeIfAbsent(date, d -> Formats.shortDate(d, locale));
    }

    private String percent(int value) {
        return labels.computeIfAbsent("%" + value, k -> Formats.percent(value, locale));
    }

    /** A message with one number, built once per number: the same few values repeat across thousands of tasks. */
    private String t(String key, int number) {
        return labels.computeIfAbsent(key + '#' + number, k -> translator.getTranslation(key, number));
    }

    static LocalDate earliest(Timeline timeline) {
        return timeline.tree().rows().stream().map(WorkItemRow::plannedStart).filter(d -> d != null)
                .min(LocalDate::compareTo).orElse(null);
    }

    static LocalDate latest(Timeline timeline) {
        return timeline.tree().rows().stream().map(WorkItemRow::plannedFinish).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
    }
}
