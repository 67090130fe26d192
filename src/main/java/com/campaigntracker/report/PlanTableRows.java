package com.campaigntracker.report;

import com.campaigntracker.plan.BaselineSpan;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.WorkItemRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The report's plan table: plan vs actual for every work item in its tree, with the baseline-vs-actual bars. */
final class PlanTableRows {

    /** Month and day only: the table is narrow and the cover gives the year. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    private PlanTableRows() {
    }

    static List<Map<String, Object>> of(Timeline t, LocalDate today, ReportText text) {
        List<WorkItemRow> all = t.tree().rows();
        LocalDate from = Stream.of(all.stream().map(WorkItemRow::plannedStart), all.stream().map(WorkItemRow::actualStart),
                        all.stream().map(r -> t.baselineOf(r.id()).map(BaselineSpan::start).orElse(null)))
                .flatMap(s -> s).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(today);
        LocalDate to = Stream.of(all.stream().map(WorkItemRow::plannedFinish), all.stream().map(WorkItemRow::actualFinish),
                        all.stream().map(r -> t.baselineOf(r.id()).map(BaselineSpan::finish).orElse(null)))
                .flatMap(s -> s).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(today);
        ReportBars bars = new ReportBars(from, to);
        LocalDate end = t.tree().project().closedAt() == null ? today
                : LocalDate.ofInstant(t.tree().project().closedAt(), text.zone()); // running bars stop at closing
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WorkItemRow r : all) {
            LocalDate[] actual = actualSpan(r);
            BaselineSpan baseline = t.baselineOf(r.id()).orElse(r.plannedStart() == null ? null
                    : new BaselineSpan(r.plannedStart(), r.plannedFinish()));
            Map<String, Object> row = new HashMap<>();
            row.put("wbs", r.wbs());
            row.put("name", r.name());
            row.put("level", r.level().ordinal() + 1);
            row.put("owner", r.ownerName());
            row.put("baseline", baseline == null ? "—" : span(baseline.start(), baseline.finish()));
            row.put("actual", actual[0] == null ? "—" : span(actual[0], actual[1]));
            row.put("status", text.t(r.status().messageKey())
                    + (r.isLeaf() || r.percentComplete() == 100 ? "" : " " + r.percentComplete() + "%"));
            row.put("bars", bars.draw(baseline == null ? null : baseline.start(), baseline == null ? null
                    : baseline.finish(), actual[0], actual[1], end.isBefore(today) ? end : today, !r.isLeaf()));
            rows.add(row);
        }
        return rows;
    }

    /**
     * A task's actual start and finish; a phase's or module's from its tasks: the first start, and the last
     * finish once every task has finished.
     */
    private static LocalDate[] actualSpan(WorkItemRow r) {
        if (r.isLeaf()) {
            return new LocalDate[] {r.actualStart(), r.actualFinish()};
        }
        List<WorkItemRow> leaves = new ArrayList<>();
        collectLeaves(r, leaves);
        LocalDate start = leaves.stream().map(WorkItemRow::actualStart).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate finish = leaves.stream().allMatch(l -> l.actualFinish() != null) ? leaves.stream()
                .map(WorkItemRow::actualFinish).max(LocalDate::compareTo).orElse(null) : null;
        return new LocalDate[] {start, finish};
    }

    private static void collectLeaves(WorkItemRow r, List<WorkItemRow> into) {
        if (r.isLeaf()) {
            into.add(r);
        }
        r.children().forEach(c -> collectLeaves(c, into));
    }

    private static String span(LocalDate start, LocalDate finish) {
        return DAY.format(start) + "–" + (finish == null ? "…" : DAY.format(finish));
    }
}
