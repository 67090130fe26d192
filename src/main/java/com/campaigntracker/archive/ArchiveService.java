package com.campaigntracker.archive;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.closing.RetrospectiveFacts;
import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.closing.RetrospectivePage;
import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.report.FrozenTable;
import com.campaigntracker.report.ReviewReportService;
import com.campaigntracker.shared.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report archive (R15): generating a report archives its PDF with the next version number, its
 * SHA-256, who and when, and a frozen copy of the progress table; nothing archived is ever changed —
 * regenerating makes a new version. A download re-checks the hash and refuses bytes that do not match.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ArchiveService {

    private final ArchivedReportRepository archive;
    private final ReviewReportService reports;
    private final ProjectService projects;
    private final PeopleService people;
    private final ObjectMapper json;
    private final Clock clock;
    private final com.campaigntracker.shared.i18n.TranslationProvider translations;

    private final com.campaigntracker.closing.RetrospectiveService retrospectives;
    private final com.campaigntracker.calendar.WorkingCalendarService calendars;

    private final TaskFileService files;

    ArchiveService(ArchivedReportRepository archive, ReviewReportService reports, ProjectService projects,
                   PeopleService people, ObjectMapper json, Clock clock,
                   com.campaigntracker.shared.i18n.TranslationProvider translations,
                   com.campaigntracker.closing.RetrospectiveService retrospectives,
                   com.campaigntracker.calendar.WorkingCalendarService calendars, TaskFileService files) {
        this.files = files;
        this.retrospectives = retrospectives;
        this.calendars = calendars;
        this.translations = translations;
        this.archive = archive;
        this.reports = reports;
        this.projects = projects;
        this.people = people;
        this.json = json.copy().findAndRegisterModules();
        this.clock = clock;
    }

    /** Generates the project's report in {@code locale} and archives it as its next version (its manager). */
    public ArchiveLine generate(long projectId, Locale locale) {
        projects.requireManaging(projectId); // a closed project's report: its plan is a record, its reports are versions
        ProjectSummary p = projects.workTree(projectId).orElseThrow().project();
        if (p.closedAt() == null) {
            throw new ArchiveException("archive.error.notClosed", p.name());
        }
        if (retrospectives.latestSubmitted(projectId).isEmpty()) {
            throw new ArchiveException("archive.error.noRetrospective", p.name());
        }
        // the report is built before the project's row is locked: updates need not wait seconds for it
        byte[] pdf = reports.pdf(projectId, locale).orElseThrow();
        FrozenTable table = reports.snapshot(projectId, locale).orElseThrow();
        String frozen;
        try {
            frozen = json.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The progress table of project " + projectId + " cannot be frozen", e);
        }
        ZoneId zone = clock.getZone();
        // the campaign's period as it ran: from its first actual start to its last actual finish
        LocalDate start = table.rows().stream().map(FrozenTable.Row::actualStart).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(p.plannedStart() != null ? p.plannedStart() : p.start());
        LocalDate end = table.rows().stream().map(FrozenTable.Row::actualFinish).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(p.closedAt() != null ? LocalDate.ofInstant(p.closedAt(), zone)
                        : p.finish());
        projects.lockForClosing(projectId); // numbers one after the other, two managers at once or not
        ArchivedReport saved = archive.save(new ArchivedReport(projectId, archive.lastNumber(projectId) + 1, p.name(),
                p.departmentId(), p.departmentName(), start, end, locale.toLanguageTag(), clock.instant(),
                CurrentUser.personId(), pdf, sha256(pdf), frozen));
        files.releaseFilesOfDeletedTasks(projectId); // listed with their SHA-256 in the frozen table above
        return line(saved);
    }

    /** The archived reports of the projects I may see (archived projects included), newest first. */
    @Transactional(readOnly = true)
    public List<ArchiveLine> search(ArchiveFilter filter) {
        Set<Long> visible = projects.visibleProjectIds();
        if (visible.isEmpty()) {
            return List.of();
        }
        List<ArchiveLine> lines = archive.linesOf(visible).stream().filter(a -> matches(a, filter)).toList();
        Map<Long, String> names = people.displayNames(lines.stream().map(ArchiveLine::createdById)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return lines.stream().map(a -> a.named(names.get(a.createdById()))).toList();
    }

    /** The archived PDF, after checking it still has the hash it was archived with. */
    @Transactional(readOnly = true)
    public byte[] pdf(long archiveId) {
        requireVisible(archiveId);
        ArchivedPdf a = archive.pdfOf(archiveId).orElseThrow(() -> new ArchiveException("archive.error.gone"));
        if (!sha256(a.bytes()).equals(a.sha256())) {
            throw new ArchiveException("archive.error.tampered", a.projectName(), a.number());
        }
        return a.bytes();
    }

    /** The progress table as it was frozen with the report. */
    @Transactional(readOnly = true)
    public FrozenTable table(long archiveId) {
        try {
            requireVisible(archiveId);
            return json.readValue(archive.tableOf(archiveId).orElseThrow(), FrozenTable.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Archived table " + archiveId + " cannot be read", e);
        }
    }

    /** The frozen progress table as an Excel workbook, headers in {@code locale}. */
    @Transactional(readOnly = true)
    public byte[] excel(long archiveId, Locale locale) {
        return FrozenTableExcel.write(table(archiveId), key -> translations.getTranslation(key, locale));
    }

    /**
     * Archived campaigns side by side: each project's latest archived version (its number and how many
     * versions there are say which one, M6), its durations from the frozen table, its facts and ratings from
     * its retrospective.
     */
    @Transactional(readOnly = true)
    public List<CampaignFigures> compare(java.util.Collection<Long> projectIds) {
        List<ArchiveLine> all = search(ArchiveFilter.ALL).stream().filter(a -> projectIds.contains(a.projectId())).toList();
        Map<Long, Long> versions = all.stream().collect(Collectors.groupingBy(ArchiveLine::projectId,
                Collectors.counting()));
        List<ArchiveLine> latest = all.stream().collect(Collectors.toMap(ArchiveLine::projectId, a -> a, (a, b) -> a.number() >= b.number() ? a : b,
                        java.util.LinkedHashMap::new)).values().stream().toList();
        com.campaigntracker.calendar.WorkingDayCalendar calendar = calendars.calendar();
        return latest.stream().map(a -> {
            FrozenTable t = table(a.id());
            List<FrozenTable.Row> leaves = leaves(t.rows());
            java.util.Optional<RetrospectivePage> retro = retrospectives.latestSubmitted(a.projectId());
            RetrospectiveFacts f = retro.map(RetrospectivePage::facts)
                    .orElseGet(() -> retrospectives.facts(a.projectId()));
            RetrospectiveForm form = retro.map(RetrospectivePage::form).orElse(null);
            return new CampaignFigures(a.projectId(), a.projectName(), a.number(),
                    // planned: the baseline, or the planned dates where none was saved
                    days(calendar, leaves.stream().map(r -> r.baselineStart() != null ? r.baselineStart()
                                    : r.plannedStart()),
                            leaves.stream().map(r -> r.baselineFinish() != null ? r.baselineFinish()
                                    : r.plannedFinish())),
                    days(calendar, leaves.stream().map(FrozenTable.Row::actualStart),
                            leaves.stream().map(FrozenTable.Row::actualFinish)),
                    f.onTimeRate(), f.lateTasks() == 0 ? 0 : Math.round(10.0 * f.delayDays() / f.lateTasks()) / 10.0,
                    f.tasks(), f.tasks() == 0 ? 0 : Math.round(100.0 * f.warnings() / f.tasks()) / 100.0,
                    f.explanations(), f.explanationsOnTime(), f.escalations(),
                    form == null ? null : form.progressRating(), form == null ? null : form.riskRating(),
                    form == null ? null : form.responsibilityRating(), versions.get(a.projectId()).intValue());
        }).toList();
    }

    /** The work items without children: what the durations are measured on. */
    private static List<FrozenTable.Row> leaves(List<FrozenTable.Row> rows) {
        List<FrozenTable.Row> leaves = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean parent = i + 1 < rows.size() && rows.get(i + 1).level() > rows.get(i).level();
            if (!parent) {
                leaves.add(rows.get(i));
            }
        }
        return leaves;
    }

    private static int days(com.campaigntracker.calendar.WorkingDayCalendar calendar,
                            java.util.stream.Stream<LocalDate> starts, java.util.stream.Stream<LocalDate> finishes) {
        LocalDate first = starts.filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        LocalDate last = finishes.filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        return first == null || last == null || last.isBefore(first) ? 0 : calendar.workingDaysBetween(first, last);
    }

    private void requireVisible(long archiveId) {
        long projectId = archive.projectIdOf(archiveId).orElseThrow(() -> new ArchiveException("archive.error.gone"));
        if (!projects.isVisible(projectId)) {
            throw new AccessDeniedException("Not your project's archive");
        }
    }

    private static boolean matches(ArchiveLine a, ArchiveFilter f) {
        if (f.text() != null && !f.text().isBlank()
                && !a.projectName().toLowerCase(Locale.ROOT).contains(f.text().strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (f.departmentId() != null && !f.departmentId().equals(a.departmentId())) {
            return false;
        }
        // the campaign's period overlaps the range asked for
        if (f.from() != null && a.periodEnd() != null && a.periodEnd().isBefore(f.from())) {
            return false;
        }
        return f.to() == null || a.periodStart() == null || !a.periodStart().isAfter(f.to());
    }

    private ArchiveLine line(ArchivedReport a) {
        return new ArchiveLine(a.getId(), a.getProjectId(), a.getNumber(), a.getProjectName(), a.getDepartmentId(),
                a.getDepartmentName(), a.getPeriodStart(), a.getPeriodEnd(), a.getLanguage(), a.getCreatedAt(),
                a.getCreatedById(), a.getSha256(), a.getSizeBytes(), a.getCreatedById() == null ? null
                : people.displayNames(Set.of(a.getCreatedById())).get(a.getCreatedById()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
