package com.campaigntracker.report;

import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.plan.BaselineSpan;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.shared.i18n.TranslationProvider;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.RemedialMeasure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the Execution Review Report (R15) of a project as a PDF in the reader's language: cover, summary
 * statistics, KPI target vs actual, plan vs actual for every work item with its baseline-vs-actual bar,
 * deviations with cause, impact, measures and decision, escalations, risk points, the retrospective's
 * ratings, lessons and actions, and a sign-off block. The content is gathered by {@link ReviewReportContent};
 * here it fills the compiled templates and is exported.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewReportService {

    private static final Logger log = LoggerFactory.getLogger(ReviewReportService.class);

    private final ReportTemplates templates;
    private final ReviewReportContent content;
    private final TimelineService timelines;
    private final ExplanationService explanations;
    private final TaskFileService taskFiles;
    private final TranslationProvider translations;

    /** Operations' figure: how long data, fill and PDF take. */
    private final MeterRegistry meters;

    ReviewReportService(ReportTemplates templates, ReviewReportContent content, TimelineService timelines,
                        ExplanationService explanations, TaskFileService taskFiles, TranslationProvider translations,
                        MeterRegistry meters) {
        this.taskFiles = taskFiles;
        this.templates = templates;
        this.content = content;
        this.timelines = timelines;
        this.explanations = explanations;
        this.translations = translations;
        this.meters = meters;
    }

    /** The report as PDF bytes; empty when the project does not exist or the user may not see it. */
    public Optional<byte[]> pdf(long projectId, Locale locale) {
        Timer.Sample started = Timer.start(meters);
        String outcome = "failure";
        try {
            Optional<byte[]> pdf = render(projectId, locale);
            outcome = "success";
            return pdf;
        } finally {
            started.stop(meters.timer("campaign.report.generation", "outcome", outcome));
        }
    }

    private Optional<byte[]> render(long projectId, Locale locale) {
        long began = System.nanoTime();
        return content.of(projectId, locale).map(c -> {
            try {
                long gathered = System.nanoTime();
                ReportTemplates.Compiled compiled = templates.get();
                Map<String, Object> parameters = c.parameters();
                parameters.put("entries", compiled.entries());
                JasperPrint print = JasperFillManager.fillReport(compiled.review(), parameters,
                        new JRMapCollectionDataSource(c.rows()));
                long filled = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                JasperExportManager.exportReportToPdfStream(print, out);
                log.debug("Review report of project {}: {} rows, data {} ms, fill {} ms, PDF {} ms", projectId,
                        c.rows().size(), (gathered - began) / 1_000_000, (filled - gathered) / 1_000_000,
                        (System.nanoTime() - filled) / 1_000_000);
                return out.toByteArray();
            } catch (JRException e) {
                throw new IllegalStateException("The review report of project " + projectId + " failed", e);
            }
        });
    }

    /** The project's progress table as it stands, labels in {@code locale}; empty when not visible. */
    @Transactional(readOnly = true)
    public Optional<FrozenTable> snapshot(long projectId, Locale locale) {
        return timelines.timeline(projectId).map(t -> {
            ProjectSummary p = t.tree().project();
            List<FrozenTable.Row> rows = t.tree().rows().stream().map(r -> {
                Optional<BaselineSpan> b = t.baselineOf(r.id());
                return new FrozenTable.Row(r.wbs(), r.level().ordinal() + 1, r.name(), r.ownerName(),
                        b.map(BaselineSpan::start).orElse(null), b.map(BaselineSpan::finish).orElse(null),
                        r.plannedStart(), r.plannedFinish(), r.actualStart(), r.actualFinish(),
                        t(locale, r.status().messageKey()), r.percentComplete(), r.remarks());
            }).toList();
            List<FrozenTable.Deviation> deviations = explanations.of(projectId).stream()
                    .map(e -> new FrozenTable.Deviation(e.taskName(), e.kind() == null ? null
                            : t(locale, e.kind().messageKey()), t(locale, e.state().messageKey()),
                            e.causeType() == null ? null : t(locale, "explanation.cause." + e.causeType().name()),
                            e.cause(), e.ownerAssessment(), e.measures().stream().map(RemedialMeasure::getDescription)
                            .toList(), e.proposedStart(), e.proposedFinish(), e.decisionComment(), e.revisionNumber()))
                    .toList();
            List<FrozenTable.FileEntry> files = taskFiles.ofProject(projectId).stream()
                    .map(f -> new FrozenTable.FileEntry(f.itemName(), f.name(), f.version(), f.size(), f.sha256(),
                            f.uploadedBy(), f.uploadedAt())).toList();
            return new FrozenTable(p.name(), p.goal(), p.managerName(), p.departmentName(),
                    t(locale, "projectStatus." + p.status().name()), p.start(), p.finish(), rows, deviations, files);
        });
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
