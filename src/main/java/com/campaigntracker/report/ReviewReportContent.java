package com.campaigntracker.report;

import static com.campaigntracker.report.ReportText.entry;

import com.campaigntracker.closing.RetrospectiveFacts;
import com.campaigntracker.closing.RetrospectiveKpi;
import com.campaigntracker.closing.RetrospectivePage;
import com.campaigntracker.closing.RetrospectiveService;
import com.campaigntracker.discussion.DiscussionService;
import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.BaselineSpan;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslationProvider;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.warning.EscalationService;
import com.campaigntracker.warning.ExplanationService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRParameter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Execution Review Report says, gathered in one read-only transaction and put in the reader's
 * language: the cover, the sections' entries and the plan table's rows with their bars — everything
 * the templates need, so filling and exporting run after the database connection is back in the pool.
 * This class gathers; the cover and statistics are worded here, the other sections by
 * {@link MonitoringEntries} and {@link RetrospectiveEntries}, the plan table by {@link PlanTableRows}.
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
    private final DiscussionService discussion;
    private final TaskFileService files;
    private final TranslationProvider translations;
    private final Clock clock;

    ReviewReportContent(TimelineService timelines, RetrospectiveService retrospectives,
                        ExplanationService explanations, EscalationService escalations, RiskService risks,
                        PeopleService people, DiscussionService discussion, TaskFileService files,
                        TranslationProvider translations, Clock clock) {
        this.discussion = discussion;
        this.files = files;
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
        ReportText words = new ReportText(translations, locale, clock.getZone());
        return timelines.timeline(projectId).map(t -> new Content(parameters(t, words),
                new ArrayList<Map<String, ?>>(PlanTableRows.of(t, LocalDate.now(clock), words))));
    }

    private Map<String, Object> parameters(Timeline t, ReportText words) {
        ProjectSummary p = t.tree().project();
        Locale locale = words.locale();
        Map<String, Object> parameters = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        LABELS.forEach(k -> labels.put(k, words.t("report." + k)));
        parameters.put("L", labels);
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put("projectName", p.name());
        parameters.put("cover", cover(t, words));
        parameters.put("generated", words.t("report.generated", Formats.dateTime(clock.instant(), words.zone(), locale)));

        // the retrospective as submitted (never a draft under way), its facts as frozen then
        Optional<RetrospectivePage> retro = retrospectives.latestSubmitted(p.id());
        RetrospectiveFacts f = retro.map(RetrospectivePage::facts).orElseGet(() -> retrospectives.facts(p.id()));
        parameters.put("statsData", ReportText.source(List.of(
                entry(words.t("report.stat.tasks", f.tasks(), f.finished()), null),
                entry(words.t("report.stat.onTime", f.onTimeRate() == null ? "—"
                        : Formats.percent(f.onTimeRate(), locale), f.finishedOnTime(), f.finished()), null),
                entry(words.t("report.stat.late", f.lateTasks(), f.delayDays()), null),
                entry(words.t("report.stat.finish", Formats.date(p.finish(), locale),
                        t.baseline().map(b -> slipText(t, p, words)).orElse("—")), null),
                entry(words.t("report.stat.monitoring", f.warnings(), f.explanationsOnTime(), f.explanations(),
                        f.escalations()), null))));
        List<RetrospectiveKpi> kpis = retro.map(r -> r.form().kpis()).orElse(p.kpis().stream()
                .map(k -> new RetrospectiveKpi(k.name(), k.unit(), k.target(), null)).toList());
        parameters.put("kpiData", words.entries(kpis.stream().map(k -> entry(k.name(), words.t("report.kpi",
                number(k.target()), Objects.toString(k.unit(), ""), k.actual() == null ? "—" : number(k.actual()))))
                .toList()));

        Map<Long, String> names = new HashMap<>();
        people.people().forEach(x -> names.put(x.id(), x.displayName()));
        parameters.put("deviationData", words.entries(MonitoringEntries.deviations(explanations.of(p.id()), names,
                words, new DeviationTrail(discussion, files, words))));
        parameters.put("escalationData", words.entries(MonitoringEntries.escalations(escalations.of(p.id()), words)));
        parameters.put("riskData", words.entries(risks.register(p.id()).stream()
                .map(r -> MonitoringEntries.risk(r, words)).toList()));
        parameters.put("retrospectiveData", words.entries(retro.map(r -> RetrospectiveEntries.of(r,
                people::displayNames, words)).orElse(List.of())));
        parameters.put("actionData", words.entries(retro.map(r -> RetrospectiveEntries.actions(r.form(),
                people::displayNames, words)).orElse(List.of())));
        return parameters;
    }

    /** Goal, period, manager, department and status, a line each; a line without a value is left out. */
    private String cover(Timeline t, ReportText words) {
        ProjectSummary p = t.tree().project();
        return String.join("\n", Stream.of(
                line(words, "report.goal", p.goal()),
                line(words, "report.period", period(t, words.locale())),
                line(words, "report.manager", p.managerName()),
                line(words, "report.department", p.departmentName()),
                line(words, "report.projectStatus", words.t("projectStatus." + p.status().name())
                        + (p.closedAt() == null ? "" : " · " + Formats.dateTime(p.closedAt(), words.zone(),
                        words.locale()))
                        + (p.cancelReason() == null ? "" : " · " + p.cancelReason())))
                .filter(Objects::nonNull).toList());
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

    private String slipText(Timeline t, ProjectSummary p, ReportText words) {
        LocalDate baselineFinish = t.tree().roots().stream().map(r -> t.baselineOf(r.id()).map(BaselineSpan::finish)
                .orElse(null)).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (baselineFinish == null || p.finish() == null) {
            return "—";
        }
        int slip = t.slip(new BaselineSpan(baselineFinish, baselineFinish), p.finish()).orElse(0);
        return words.t("report.stat.slip", Formats.date(baselineFinish, words.locale()), slip);
    }

    private static String line(ReportText words, String key, String value) {
        return value == null || value.isBlank() ? null : words.t("report.labelValue", words.t(key), value);
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
