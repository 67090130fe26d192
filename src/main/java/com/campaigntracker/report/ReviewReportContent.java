package com.campaigntracker.report;

import com.campaigntracker.closing.ImprovementAction;
import com.campaigntracker.closing.RetrospectiveFacts;
import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.closing.RetrospectiveKpi;
import com.campaigntracker.closing.RetrospectivePage;
import com.campaigntracker.closing.RetrospectiveService;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.BaselineSpan;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslationProvider;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.warning.EscalationLine;
import com.campaigntracker.warning.EscalationService;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.RemedialMeasure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Execution Review Report says, gathered in one read-only transaction and put in the reader's
 * language: the cover, the sections' entries and the plan table's rows with their bars — everything
 * the templates need, so filling and exporting run after the database connection is back in the pool.
 */
@Component
@Transactional(readOnly = true)
class ReviewReportContent {

    private static final List<String> LABELS = List.of("title", "statistics", "kpis", "planVsActual", "legend",
            "wbs", "name", "owner", "baseline", "actual", "status", "chart", "deviations", "escalations", "risks",
            "retrospective", "actions", "signOff", "signManager", "signHead", "signDate");

    private final TimelineService timelines;
    private final RetrospectiveService retrospectives;
    private final ExplanationService explanations;
    private final EscalationService escalations;
    private final RiskService risks;
    private final PeopleService people;
    private final TranslationProvider translations;
    private final Clock clock;

    ReviewReportContent(TimelineService timelines, RetrospectiveService retrospectives,
                        ExplanationService explanations, EscalationService escalations, RiskService risks,
                        PeopleService people, TranslationProvider translations, Clock clock) {
        this.timelines = timelines;
        this.retrospectives = retrospectives;
        this.explanations = explanations;
        this.escalations = escalations;
        this.risks = risks;
        this.people = people;
        this.translations = translations;
        this.clock = clock;
    }

    /** The main report's parameters (each section a data source) and the plan table's rows. */
    record Content(Map<String, Object> parameters, List<Map<String, ?>> rows) {
    }

