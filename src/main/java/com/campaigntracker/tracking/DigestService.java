package com.campaigntracker.tracking;

import com.campaigntracker.notify.Notifier;
import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.shared.i18n.TranslationProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest (R19): built on demand for the app (view and print) and sent once a week, on the
 * project's day and time, to its channels.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DigestService {

    private final ProjectService projects;
    private final TimelineService timelines;
    private final TrackingService tracking;
    private final DashboardService dashboards;
    private final RiskService risks;
    private final DigestScheduleRepository schedules;
    private final Notifier notifier;
    private final TranslationProvider translations;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    DigestService(ProjectService projects, TimelineService timelines, TrackingService tracking,
                  DashboardService dashboards, RiskService risks, DigestScheduleRepository schedules,
                  Notifier notifier, TranslationProvider translations, JdbcTemplate jdbc, Clock clock,
                  org.springframework.transaction.support.TransactionTemplate transaction) {
        this.transaction = transaction;
        this.projects = projects;
        this.timelines = timelines;
        this.tracking = tracking;
        this.dashboards = dashboards;
        this.risks = risks;
        this.schedules = schedules;
        this.notifier = notifier;
        this.translations = translations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** This week's digest of a project I may see. */
    @Transactional(readOnly = true)
    public Optional<WeeklyDigest> digest(long projectId) {
        Optional<Timeline> timeline = timelines.timeline(projectId);
        if (timeline.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        ProjectSummary project = timeline.get().tree().project();
        List<TrackedTask> tasks = tracking.track(project, timeline.get(), tracking.deadlines(), now);
        LocalDate weekOf = CheckpointService.weekOf(today);
        LocalDate nextMonday = weekOf.plusWeeks(1);
        List<WeeklyDigest.KeyTask> key = tasks.stream().filter(t -> t.isOpen() && (t.critical() || t.keyTask()))
                .sorted(Comparator.comparing(TrackedTask::plannedFinish, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new WeeklyDigest.KeyTask(t, ExpectedProgress.on(today, t.plannedStart(), t.plannedFinish(),
                        timeline.get().calendar()))).toList();
        // slipped: open past the planned finish, or finished late within the last seven days (since the last digest)
        List<TrackedTask> slipped = tasks.stream().filter(t -> t.status() == DisplayStatus.DELAYED
                && (t.isOpen() || (t.actualFinish() != null && t.actualFinish().isAfter(today.minusDays(7))))).toList();
        List<TrackedTask> blocked = tasks.stream().filter(t -> t.storedStatus() == ProgressStatus.BLOCKED).toList();
        List<TrackedTask> overdue = tasks.stream().filter(t -> t.update().overdue()).toList();
        List<TrackedTask> milestones = tasks.stream().filter(t -> t.milestone() && t.isOpen() && t.plannedFinish() != null
                && t.plannedFinish().isBefore(nextMonday.plusWeeks(1))).sorted(Comparator.comparing(TrackedTask::plannedFinish))
                .toList();
        List<RiskLine> open = risks.register(projectId).stream().filter(r -> r.status() == RiskStatus.OPEN).toList();
        Integer slip = dashboards.project(projectId).map(ProjectDashboard::finishSlip).orElse(null);
        return Optional.of(new WeeklyDigest(project, weekOf, now, key, slipped, blocked, open, overdue, milestones, slip));
    }

    @Transactional(readOnly = true)
    public DigestSettings settings(long projectId) {
        if (!projects.isVisible(projectId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not your project");
        }
        DigestSchedule s = schedules.findById(projectId).orElseGet(() -> new DigestSchedule(projectId));
        return new DigestSettings(s.getDayOfWeek(), s.getSendAt(), s.isEnabled(), s.getVersion());
    }

    public void saveSettings(long projectId, DigestSettings settings) {
        projects.requireEditable(projectId);
        if (settings.day() == null || settings.at() == null) {
            throw new TrackingException("digest.error.when");
        }
        DigestSchedule s = schedules.findById(projectId).orElseGet(() -> new DigestSchedule(projectId));
        if (s.getVersion() != settings.version()) {
            throw new TrackingException("digest.error.conflict");
        }
        s.set(settings.day(), settings.at(), settings.enabled());
        schedules.save(s);
    }

    /** Sends this week's digest to the project's channels now (the manager's "send now"); how many channels. */
    public int send(long projectId) {
        projects.requireEditable(projectId);
        WeeklyDigest digest = digest(projectId).orElseThrow();
        return notifier.broadcast(projectId, "digest.subject", List.of(digest.project().name()),
                DigestText.render(digest, notifier.channelLocale(), translations, clock.getZone()),
                TrackingRoutes.digest(projectId));
    }

    /**
     * Sends the digest of every running project whose weekly moment has come and that has not had this
     * week's yet. Run by the system; the week's row makes it once even with several app instances.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int sendDue() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        int sent = 0;
        for (ProjectSummary p : projects.visibleProjects()) {
            if (p.status() == ProjectStatus.ACTIVE) {
                sent += Scans.perProject("digest", p.id(), () -> transaction.execute(st -> sendIfDue(p, now)));
            }
        }
        return sent;
    }

    private int sendIfDue(ProjectSummary p, ZonedDateTime now) {
        LocalDate weekOf = CheckpointService.weekOf(now.toLocalDate());
        DigestSchedule s = schedules.findById(p.id()).orElseGet(() -> new DigestSchedule(p.id()));
        ZonedDateTime moment = weekOf.with(java.time.temporal.TemporalAdjusters.nextOrSame(s.getDayOfWeek()))
                .atTime(s.getSendAt()).atZone(clock.getZone());
        if (!s.isEnabled() || now.isBefore(moment)) {
            return 0;
        }
        // the week's row is the claim: a second instance (or run) inserts nothing and sends nothing
        int claimed = jdbc.update("insert ignore into digest_sent (project_id, week_of, sent_at) values (?, ?, ?)",
                p.id(), weekOf, java.sql.Timestamp.from(now.toInstant()));
        if (claimed != 1) {
            return 0;
        }
        WeeklyDigest digest = digest(p.id()).orElseThrow();
        notifier.broadcast(p.id(), "digest.subject", List.of(p.name()),
                DigestText.render(digest, notifier.channelLocale(), translations, clock.getZone()),
                TrackingRoutes.digest(p.id()));
        return 1;
    }
}
