package com.campaigntracker.feeds;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonPrincipal;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.i18n.TranslationKey;
import com.campaigntracker.shared.i18n.TranslationProvider;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.MyRole;
import com.campaigntracker.tracking.MyTask;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds: a person's secret and the feeds read with it. A feed is built as its owner, signed in
 * for the length of the request: My Tasks and the project's tree come from the services the UI uses, with
 * their visibility, so a feed never shows more than its owner may see now. Anything else — an unknown or
 * replaced token, a disabled person, a project out of sight — is "no feed", one answer for all.
 */
@Service
public class FeedService {

    /** How long an update-deadline event lasts, ending at the deadline (a slot to do it in). */
    static final Duration UPDATE_SLOT = Duration.ofMinutes(30);

    private final FeedSecrets secrets;
    private final PeopleService people;
    private final ProjectService projects;
    private final TrackingService tracking;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String baseUrl;
    private final String uidDomain;

    FeedService(FeedSecrets secrets, PeopleService people, ProjectService projects, TrackingService tracking,
                TranslationProvider translations, Clock clock,
                @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.secrets = secrets;
        this.people = people;
        this.projects = projects;
        this.tracking = tracking;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String host = URI.create(this.baseUrl).getHost();
        this.uidDomain = host == null || host.isBlank() ? "campaign-tracker" : host;
    }

    /** My feed addresses (a secret is made at the first ask): My Tasks and each project I may see. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public FeedLinks myLinks() {
        long me = me();
        return links(secrets.of(me).orElseGet(() -> secrets.replace(me, clock.instant())));
    }

    /** A new secret: every address given before stops working at once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public FeedLinks resetMine() {
        return links(secrets.replace(me(), clock.instant()));
    }

    private static long me() {
        Long me = CurrentUser.personId();
        if (me == null) {
            throw new org.springframework.security.access.AccessDeniedException("Feeds are a person's own");
        }
        return me;
    }

    private FeedLinks links(FeedSecrets.Secret secret) {
        List<FeedLinks.ProjectFeed> feeds = projects.visibleProjects().stream()
                .map(p -> new FeedLinks.ProjectFeed(p.id(), p.name(),
                        baseUrl + FeedPaths.milestones(secret.token(), p.id())))
                .toList();
        return new FeedLinks(baseUrl + FeedPaths.myTasks(secret.token()), feeds, secret.since());
    }

    /** The "my tasks" feed of the token's owner; empty when there is no such feed. No one need be signed in. */
    public Optional<String> myTasks(String token) {
        return asOwner(token, owner -> Optional.of(myTasksCalendar(owner)));
    }

    /** The project's milestones feed as the token's owner sees it; empty when not theirs to see. */
    public Optional<String> milestones(String token, long projectId) {
        return asOwner(token, owner -> projects.workTree(projectId).map(tree -> milestonesCalendar(owner, tree)));
    }