    /** Empty when the project does not exist or the user may not see it. */
    public Optional<Content> of(long projectId, Locale locale) {
        return timelines.timeline(projectId).map(t -> new Content(parameters(t, locale),
                new ArrayList<Map<String, ?>>(rows(t, locale))));
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private Map<String, Object> parameters(Timeline t, Locale locale) {
        ProjectSummary p = t.tree().project();
        ZoneId zone = clock.getZone();
        Map<String, Object> parameters = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        LABELS.forEach(k -> labels.put(k, t(locale, "report." + k)));
        parameters.put("L", labels);
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put("projectName", p.name());
        parameters.put("cover", String.join("\n", Stream.of(
                line(locale, "report.goal", p.goal()),
                line(locale, "report.period", period(t, locale)),
                line(locale, "report.manager", p.managerName()),
                line(locale, "report.department", p.departmentName()),
                line(locale, "report.projectStatus", t(locale, "projectStatus." + p.status().name())
                        + (p.closedAt() == null ? "" : " · " + Formats.dateTime(p.closedAt(), zone, locale))
                        + (p.cancelReason() == null ? "" : " · " + p.cancelReason())))
                .filter(Objects::nonNull).toList()));
        parameters.put("generated", t(locale, "report.generated", Formats.dateTime(clock.instant(), zone, locale)));

        // the retrospective as submitted (never a draft under way), its facts as frozen then
        Optional<RetrospectivePage> retro = retrospectives.latestSubmitted(p.id());
        RetrospectiveFacts f = retro.map(RetrospectivePage::facts).orElseGet(() -> retrospectives.facts(p.id()));
        parameters.put("statsData", entries(List.of(
                entry(t(locale, "report.stat.tasks", f.tasks(), f.finished()), null),
                entry(t(locale, "report.stat.onTime", f.onTimeRate() == null ? "—"
                        : Formats.percent(f.onTimeRate(), locale), f.finishedOnTime(), f.finished()), null),
                entry(t(locale, "report.stat.late", f.lateTasks(), f.delayDays()), null),
                entry(t(locale, "report.stat.finish", Formats.date(p.finish(), locale),
                        t.baseline().map(b -> slipText(t, p, locale)).orElse("—")), null),
                entry(t(locale, "report.stat.monitoring", f.warnings(), f.explanationsOnTime(), f.explanations(),
                        f.escalations()), null))));
        List<RetrospectiveKpi> kpis = retro.map(r -> r.form().kpis()).orElse(p.kpis().stream()
                .map(k -> new RetrospectiveKpi(k.name(), k.unit(), k.target(), null)).toList());
        parameters.put("kpiData", entries(kpis.stream().map(k -> entry(k.name(), t(locale, "report.kpi",
                number(k.target()), Objects.toString(k.unit(), ""), k.actual() == null ? "—" : number(k.actual()))))
                .toList(), locale));
        parameters.put("deviationData", entries(deviations(p.id(), locale), locale));
        parameters.put("escalationData", entries(escalationEntries(p.id(), locale), locale));
        parameters.put("riskData", entries(risks.register(p.id()).stream().map(r -> riskEntry(r, locale)).toList(),
                locale));
        parameters.put("retrospectiveData", entries(retro.map(r -> retrospectiveEntries(r, locale))
                .orElse(List.of()), locale));
        parameters.put("actionData", entries(retro.map(r -> actions(r.form(), locale)).orElse(List.of()), locale));
        return parameters;
    }

    /** From the first actual start to the last actual finish (planned dates where nothing happened yet). */
    private String period(Timeline t, Locale locale) {
        ProjectSummary p = t.tree().project();
        LocalDate first = t.tree().rows().stream().map(WorkItemRow::actualStart).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(p.plannedStart() != null ? p.plannedStart() : p.start());
        LocalDate last = t.tree().rows().stream().map(WorkItemRow::actualFinish).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(p.finish());
        return Formats.date(first, locale) + " – " + Formats.date(last, locale);
    }

    private String slipText(Timeline t, ProjectSummary p, Locale locale) {
        LocalDate baselineFinish = t.tree().roots().stream().map(r -> t.baselineOf(r.id()).map(BaselineSpan::finish)
                .orElse(null)).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (baselineFinish == null || p.finish() == null) {
            return "—";
        }
        int slip = t.slip(new BaselineSpan(baselineFinish, baselineFinish), p.finish()).orElse(0);
        return t(locale, "report.stat.slip", Formats.date(baselineFinish, locale), slip);
    }

    private String line(Locale locale, String key, String value) {
        return value == null || value.isBlank() ? null : t(locale, "report.labelValue", t(locale, key), value);
    }

    /** Plan vs actual for every work item in its tree, with the baseline-vs-actual bars. */
    private List<Map<String, Object>> rows(Timeline t, Locale locale) {
        List<WorkItemRow> all = t.tree().rows();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = Stream.of(all.stream().map(WorkItemRow::plannedStart), all.stream().map(WorkItemRow::actualStart),
                        all.stream().map(r -> t.baselineOf(r.id()).map(BaselineSpan::start).orElse(null)))
                .flatMap(s -> s).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(today);
        LocalDate to = Stream.of(all.stream().map(WorkItemRow::plannedFinish), all.stream().map(WorkItemRow::actualFinish),
                        all.stream().map(r -> t.baselineOf(r.id()).map(BaselineSpan::finish).orElse(null)))
                .flatMap(s -> s).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(today);
        ReportBars bars = new ReportBars(from, to);
        LocalDate end = t.tree().project().closedAt() == null ? today
                : LocalDate.ofInstant(t.tree().project().closedAt(), clock.getZone()); // running bars stop at closing
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
            row.put("baseline", baseline == null ? "—" : span(baseline.start(), baseline.finish(), locale));
            row.put("actual", actual[0] == null ? "—" : span(actual[0], actual[1], locale));
            row.put("status", t(locale, r.status().messageKey())
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

    /** Month and day only: the table is narrow and the cover gives the year. */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("M/d");

    private static String span(LocalDate start, LocalDate finish, Locale locale) {
        return DAY.format(start) + "–" + (finish == null ? "…" : DAY.format(finish));
    }

    /** Each deviation explained (or still owed): cause, impact, measures, proposed dates and the decision. */
    private List<Map<String, Object>> deviations(long projectId, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        people.people().forEach(x -> names.put(x.id(), x.displayName()));
        List<Map<String, Object>> list = new ArrayList<>();
        for (ExplanationLine e : explanations.of(projectId)) {
            String heading = e.taskName() + " · " + (e.kind() == null ? "" : t(locale, e.kind().messageKey())) + " · "
                    + t(locale, e.state().messageKey()) + (e.late() ? " · " + t(locale, "explanation.lateMark") : "");
            List<String> text = new ArrayList<>();
            if (e.submittedAt() == null) {
                text.add(t(locale, "report.deviation.notGiven", Formats.dateTime(e.dueAt(), clock.getZone(), locale)));
            } else {
                text.add(t(locale, "report.deviation.cause", t(locale, "explanation.cause." + e.causeType().name()),
                        e.cause()));
                if (e.ownerAssessment() != null) {
                    text.add(t(locale, "report.deviation.impact", e.ownerAssessment()));
                }
                for (RemedialMeasure m : e.measures()) {
                    text.add(t(locale, "report.deviation.measure", m.getDescription(),
                            m.getOwnerId() == null ? "—" : names.getOrDefault(m.getOwnerId(), "—"),
                            m.getDueOn() == null ? "—" : Formats.date(m.getDueOn(), locale)));
                }
                if (e.proposedStart() != null) {
                    text.add(t(locale, "report.deviation.proposed", Formats.date(e.proposedStart(), locale) + " – "
                            + Formats.date(e.proposedFinish(), locale)));
                }
                if (e.outcome() != null) {
                    text.add(t(locale, "report.deviation.decision", t(locale, e.state().messageKey()),
                            Objects.toString(e.decisionComment(), "—"), e.revisionNumber() == null ? "—"
                                    : String.valueOf(e.revisionNumber())));
                }
            }
            list.add(entry(heading, String.join("\n", text)));
        }
        return list;
    }

    private List<Map<String, Object>> escalationEntries(long projectId, Locale locale) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (EscalationLine x : escalations.of(projectId)) {
            String heading = x.taskName() + " · " + t(locale, x.reason().messageKey()) + " · "
                    + Formats.dateTime(x.raisedAt(), clock.getZone(), locale);
            List<String> text = new ArrayList<>();
            if (x.finishSlip() > 0) {
                text.add(t(locale, "escalation.slip", x.finishSlip()));
            }
            if (x.milestones() != null) {
                text.add(t(locale, "escalation.milestones", x.milestones()));
            }
            if (x.note() != null) {
                text.add(x.note());
            }
            text.add(x.open() ? t(locale, "report.escalation.open", Objects.toString(x.headName(), "—"))
                    : t(locale, "report.escalation.decided", t(locale, x.decisionType().messageKey()), x.decision(),
                    Objects.toString(x.decidedByName(), "—"), Formats.dateTime(x.decidedAt(), clock.getZone(), locale))
                    + (x.late() ? " · " + t(locale, "report.escalation.late") : ""));
            list.add(entry(heading, String.join("\n", text)));
        }
        return list;
    }

    private Map<String, Object> riskEntry(RiskLine r, Locale locale) {
        return entry(r.taskWbs() + " " + r.taskName() + " · " + t(locale, "risk." + r.level().name()) + " · "
                        + t(locale, "risk.status." + r.status().name()),
                r.description() + (r.mitigation() == null ? "" : "\n" + t(locale, "report.risk.mitigation",
                        r.mitigation())) + (r.ownerName() == null ? "" : "\n" + t(locale, "report.risk.owner",
                        r.ownerName())));
    }

    private List<Map<String, Object>> retrospectiveEntries(RetrospectivePage r, Locale locale) {
        RetrospectiveForm f = r.form();
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(entry(t(locale, r.submitted() ? "report.retro.version" : "report.retro.draft", r.number()),
                f.heldOn() == null ? null : t(locale, "report.retro.heldOn", Formats.date(f.heldOn(), locale),
                        String.join(t(locale, "list.separator"), people.displayNames(f.participantIds()).values()))));
        list.add(rating(locale, "progress", f.progressRating(), f.progressComment()));
        list.add(rating(locale, "risk", f.riskRating(), f.riskComment()));
        list.add(rating(locale, "responsibility", f.responsibilityRating(), f.responsibilityComment()));
        if (f.wentWell() != null) {
            list.add(entry(t(locale, "retrospective.wentWell"), f.wentWell()));
        }
        if (f.wentWrong() != null) {
            list.add(entry(t(locale, "retrospective.wentWrong"), f.wentWrong()));
        }
        if (f.lessons() != null) {
            list.add(entry(t(locale, "retrospective.lessons"), f.lessons()));
        }
        return list;
    }

    private Map<String, Object> rating(Locale locale, String key, Integer value, String comment) {
        return entry(t(locale, "report.labelValue", t(locale, "retrospective.rating." + key),
                value == null ? "—" : value + " / 5"), comment);
    }

    private List<Map<String, Object>> actions(RetrospectiveForm f, Locale locale) {
        Map<Long, String> names = people.displayNames(f.actions().stream().map(ImprovementAction::ownerId)
                .filter(Objects::nonNull).toList());
        return f.actions().stream().map(a -> entry(a.description(), t(locale, "report.action",
                a.ownerId() == null ? "—" : names.getOrDefault(a.ownerId(), "—"),
                a.dueOn() == null ? "—" : Formats.date(a.dueOn(), locale)))).toList();
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> entry(String heading, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heading", heading);
        m.put("text", text);
        return m;
    }

    /** A section's entries; an empty section says so instead of vanishing. */
    private JRMapCollectionDataSource entries(List<Map<String, Object>> list, Locale locale) {
        return entries(list.isEmpty() ? List.of(entry(t(locale, "report.none"), null)) : list);
    }

    private static JRMapCollectionDataSource entries(List<Map<String, Object>> list) {
        return new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(list));
    }
}