    /** Runs {@code work} signed in as the token's owner, when the token is current and its owner enabled. */
    private <T> Optional<T> asOwner(String token, Function<Person, Optional<T>> work) {
        Optional<Person> owner = secrets.owner(token)
                .flatMap(id -> SystemActor.call(() -> people.person(id)))
                .filter(Person::isEnabled);
        // enabled, and a directory's person seen at a directory sign-in lately (people.standingPrincipal)
        Optional<PersonPrincipal> principal = owner.flatMap(p -> people.standingPrincipal(p.getId()))
                .filter(PersonPrincipal::isEnabled);
        if (principal.isEmpty()) {
            return Optional.empty();
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.apply(owner.get());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The tasks I am R of that are still open, each with its due date and its next progress-update deadline
     * as tracking computes it (R8). The due date is an all-day event on the planned finish: plans count whole
     * working days with no time of day, a finish date means "within that day", and a DATE value lands on
     * the same day in every client whatever its own time zone. The update deadline is a timed event ending
     * at the deadline (the end of the working day, {@code app.tracking.end-of-day}) in the organisation's
     * zone; it keeps its UID, so it moves in the calendar when an update is made.
     */
    private String myTasksCalendar(Person owner) {
        Locale locale = localeOf(owner);
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        ICalendarWriter ics = calendar(t(locale, "feeds.myTasks.name", owner.getDisplayName()),
                t(locale, "feeds.myTasks.description"), zone, now);
        for (MyTask mine : tracking.myTasks(false)) {
            if (mine.role() != MyRole.R) {
                continue;
            }
            TrackedTask task = mine.task();
            String url = baseUrl + "/" + PlanRoutes.taskDiscussion(task.projectId(), task.id());
            String description = t(locale, "feeds.task.description", task.projectName(), nn(task.wbs()), task.name(),
                    day(task.plannedStart()), day(task.plannedFinish()), Integer.toString(task.percent()),
                    new TranslationKey("status." + task.status().name()));
            if (task.plannedFinish() != null) {
                allDay(ics, "task-" + task.id() + "-due", task.plannedFinish(),
                        t(locale, "feeds.task.due", task.name(), task.projectName()), description, url, now);
            }
            Instant due = task.update().due();
            if (due != null) {
                ics.begin("VEVENT")
                        .property("UID", "task-" + task.id() + "-update@" + uidDomain)
                        .utc("DTSTAMP", now)
                        .zoned("DTSTART", due.minus(UPDATE_SLOT), zone)
                        .zoned("DTEND", due, zone)
                        .text("SUMMARY", t(locale, task.update().overdue() ? "feeds.update.overdue" : "feeds.update.due",
                                task.name(), task.projectName()))
                        .text("DESCRIPTION", t(locale, "feeds.update.description",
                                new TranslationKey("cadence." + task.cadence().name())) + "\n" + description)
                        .property("URL", url)
                        .property("TRANSP", "TRANSPARENT")
                        .end("VEVENT");
            }
        }
        return ics.end("VCALENDAR").toString();
    }

    /** The project's milestones (rows marked as such, at any level), each an all-day event on its planned finish. */
    private String milestonesCalendar(Person owner, WorkTree tree) {
        Locale locale = localeOf(owner);
        Instant now = clock.instant();
        String project = tree.project().name();
        ICalendarWriter ics = calendar(t(locale, "feeds.milestones.name", project),
                t(locale, "feeds.milestones.description", project), clock.getZone(), now);
        for (WorkItemRow row : tree.rows()) {
            LocalDate day = row.plannedFinish() != null ? row.plannedFinish() : row.plannedStart();
            if (!row.milestone() || day == null) {
                continue;
            }
            allDay(ics, "milestone-" + row.id(), day, t(locale, "feeds.milestone.summary", row.name(), project),
                    t(locale, "feeds.milestone.description", project, nn(row.wbs()), row.name(), day(day),
                            new TranslationKey("status." + row.status().name())),
                    baseUrl + "/" + PlanRoutes.taskDiscussion(tree.project().id(), row.id()), now);
        }
        return ics.end("VCALENDAR").toString();
    }

    private ICalendarWriter calendar(String name, String description, ZoneId zone, Instant now) {
        return new ICalendarWriter().begin("VCALENDAR")
                .property("VERSION", "2.0")
                .property("PRODID", "-//Campaign Tracker//Calendar feeds//EN")
                .property("CALSCALE", "GREGORIAN")
                .text("NAME", name)
                .text("X-WR-CALNAME", name)
                .text("DESCRIPTION", description)
                .text("X-WR-CALDESC", description)
                .property("X-WR-TIMEZONE", zone.getId())
                .property("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .property("X-PUBLISHED-TTL", "PT1H")
                .timeZone(zone, now);
    }

    private void allDay(ICalendarWriter ics, String uid, LocalDate day, String summary, String description, String url,
                        Instant now) {
        ics.begin("VEVENT")
                .property("UID", uid + "@" + uidDomain)
                .utc("DTSTAMP", now)
                .date("DTSTART", day)
                .date("DTEND", day.plusDays(1))
                .text("SUMMARY", summary)
                .text("DESCRIPTION", description)
                .property("URL", url)
                .property("TRANSP", "TRANSPARENT")
                .end("VEVENT");
    }

    /** The person's language from My account; Chinese, the organisation's, when they chose none. */
    private static Locale localeOf(Person person) {
        Locale chosen = AppLocales.fromTag(person.getLanguage());
        return chosen == null ? AppLocales.CHINESE : chosen;
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static String day(LocalDate d) {
        return d == null ? "–" : d.toString();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
