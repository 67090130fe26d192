package com.campaigntracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.people.Department;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.DependencyMode;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemEdit;
import com.campaigntracker.plan.WorkItemHistoryService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkItemEditService;
import com.campaigntracker.plan.ItemPlacementService;
import com.campaigntracker.plan.ItemDeletionService;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.plan.excel.PlanExportService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.schedule.DependencyType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every role against every action, on the services (not the UI). A project of its own per case:
 * manager 权限经理 in department 权限部 (head 权限主管); task 甲 owned by 执行人 (R), with 批准人 as A,
 * 顾问 as C and 旁观者 as I; 局外人 has no part; 另一经理 manages something else. Refused actions
 * must leave the database exactly as it was; an allowed write must change its part of it, and an
 * allowed read nothing.
 */
class AuthorizationMatrixIT extends IntegrationTest {

    enum Who { ADMIN, MANAGER, OTHER_MANAGER, HEAD, RESPONSIBLE, ACCOUNTABLE, CONSULTED, INFORMED, OUTSIDER }

    private static final LocalDate MON = LocalDate.of(2027, 10, 4);
    private static final Map<Who, String> ACCOUNTS = Map.of(Who.ADMIN, "admin", Who.MANAGER, "authz-manager",
            Who.OTHER_MANAGER, "authz-other", Who.HEAD, "authz-head", Who.RESPONSIBLE, "authz-r",
            Who.ACCOUNTABLE, "authz-a", Who.CONSULTED, "authz-c", Who.INFORMED, "authz-i", Who.OUTSIDER, "authz-out");

    private static final Set<Who> EVERYONE_IN_IT = EnumSet.of(Who.ADMIN, Who.MANAGER, Who.HEAD, Who.RESPONSIBLE,
            Who.ACCOUNTABLE, Who.CONSULTED, Who.INFORMED);
    private static final Set<Who> PLANNERS = EnumSet.of(Who.ADMIN, Who.MANAGER);

    @Autowired
    ProjectService projects;
    @Autowired
    WorkItemEditService edits;
    @Autowired
    ItemPlacementService placements;
    @Autowired
    ItemDeletionService deletions;
    @Autowired
    PlanRowsService planRows;
    @Autowired
    TimelineService timelines;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    WorkItemHistoryService histories;
    @Autowired
    com.campaigntracker.plan.AcceptanceService acceptances;
    @Autowired
    PlanExportService exports;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.campaigntracker.tracking.TrackingService tracking;
    @Autowired
    com.campaigntracker.tracking.RiskService risks;
    @Autowired
    com.campaigntracker.tracking.DashboardService dashboards;
    @Autowired
    com.campaigntracker.tracking.DigestService digests;
    @Autowired
    com.campaigntracker.notify.ChannelService channels;
    @Autowired
    com.campaigntracker.notify.MailSettingsService mail;

    @Autowired
    com.campaigntracker.warning.WarningService warnings;
    @Autowired
    com.campaigntracker.warning.ExplanationService explanations;
    @Autowired
    com.campaigntracker.warning.CoordinationService coordination;
    @Autowired
    com.campaigntracker.warning.EscalationService escalations;
    @Autowired
    MutableClock clock;
    @Autowired
    com.campaigntracker.closing.RetrospectiveService retrospectives;
    @Autowired
    com.campaigntracker.archive.ArchiveService archive;
    @Autowired
    com.campaigntracker.template.TemplateService templates;
    @Autowired
    Fixtures fixtures;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /**
     * What an action needs: the project and its items; for deviation cases also the explanations by task
     * name (甲's due from its R, 乙's given and waiting for the manager) and 丙's escalation to the head.
     */
    record Fixture(long projectId, WorkItemRow task, WorkItemRow other, Map<Who, Long> personIds,
                   Map<String, com.campaigntracker.warning.ExplanationLine> explanations,
                   com.campaigntracker.warning.EscalationLine escalation) {

        long explanation(String taskName) {
            return explanations.get(taskName).id();
        }

        long explanationVersion(String taskName) {
            return explanations.get(taskName).version();
        }
    }

    @FunctionalInterface
    interface Action {
        void run(AuthorizationMatrixIT t, Fixture f);
    }

    /** What a case's project looks like before the action. */
    enum Setup {
        /** running, 甲 finished and waiting for its A */
        PLAIN,
        /** late tasks with explanations and an escalation (R11–R13) */
        DEVIATION,
        /** cancelled by its manager: its retrospective is due (R14) */
        CANCELLED,
        /** cancelled and its retrospective submitted: its review report may be made (R15) */
        REVIEWED,
        /** as PLAIN, with a chat group whose robot does not answer (the message is queued, fails, is retried) */
        WITH_CHANNEL
    }

    /**
     * An action, who may take it, and what it is for: a read ({@code changes} null) must change nothing;
     * a write must change its part of the database when allowed (and nothing at all when refused).
     */
    record Case(String name, Set<Who> allowed, Part changes, Action action, Setup setup) {

        boolean isRead() {
            return changes == null;
        }

        @Override
        public String toString() {
            return (isRead() ? "read: " : "write: ") + name;
        }
    }

    private static Case read(String name, Set<Who> allowed, Action action) {
        return new Case(name, allowed, null, action, Setup.PLAIN);
    }

    private static Case write(String name, Set<Who> allowed, Part changes, Action action) {
        return new Case(name, allowed, changes, action, Setup.PLAIN);
    }

    private static Case write(String name, Set<Who> allowed, Part changes, Action action, Setup setup) {
        return new Case(name, allowed, changes, action, setup);
    }

    static List<Case> cases() {
        return List.of(
                read("read the plan", EVERYONE_IN_IT,
                        (t, f) -> t.projects.workTree(f.projectId()).orElseThrow(() -> new AccessDeniedException("hidden"))),
                read("read the RACI matrix", EVERYONE_IN_IT,
                        (t, f) -> t.raci.matrix(f.projectId()).orElseThrow(() -> new AccessDeniedException("hidden"))),
                read("read a task's history", EVERYONE_IN_IT, (t, f) -> t.histories.history(f.task().id())),
                read("export the plan", EVERYONE_IN_IT, (t, f) -> t.exports.export(f.projectId(), false)),
                write("edit a task", PLANNERS, Part.WORK_ITEMS,
                        (t, f) -> t.edits.update(f.task().id(), f.task().version(),
                        rename(WorkItemEdit.of(f.task())), DependencyMode.REFUSE)),
                write("add an item", PLANNERS, Part.WORK_ITEMS,
                        (t, f) -> t.placements.addItem(f.projectId(), f.task().id(),
                        com.campaigntracker.plan.Placement.SIBLING_AFTER, "新")),
                write("delete a task", PLANNERS, Part.WORK_ITEMS,
                        (t, f) -> t.deletions.delete(f.other().id(), f.other().version())),
                write("drag a bar", PLANNERS, Part.WORK_ITEMS,
                        (t, f) -> t.timelines.reschedule(f.task().id(), f.task().version(),
                        MON.plusDays(7), MON.plusDays(11), false)),
                write("draw a dependency", PLANNERS, Part.DEPENDENCIES,
                        (t, f) -> t.timelines.link(f.task().id(), f.other().id(),
                        DependencyType.FS, 0)),
                write("save a baseline", PLANNERS, Part.BASELINES, (t, f) -> t.timelines.saveBaseline(f.projectId())),
                write("set a RACI cell", PLANNERS, Part.RACI, (t, f) -> t.raci.set(f.projectId(), f.task().id(),
                        f.personIds().get(Who.OUTSIDER), null, RaciLetter.I)),
                write("update progress", EnumSet.of(Who.ADMIN, Who.MANAGER, Who.RESPONSIBLE), Part.WORK_ITEMS,
                        (t, f) -> t.timelines.setProgress(f.task().id(), f.task().version(), 40)),
                write("accept a deliverable", EnumSet.of(Who.ACCOUNTABLE), Part.WORK_ITEMS,
                        (t, f) -> t.acceptances.accept(f.task().id())),
                write("archive the project", PLANNERS, Part.PROJECTS,
                        (t, f) -> t.projects.setArchived(f.projectId(), true)),
                write("quick update with a note", EnumSet.of(Who.ADMIN, Who.MANAGER, Who.RESPONSIBLE), Part.PROGRESS_UPDATES,
                        (t, f) -> t.tracking.update(f.task().id(), f.task().version(), new com.campaigntracker.tracking
                                .QuickUpdate(40, com.campaigntracker.plan.ProgressStatus.IN_PROGRESS, null, "备注", null))),
                write("raise a risk point", EnumSet.of(Who.ADMIN, Who.MANAGER, Who.RESPONSIBLE), Part.RISK_POINTS,
                        (t, f) -> t.risks.add(f.task().id(), new com.campaigntracker.tracking.RiskDetails("风险",
                                com.campaigntracker.plan.RiskLevel.LOW, com.campaigntracker.plan.RiskLevel.LOW,
                                com.campaigntracker.plan.RiskLevel.LOW, null, null))),
                write("set a task's cadence", PLANNERS, Part.CADENCES,
                        (t, f) -> t.tracking.setCadence(f.task().id(), com.campaigntracker.tracking.Cadence.DAILY)),
                read("read the dashboard", EVERYONE_IN_IT, (t, f) -> t.dashboards.project(f.projectId())
                        .orElseThrow(() -> new AccessDeniedException("hidden"))),
                write("add a chat-group channel", PLANNERS, Part.CHANNELS, (t, f) -> t.channels.add(f.projectId(),
                        new com.campaigntracker.notify.ChannelDetails(com.campaigntracker.notify.ChannelKind.GENERIC,
                                "群", "https://example.com/hook", null, true))),
                write("send the weekly digest now", PLANNERS, Part.OUTBOX, (t, f) -> t.digests.send(f.projectId()),
                        Setup.WITH_CHANNEL),
                read("list the project's channels", EVERYONE_IN_IT, (t, f) -> t.channels.of(f.projectId())),
                write("set the digest schedule", PLANNERS, Part.DIGEST_SCHEDULES,
                        (t, f) -> t.digests.saveSettings(f.projectId(),
                        new com.campaigntracker.tracking.DigestSettings(java.time.DayOfWeek.FRIDAY,
                                java.time.LocalTime.of(16, 0), true, 0))),
                write("change the mail server", EnumSet.of(Who.ADMIN), Part.MAIL_SETTINGS, (t, f) -> t.mail.save(
                        new com.campaigntracker.notify.MailSettingsDetails(false, null, 25, null, false,
                                otherFromAddress(t.jdbc), false), null)),
                write("change the calendar", EnumSet.of(Who.ADMIN), Part.CALENDAR,
                        (t, f) -> t.calendars.put(MON.plusYears(3), DayKind.HOLIDAY, "权限测试")),
                write("create a user", EnumSet.of(Who.ADMIN), Part.PEOPLE,
                        (t, f) -> t.people.createPerson("authz-new-" + System.nanoTime(), "新人", Role.MEMBER, null, "x")),
                write("explain a deviation", EnumSet.of(Who.ADMIN, Who.MANAGER, Who.RESPONSIBLE), Part.EXPLANATIONS,
                        (t, f) -> t.explanations.submit(f.explanation("甲"), f.explanationVersion("甲"),
                                new com.campaigntracker.warning.ExplanationForm(
                                        com.campaigntracker.warning.CauseType.OBJECTIVE, "改稿", null, List.of(
                                        new com.campaigntracker.warning.RemedialMeasure("加人", null, null)), null,
                                        null)), Setup.DEVIATION),
                write("record a coordination meeting", PLANNERS, Part.COORDINATION_MEETINGS,
                        (t, f) -> t.coordination.recordMeeting(
                        f.explanation("乙"), MON.plusDays(9), List.of(f.personIds().get(Who.MANAGER)), "同意"), Setup.DEVIATION),
                write("accept an explanation", PLANNERS, Part.EXPLANATIONS,
                        (t, f) -> t.coordination.accept(f.explanation("乙"),
                        f.explanationVersion("乙"), MON.plusDays(9), MON.plusDays(10), "同意"), Setup.DEVIATION),
                write("send an explanation back", PLANNERS, Part.EXPLANATIONS,
                        (t, f) -> t.coordination.reject(f.explanation("乙"),
                        f.explanationVersion("乙"), "请补充"), Setup.DEVIATION),
                write("mark a deviation major", PLANNERS, Part.ESCALATIONS,
                        (t, f) -> t.coordination.markMajor(f.explanation("乙"), "重大"), Setup.DEVIATION),
                write("decide an escalation", EnumSet.of(Who.ADMIN, Who.HEAD), Part.ESCALATIONS,
                        (t, f) -> t.escalations.decide(
                        f.escalation().id(), f.escalation().version(),
                        com.campaigntracker.warning.EscalationDecision.CUT_SCOPE, "缩减范围"), Setup.DEVIATION),
                write("cancel the project", PLANNERS, Part.PROJECTS, (t, f) -> t.projects.cancel(f.projectId(),
                        t.jdbc.queryForObject("select version from project where id = ?", Long.class, f.projectId()),
                        "停止")),
                write("save a retrospective draft", PLANNERS, Part.RETROSPECTIVES,
                        (t, f) -> t.retrospectives.saveDraft(f.projectId(), -1,
                        new com.campaigntracker.closing.RetrospectiveForm(null, Set.of(), 4, null, null, null, null,
                                null, List.of(), null, null, "教训", List.of())), Setup.CANCELLED),
                write("archive the review report", PLANNERS, Part.REPORT_ARCHIVES,
                        (t, f) -> t.archive.generate(f.projectId(),
                        java.util.Locale.ENGLISH), Setup.REVIEWED),
                write("save the project as a template", PLANNERS, Part.TEMPLATES,
                        (t, f) -> t.templates.save(f.projectId(),
                        new com.campaigntracker.template.TemplateDraft("权限模板", null, Map.of(), "PM"))),
                write("raise a template's risks to watch", PLANNERS, Part.RISK_POINTS,
                        (t, f) -> t.risks.addAll(f.projectId(),
                        Map.of(f.task().id(), List.of(new com.campaigntracker.tracking.RiskDetails("模板风险",
                                com.campaigntracker.plan.RiskLevel.LOW, com.campaigntracker.plan.RiskLevel.LOW,
                                com.campaigntracker.plan.RiskLevel.LOW, null, null))))),
                write("flag key tasks", PLANNERS, Part.WORK_ITEMS,
                        (t, f) -> t.planRows.markKeyTasks(f.projectId(), List.of(f.task().id()))),
                read("list the templates", EnumSet.of(Who.ADMIN, Who.MANAGER, Who.OTHER_MANAGER, Who.HEAD),
                        (t, f) -> t.templates.templates(java.util.Locale.CHINESE)),
                write("make a project from a template", EnumSet.of(Who.ADMIN, Who.MANAGER, Who.OTHER_MANAGER), Part.PROJECTS,
                        (t, f) -> t.templates.createProject("builtin:co-branding", java.util.Locale.CHINESE,
                                new com.campaigntracker.template.TemplateStart("权限联名", MON, null, null, Map.of()))));
    }

    static Stream<Arguments> roleAgainstAction() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : cases()) {
            for (Who who : Who.values()) {
                all.add(Arguments.of(c, who));
            }
        }
        return all.stream();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.reset();
    }

    @ParameterizedTest(name = "{1} may {0}: {index}")
    @MethodSource("roleAgainstAction")
    void every_role_against_every_action(Case action, Who who) {
        Fixture f = fixture(action.setup());
        SignIn.as(users, ACCOUNTS.get(who));
        Map<Part, String> before = snapshot();
        if (!action.allowed().contains(who)) {
            assertThatThrownBy(() -> action.action().run(this, f)).as(who + " may not " + action.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(snapshot()).as("nothing changed after a refused " + action.name()).isEqualTo(before);
        } else if (action.isRead()) {
            assertThatCode(() -> action.action().run(this, f)).as(who + " may " + action.name()).doesNotThrowAnyException();
            assertThat(snapshot()).as("a read changes nothing: " + action.name()).isEqualTo(before);
        } else {
            assertThatCode(() -> action.action().run(this, f)).as(who + " may " + action.name()).doesNotThrowAnyException();
            assertThat(snapshot().get(action.changes())).as(who + "'s " + action.name() + " changed " + action.changes())
                    .isNotEqualTo(before.get(action.changes()));
        }
    }

    // Sessions after an account changes (issue 19, M2): a real HTTP session signed in through the login form;
    // an administrator's change through the service ends it at its next request, which changes nothing.

    @Test
    void a_deactivated_persons_open_session_is_refused_at_its_next_request() {
        Person leaver = fixtures.member("session-leaver", "离职者");
        WebClient browser = signedIn(leaver, "/projects");
        Map<Part, String> before = snapshot();

        changeAccount(leaver, details -> details.setEnabled(false));

        assertSessionEnded(browser, "/projects");
        assertThat(snapshot()).as("nothing changed through the ended session").isEqualTo(before);
    }

    @Test
    void a_demoted_administrators_open_session_is_refused_at_its_next_request() {
        Person admin = fixtures.person("session-demoted", "降级管理员", Role.ADMIN);
        WebClient browser = signedIn(admin, "/admin/people");
        Map<Part, String> before = snapshot();

        changeAccount(admin, details -> details.setRole(Role.MEMBER));

        assertSessionEnded(browser, "/admin/people");
        assertThat(snapshot()).as("nothing changed through the ended session").isEqualTo(before);
    }

    @Test
    void a_password_reset_ends_the_sessions_signed_in_with_the_old_password() {
        Person victim = fixtures.member("session-reset", "被盗号者");
        WebClient attacker = signedIn(victim, "/projects");

        com.campaigntracker.shared.security.SystemActor.run(
                () -> people.resetPassword(victim.getId(), "Reset-after-theft-2026"));
        Map<Part, String> before = snapshot(); // after the reset, which itself tells the person (a notice, a mail)

        assertSessionEnded(attacker, "/projects");
        assertThat(snapshot()).as("nothing changed through the ended session").isEqualTo(before);
        assertThat(new WebClient(port).signIn(victim.getUsername(), "Reset-after-theft-2026").headers()
                .firstValue("Location")).as("the new password signs in").hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void a_change_of_name_or_to_someone_else_leaves_the_session_open() {
        Person member = fixtures.member("session-kept", "改名者");
        Person other = fixtures.member("session-other", "别人");
        WebClient browser = signedIn(member, "/projects");

        changeAccount(member, details -> details.setDisplayName("改名者二"));
        changeAccount(other, details -> details.setEnabled(false));

        assertThat(browser.get("/projects").statusCode()).as("still signed in").isEqualTo(200);
    }

    private WebClient signedIn(Person person, String page) {
        WebClient browser = new WebClient(port);
        assertThat(WebClient.location(browser.signIn(person.getUsername(), Fixtures.PASSWORD))).doesNotContain("error");
        assertThat(browser.get(page).statusCode()).as(person.getUsername() + " is signed in").isEqualTo(200);
        return browser;
    }

    private void changeAccount(Person person, java.util.function.Consumer<com.campaigntracker.people.PersonDetails> change) {
        com.campaigntracker.shared.security.SystemActor.run(() -> {
            Person current = people.person(person.getId()).orElseThrow();
            var details = com.campaigntracker.people.PersonDetails.of(current);
            change.accept(details);
            people.update(current.getId(), current.getVersion(), details);
        });
    }

    private static void assertSessionEnded(WebClient browser, String page) {
        var response = browser.get(page);
        assertThat(response.statusCode()).as("the next request of the old session is refused").isEqualTo(302);
        assertThat(WebClient.location(response)).endsWith("/login");
        assertThat(browser.get(page).statusCode()).as("and the session stays ended").isEqualTo(302);
    }

    /**
     * The parts of the database the actions touch, each as the rows (or the count) that show a change.
     * A refused action leaves them all as they were; an allowed write changes its own part.
     */
    enum Part {
        WORK_ITEMS("select concat_ws(',', id, version, name, planned_start, planned_finish, status, percent_complete,"
                + " owner_id, key_task) from work_item order by id"),
        PROJECTS("select concat_ws(',', id, version, name, archived, status, closed_at) from project order by id"),
        DEPENDENCIES("select concat_ws(',', id, predecessor_id, successor_id) from dependency order by id"),
        RACI("select concat_ws(',', id, work_item_id, person_id, role) from raci_assignment order by id"),
        CALENDAR("select concat_ws(',', day, kind) from calendar_day order by day"),
        PEOPLE("select count(*) from person"),
        BASELINES("select count(*) from schedule_baseline"),
        PROGRESS_UPDATES("select count(*) from progress_update"),
        RISK_POINTS("select count(*) from risk_point"),
        CHANNELS("select count(*) from project_channel"),
        CADENCES("select concat_ws(',', work_item_id, version, cadence) from update_cadence order by work_item_id"),
        DIGEST_SCHEDULES("select concat_ws(',', project_id, version, day_of_week, send_at, enabled) from digest_schedule"
                + " order by project_id"),
        MAIL_SETTINGS("select concat_ws(',', version, enabled, host, port, from_address) from mail_settings"),
        EXPLANATIONS("select concat_ws(',', id, version, submitted_at, outcome) from deviation_explanation order by id"),
        ESCALATIONS("select concat_ws(',', id, version, decided_at) from escalation order by id"),
        COORDINATION_MEETINGS("select count(*) from coordination_meeting"),
        SCHEDULE_REVISIONS("select count(*) from schedule_revision"),
        RETROSPECTIVES("select concat_ws(',', id, version, submitted) from retrospective order by id"),
        REPORT_ARCHIVES("select count(*) from report_archive"),
        TEMPLATES("select count(*) from plan_template"),
        /** messages queued for e-mail and chat groups */
        OUTBOX("select count(*) from outbox_message"),
        NOTICES("select count(*) from notice");

        private final String query;

        Part(String query) {
            this.query = query;
        }
    }

    private Map<Part, String> snapshot() {
        Map<Part, String> parts = new java.util.EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            parts.put(part, String.join("|", jdbc.queryForList(part.query, String.class)));
        }
        return parts;
    }

    /** A From address unlike the one stored, so that saving it is a change whatever an earlier test left. */
    private static String otherFromAddress(JdbcTemplate jdbc) {
        return jdbc.queryForList("select from_address from mail_settings", String.class).contains("tracker@example.com")
                ? "authz-tracker@example.com" : "tracker@example.com";
    }

    private static WorkItemEdit rename(WorkItemEdit e) {
        return new WorkItemEdit(e.name() + "'", e.description(), e.deliverables(), e.ownerId(), e.plannedStart(),
                e.duration(), e.plannedFinish(), e.priority(), e.estimateDays(), e.bufferPercent(), e.predecessors(),
                e.keyTask(), e.milestone(), e.riskLevel(), e.remarks());
    }

    private Fixture fixture(Setup setup) {
        boolean deviation = setup == Setup.DEVIATION;
        SignIn.as(users, "admin");
        if (deviation) {
            clock.setTo(MON.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        }
        if (people.findByUsername(ACCOUNTS.get(Who.MANAGER)).isEmpty()) {
            Department department = people.createDepartment("权限部");
            people.createPerson(ACCOUNTS.get(Who.MANAGER), "权限经理", Role.MANAGER, department, "secret");
            people.createPerson(ACCOUNTS.get(Who.OTHER_MANAGER), "另一经理", Role.MANAGER, null, "secret");
            Person head = people.createPerson(ACCOUNTS.get(Who.HEAD), "权限主管", Role.HEAD, department, "secret");
            people.makeHead(department, head);
            people.createPerson(ACCOUNTS.get(Who.RESPONSIBLE), "执行人", Role.MEMBER, null, "secret");
            people.createPerson(ACCOUNTS.get(Who.ACCOUNTABLE), "批准人", Role.MEMBER, null, "secret");
            people.createPerson(ACCOUNTS.get(Who.CONSULTED), "顾问", Role.MEMBER, null, "secret");
            people.createPerson(ACCOUNTS.get(Who.INFORMED), "旁观者", Role.MEMBER, null, "secret");
            people.createPerson(ACCOUNTS.get(Who.OUTSIDER), "局外人", Role.MEMBER, null, "secret");
        }
        Map<Who, Long> ids = new java.util.EnumMap<>(Who.class);
        ACCOUNTS.forEach((who, account) -> ids.put(who, people.findByUsername(account).orElseThrow().getId()));
        Person manager = people.person(ids.get(Who.MANAGER)).orElseThrow();
        ProjectDetails details = new ProjectDetails();
        details.setName("权限测试 " + System.nanoTime());
        details.setManagerId(manager.getId());
        details.setDepartmentId(manager.getDepartment().getId());
        details.setPlannedStart(MON);
        long projectId = projects.create(details);
        Person responsible = people.person(ids.get(Who.RESPONSIBLE)).orElseThrow();
        planRows.appendRows(projectId, List.of(
                row(WorkItemLevel.PHASE, "阶段", null), row(WorkItemLevel.MODULE, "模块", null),
                row(WorkItemLevel.TASK, "甲", responsible), row(WorkItemLevel.TASK, "乙", null),
                row(WorkItemLevel.TASK, "丙", null)));
        List<WorkItemRow> rows = projects.workTree(projectId).orElseThrow().rows();
        WorkItemRow task = rows.get(2);
        raci.set(projectId, task.id(), ids.get(Who.ACCOUNTABLE), null, RaciLetter.A);
        raci.set(projectId, task.id(), ids.get(Who.CONSULTED), null, RaciLetter.C);
        raci.set(projectId, task.id(), ids.get(Who.INFORMED), null, RaciLetter.I);
        rows = projects.workTree(projectId).orElseThrow().rows();
        if (deviation) {
            return deviation(projectId, ids);
        }
        if (setup == Setup.WITH_CHANNEL) {
            // a name that never resolves (RFC 2606): the delivery fails at once and is retried later
            channels.add(projectId, new com.campaigntracker.notify.ChannelDetails(
                    com.campaigntracker.notify.ChannelKind.GENERIC, "无人接听", "https://authz.invalid/hook", null, true));
        }
        if (setup == Setup.CANCELLED || setup == Setup.REVIEWED) {
            SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
            projects.cancel(projectId, projects.workTree(projectId).orElseThrow().project().version(), "停止");
            if (setup == Setup.REVIEWED) {
                retrospectives.submit(projectId, -1, new com.campaigntracker.closing.RetrospectiveForm(
                        java.time.LocalDate.now(clock), Set.of(ids.get(Who.MANAGER)), 3, null, 3, null, 3, null,
                        List.of(), null, null, "教训", List.of()));
            }
            SignIn.out();
            return new Fixture(projectId, rows.get(2), rows.get(3), ids, Map.of(), null);
        }
        SignIn.as(users, ACCOUNTS.get(Who.RESPONSIBLE));
        timelines.setProgress(rows.get(2).id(), rows.get(2).version(), 100); // finished: waits for its A
        SignIn.as(users, "admin");
        rows = projects.workTree(projectId).orElseThrow().rows();
        SignIn.out();
        return new Fixture(projectId, rows.get(2), rows.get(3), ids, Map.of(), null);
    }

    /**
     * Nine days on, every task is late: 乙's explanation is given without dates (waiting for the
     * manager), 丙's with dates that move the finish (escalated to the head), 甲's is due from its R.
     */
    private Fixture deviation(long projectId, Map<Who, Long> ids) {
        projects.activate(projectId);
        clock.setTo(MON.plusDays(9).atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        warnings.evaluate(projectId);
        var form = new com.campaigntracker.warning.ExplanationForm(com.campaigntracker.warning.CauseType.SUBJECTIVE,
                "排期乐观", null, List.of(new com.campaigntracker.warning.RemedialMeasure("加人", null, null)), null, null);
        Map<String, com.campaigntracker.warning.ExplanationLine> byTask = new java.util.HashMap<>();
        explanations.of(projectId).forEach(e -> byTask.put(e.taskName(), e));
        explanations.submit(byTask.get("乙").id(), byTask.get("乙").version(), form);
        explanations.submit(byTask.get("丙").id(), byTask.get("丙").version(), new com.campaigntracker.warning
                .ExplanationForm(form.causeType(), form.cause(), null, form.measures(), MON.plusDays(9),
                MON.plusDays(12)));
        explanations.of(projectId).forEach(e -> byTask.put(e.taskName(), e));
        var escalation = escalations.of(projectId).get(0);
        List<WorkItemRow> rows = projects.workTree(projectId).orElseThrow().rows();
        SignIn.out();
        return new Fixture(projectId, rows.get(2), rows.get(3), ids, Map.copyOf(byTask), escalation);
    }

    // ---------------------------------------------------------------------------------------------
    // Issue 19, M6 and L10: a closed or cancelled project is a record. Every way to change it is refused
    // (for its manager and administrators, and for its R, A and head where they may act) and nothing
    // changes; only an administrator reopens it, with a reason, which is audited and shown.

    /** How a record's project ended. */
    enum Ending { CLOSED, CANCELLED }

    /**
     * A record to attack: a deviation fixture (explanations, an escalation) with a dependency 乙 → 丙, a
     * risk on 甲, a chat-group channel and a submitted retrospective, then closed with its work done (甲
     * accepted by its A) or cancelled (甲 finished and waiting for its A).
     */
    record RecordFixture(Fixture f, long dependencyId, long riskId, long riskVersion, long channelId,
                         long channelVersion, long projectVersion) {
    }

    @FunctionalInterface
    interface RecordAction {
        void run(AuthorizationMatrixIT t, RecordFixture r);
    }

    /** An edit of a record's project, who tries it, and the message key of the refusal. */
    record RecordCase(String name, Set<Who> tried, RecordAction action, String refusal, boolean cancelledOnly) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String CLOSED_RECORD = "project.error.closedRecord";

    private static RecordCase edit(String name, Set<Who> tried, RecordAction action) {
        return new RecordCase(name, tried, action, CLOSED_RECORD, false);
    }

    static List<RecordCase> recordCases() {
        Set<Who> planners = EnumSet.of(Who.ADMIN, Who.MANAGER);
        Set<Who> plannersAndR = EnumSet.of(Who.ADMIN, Who.MANAGER, Who.RESPONSIBLE);
        return List.of(
                edit("edit a task", planners, (t, r) -> t.edits.update(r.f().task().id(), r.f().task().version(),
                        rename(WorkItemEdit.of(r.f().task())), DependencyMode.REFUSE)),
                edit("add an item", planners, (t, r) -> t.placements.addItem(r.f().projectId(), r.f().task().id(),
                        com.campaigntracker.plan.Placement.SIBLING_AFTER, "新")),
                edit("delete a task", planners, (t, r) -> t.deletions.delete(r.f().other().id(), r.f().other().version())),
                edit("import rows", planners, (t, r) -> t.planRows.appendRows(r.f().projectId(),
                        List.of(row(WorkItemLevel.PHASE, "追加", null)))),
                edit("flag key tasks", planners, (t, r) -> t.planRows.markKeyTasks(r.f().projectId(),
                        List.of(r.f().task().id()))),
                edit("assign an owner", planners, (t, r) -> t.edits.assignOwner(r.f().other().id(),
                        r.f().personIds().get(Who.OUTSIDER))),
                edit("move a task", planners, (t, r) -> t.placements.move(r.f().other().id(), r.f().other().version(), -1)),
                edit("drag a bar", planners, (t, r) -> t.timelines.reschedule(r.f().task().id(), r.f().task().version(),
                        MON.plusDays(7), MON.plusDays(11), false)),
                edit("revise dates", planners, (t, r) -> t.timelines.revise(r.f().task().id(), r.f().task().version(),
                        MON.plusDays(7), MON.plusDays(11), "改期")),
                edit("draw a dependency", planners, (t, r) -> t.timelines.link(r.f().task().id(), r.f().other().id(),
                        DependencyType.FS, 0)),
                edit("remove a dependency", planners, (t, r) -> t.timelines.unlink(r.dependencyId())),
                edit("save a baseline", planners, (t, r) -> t.timelines.saveBaseline(r.f().projectId())),
                edit("set a RACI cell", planners, (t, r) -> t.raci.set(r.f().projectId(), r.f().task().id(),
                        r.f().personIds().get(Who.OUTSIDER), null, RaciLetter.I)),
                edit("update progress", plannersAndR, (t, r) -> t.timelines.setProgress(r.f().task().id(),
                        r.f().task().version(), 40)),
                edit("quick update", plannersAndR, (t, r) -> t.tracking.update(r.f().task().id(), r.f().task().version(),
                        new com.campaigntracker.tracking.QuickUpdate(40,
                                com.campaigntracker.plan.ProgressStatus.IN_PROGRESS, null, "备注", null))),
                edit("raise a risk point", plannersAndR, (t, r) -> t.risks.add(r.f().task().id(), risk("新风险"))),
                edit("raise a template's risks", planners, (t, r) -> t.risks.addAll(r.f().projectId(),
                        Map.of(r.f().task().id(), List.of(risk("模板风险"))))),
                edit("edit a risk point", plannersAndR, (t, r) -> t.risks.update(r.riskId(), r.riskVersion(),
                        risk("改写"))),
                edit("close a risk point", plannersAndR, (t, r) -> t.risks.setStatus(r.riskId(), r.riskVersion(),
                        com.campaigntracker.tracking.RiskStatus.CLOSED)),
                edit("set a task's cadence", planners, (t, r) -> t.tracking.setCadence(r.f().task().id(),
                        com.campaigntracker.tracking.Cadence.DAILY)),
                edit("change the project's dates and KPIs", planners, (t, r) -> {
                    ProjectDetails d = ProjectDetails.of(t.projects.workTree(r.f().projectId()).orElseThrow().project());
                    d.setCommittedEnd(MON.plusDays(60));
                    d.getKpis().add(new ProjectDetails.Kpi("销售额", "万元", java.math.BigDecimal.TEN));
                    t.projects.update(r.f().projectId(), r.projectVersion(), d);
                }),
                edit("add a channel", planners, (t, r) -> t.channels.add(r.f().projectId(),
                        new com.campaigntracker.notify.ChannelDetails(com.campaigntracker.notify.ChannelKind.GENERIC,
                                "群二", "https://example.com/hook2", null, true))),
                edit("change a channel", planners, (t, r) -> t.channels.update(r.channelId(), r.channelVersion(),
                        new com.campaigntracker.notify.ChannelDetails(com.campaigntracker.notify.ChannelKind.GENERIC,
                                "改名", "https://example.com/hook", null, false))),
                edit("remove a channel", planners, (t, r) -> t.channels.remove(r.channelId(), r.channelVersion())),
                edit("explain a deviation", plannersAndR, (t, r) -> t.explanations.submit(r.f().explanation("甲"),
                        r.f().explanationVersion("甲"), new com.campaigntracker.warning.ExplanationForm(
                                com.campaigntracker.warning.CauseType.OBJECTIVE, "改稿", null, List.of(
                                new com.campaigntracker.warning.RemedialMeasure("加人", null, null)), null, null))),
                edit("record a coordination meeting", planners, (t, r) -> t.coordination.recordMeeting(
                        r.f().explanation("乙"), MON.plusDays(9), List.of(r.f().personIds().get(Who.MANAGER)), "同意")),
                edit("accept an explanation", planners, (t, r) -> t.coordination.accept(r.f().explanation("乙"),
                        r.f().explanationVersion("乙"), MON.plusDays(9), MON.plusDays(10), "同意")),
                edit("send an explanation back", planners, (t, r) -> t.coordination.reject(r.f().explanation("乙"),
                        r.f().explanationVersion("乙"), "请补充")),
                edit("mark a deviation major", planners, (t, r) -> t.coordination.markMajor(r.f().explanation("乙"),
                        "重大")),
                edit("decide an escalation", EnumSet.of(Who.ADMIN, Who.HEAD), (t, r) -> t.escalations.decide(
                        r.f().escalation().id(), r.f().escalation().version(),
                        com.campaigntracker.warning.EscalationDecision.CUT_SCOPE, "缩减范围")),
                new RecordCase("accept a deliverable", EnumSet.of(Who.ACCOUNTABLE),
                        (t, r) -> t.acceptances.accept(r.f().task().id()), CLOSED_RECORD, true),
                new RecordCase("correct the submitted retrospective", planners,
                        (t, r) -> t.retrospectives.correct(r.f().projectId()), "retrospective.error.record", false));
    }

    static Stream<Arguments> recordEdits() {
        List<Arguments> all = new ArrayList<>();
        for (Ending ending : Ending.values()) {
            for (RecordCase c : recordCases()) {
                if (c.cancelledOnly() && ending != Ending.CANCELLED) {
                    continue;
                }
                for (Who who : c.tried()) {
                    all.add(Arguments.of(ending, c, who));
                }
            }
        }
        return all.stream();
    }

    /** One record per ending for all attacks: each is refused and changes nothing, so each finds it as it was. */
    private static final Map<Ending, RecordFixture> RECORDS = new java.util.EnumMap<>(Ending.class);

    @ParameterizedTest(name = "{0} project: {2} may not {1}")
    @MethodSource("recordEdits")
    void a_closed_or_cancelled_project_is_a_record(Ending ending, RecordCase action, Who who) {
        RecordFixture r = RECORDS.computeIfAbsent(ending, this::recordFixture);
        SignIn.as(users, ACCOUNTS.get(who));
        Map<Part, String> before = snapshot();
        String audit = auditRows();
        assertThatThrownBy(() -> action.action().run(this, r)).as(who + " may not " + action.name())
                .isInstanceOf(com.campaigntracker.shared.i18n.TranslatableException.class)
                .hasMessageContaining(action.refusal());
        assertThat(snapshot()).as("nothing changed after a refused " + action.name()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audit);
    }

    @org.junit.jupiter.api.Test
    void the_pages_of_a_record_offer_no_edits_but_its_manager_still_sees_its_channels_whole() {
        RecordFixture r = RECORDS.computeIfAbsent(Ending.CLOSED, this::recordFixture);
        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        var project = projects.workTree(r.f().projectId()).orElseThrow().project();
        assertThat(project.closed()).isTrue();
        assertThat(project.editable()).as("no edit controls").isFalse();
        assertThat(project.manages()).as("its retrospective, report and archiving stay the manager's").isTrue();
        assertThat(channels.of(r.f().projectId())).extracting(com.campaigntracker.notify.ChannelLine::target)
                .contains("https://example.com/hook");
        assertThat(raci.matrix(r.f().projectId()).orElseThrow().editable()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void only_an_administrator_reopens_a_record_and_only_with_a_reason() {
        long projectId = recordFixture(Ending.CANCELLED).f().projectId();
        long version = jdbc.queryForObject("select version from project where id = ?", Long.class, projectId);
        Map<Part, String> before = snapshot();
        String audit = auditRows();

        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        assertThatThrownBy(() -> projects.reopen(projectId, version, "我想改")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, ACCOUNTS.get(Who.HEAD));
        assertThatThrownBy(() -> projects.reopen(projectId, version, "我想改")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "admin");
        assertThatThrownBy(() -> projects.reopen(projectId, version, "  "))
                .hasMessageContaining("project.error.reopenReason");
        assertThatThrownBy(() -> projects.reopen(projectId, version, null))
                .hasMessageContaining("project.error.reopenReason");
        assertThatThrownBy(() -> projects.reopen(projectId, version, "长".repeat(1001)))
                .hasMessageContaining("project.error.reopenReasonTooLong");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audit);

        projects.reopen(projectId, version, " 品牌方恢复合作 ");
        var reopened = projects.workTree(projectId).orElseThrow().project();
        assertThat(reopened.status()).isEqualTo(com.campaigntracker.plan.ProjectStatus.ACTIVE);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.reopenedByName()).isEqualTo(people.findByUsername("admin").orElseThrow().getDisplayName());
        assertThat(reopened.reopenedAt()).isEqualTo(clock.instant());
        assertThat(reopened.reopenReason()).isEqualTo("品牌方恢复合作");
        assertThat(auditLog.search(null, com.campaigntracker.shared.audit.AuditKind.PROJECT_REOPENED, null, null, 1000)
                .stream().filter(e -> e.subjectId() != null && e.subjectId() == projectId)).singleElement().satisfies(e -> {
            assertThat(e.actorName()).isEqualTo("admin");
            assertThat(e.subjectId()).isEqualTo(projectId);
            assertThat(e.before()).contains("CANCELLED").contains("停止");
            assertThat(e.after()).contains("ACTIVE");
            assertThat(e.reason()).isEqualTo("品牌方恢复合作");
        });
        assertThatThrownBy(() -> projects.reopen(projectId, reopened.version(), "再开"))
                .hasMessageContaining("project.error.notClosed");

        // running again: its manager edits it as before
        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        assertThat(projects.workTree(projectId).orElseThrow().project().editable()).isTrue();
        WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().get(3);
        String items = snapshot().get(Part.WORK_ITEMS);
        edits.update(task.id(), task.version(), rename(WorkItemEdit.of(task)), DependencyMode.REFUSE);
        assertThat(snapshot().get(Part.WORK_ITEMS)).isNotEqualTo(items);
        String baselines = snapshot().get(Part.BASELINES);
        timelines.saveBaseline(projectId);
        assertThat(snapshot().get(Part.BASELINES)).isNotEqualTo(baselines);
    }

    @org.junit.jupiter.api.Test
    void a_report_generated_after_reopening_is_the_next_version_and_the_earlier_one_stays() {
        Fixture f = fixture(Setup.REVIEWED);
        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        var first = archive.generate(f.projectId(), java.util.Locale.ENGLISH);
        Map<String, Object> firstRow = jdbc.queryForMap("select number, sha256, created_at, length(pdf) size,"
                + " sha2(pdf, 256) actual from report_archive where id = ?", first.id());
        SignIn.as(users, "admin");
        projects.reopen(f.projectId(), projects.workTree(f.projectId()).orElseThrow().project().version(), "补录数据");
        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        assertThatThrownBy(() -> archive.generate(f.projectId(), java.util.Locale.ENGLISH))
                .hasMessageContaining("archive.error.notClosed");
        projects.cancel(f.projectId(), projects.workTree(f.projectId()).orElseThrow().project().version(), "再次停止");
        var second = archive.generate(f.projectId(), java.util.Locale.ENGLISH);

        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(jdbc.queryForMap("select number, sha256, created_at, length(pdf) size, sha2(pdf, 256) actual"
                + " from report_archive where id = ?", first.id())).isEqualTo(firstRow);
        assertThat(firstRow.get("actual")).isEqualTo(first.sha256());
        assertThat(java.util.HexFormat.of().formatHex(sha256(archive.pdf(first.id())))).isEqualTo(first.sha256());
        // Compare says which version it uses, and that there are two
        assertThat(archive.compare(List.of(f.projectId()))).singleElement().satisfies(c -> {
            assertThat(c.archiveNumber()).isEqualTo(second.number());
            assertThat(c.archiveVersions()).isEqualTo(2);
        });
    }

    @org.junit.jupiter.api.Test
    void the_database_refuses_to_rewrite_or_remove_an_archived_report() {
        Fixture f = fixture(Setup.REVIEWED);
        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        long id = archive.generate(f.projectId(), java.util.Locale.ENGLISH).id();
        String row = jdbc.queryForObject("select concat_ws(',', id, project_id, number, sha256, created_at,"
                + " sha2(pdf, 256)) from report_archive where id = ?", String.class, id);
        assertThatThrownBy(() -> jdbc.update("update report_archive set pdf = concat(pdf, 'x'), sha256 = sha2("
                + "concat(pdf, 'x'), 256) where id = ?", id))
                .isInstanceOf(org.springframework.dao.DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from report_archive where id = ?", id))
                .isInstanceOf(org.springframework.dao.DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select concat_ws(',', id, project_id, number, sha256, created_at,"
                + " sha2(pdf, 256)) from report_archive where id = ?", String.class, id)).isEqualTo(row);
    }

    /** L9: a manager who heads the project's department does not decide its escalations; administrators do. */
    @org.junit.jupiter.api.Test
    void a_manager_who_heads_the_department_cannot_decide_their_own_escalation() {
        Fixture f = fixture(Setup.DEVIATION);
        long projectId = f.projectId();
        SignIn.as(users, "admin");
        Person manager = people.person(f.personIds().get(Who.MANAGER)).orElseThrow();
        Department own = people.createDepartment("自管部 " + System.nanoTime());
        people.makeHead(own, manager);
        ProjectDetails d = ProjectDetails.of(projects.workTree(projectId).orElseThrow().project());
        d.setDepartmentId(own.getId());
        projects.update(projectId, projects.workTree(projectId).orElseThrow().project().version(), d);
        // 乙 goes up as major now: its head would be the manager, so administrators decide it
        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        clock.setTo(MON.plusDays(9).atTime(11, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        coordination.markMajor(f.explanation("乙"), "重大");
        var escalation = escalations.of(projectId).stream().filter(x -> x.explanationId() == f.explanation("乙"))
                .findFirst().orElseThrow();
        assertThat(escalation.headId()).isNull();
        assertThat(escalation.mine()).isFalse();
        String before = snapshot().get(Part.ESCALATIONS);
        assertThatThrownBy(() -> escalations.decide(escalation.id(), escalation.version(),
                com.campaigntracker.warning.EscalationDecision.CUT_SCOPE, "我批准我自己"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(snapshot().get(Part.ESCALATIONS)).isEqualTo(before);
        SignIn.as(users, "admin");
        escalations.decide(escalation.id(), escalation.version(),
                com.campaigntracker.warning.EscalationDecision.CUT_SCOPE, "缩减范围");
        assertThat(snapshot().get(Part.ESCALATIONS)).isNotEqualTo(before);
    }

    /** I3: a project's manager is an enabled MANAGER or ADMIN; a member or a deactivated manager is refused. */
    @org.junit.jupiter.api.Test
    void a_project_manager_must_be_an_enabled_manager_or_administrator() {
        fixture(Setup.PLAIN);
        SignIn.as(users, "admin");
        long member = people.findByUsername(ACCOUNTS.get(Who.OUTSIDER)).orElseThrow().getId();
        Person gone = people.createPerson("authz-gone-" + System.nanoTime(), "离职经理", Role.MANAGER, null, "secret");
        com.campaigntracker.people.PersonDetails leaving = com.campaigntracker.people.PersonDetails.of(gone);
        leaving.setEnabled(false);
        people.update(gone.getId(), people.person(gone.getId()).orElseThrow().getVersion(), leaving);
        Map<Part, String> before = snapshot();
        for (long managerId : List.of(member, gone.getId(), people.findByUsername(ACCOUNTS.get(Who.HEAD)).orElseThrow().getId())) {
            ProjectDetails details = new ProjectDetails();
            details.setName("经理角色 " + System.nanoTime());
            details.setManagerId(managerId);
            details.setPlannedStart(MON);
            assertThatThrownBy(() -> projects.create(details)).hasMessageContaining("project.error.managerRole");
        }
        assertThat(snapshot()).isEqualTo(before);
        Fixture f = fixture(Setup.PLAIN);
        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        ProjectDetails handOver = ProjectDetails.of(projects.workTree(f.projectId()).orElseThrow().project());
        handOver.setManagerId(member);
        long version = projects.workTree(f.projectId()).orElseThrow().project().version();
        Map<Part, String> afterFixture = snapshot();
        assertThatThrownBy(() -> projects.update(f.projectId(), version, handOver))
                .hasMessageContaining("project.error.managerRole");
        assertThat(snapshot()).isEqualTo(afterFixture);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.campaigntracker.tracking.RiskDetails risk(String description) {
        return new com.campaigntracker.tracking.RiskDetails(description, com.campaigntracker.plan.RiskLevel.LOW,
                com.campaigntracker.plan.RiskLevel.LOW, com.campaigntracker.plan.RiskLevel.LOW, null, null);
    }

    /** Every row of the administrators' audit log, to show a refusal recorded nothing. */
    private String auditRows() {
        return String.join("|", jdbc.queryForList("select concat_ws(',', id, kind, subject_id) from admin_action"
                + " order by id", String.class));
    }

    @Autowired
    com.campaigntracker.shared.audit.AdminAuditLog auditLog;

    private RecordFixture recordFixture(Ending ending) {
        Fixture f = fixture(Setup.DEVIATION);
        long projectId = f.projectId();
        SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
        timelines.link(f.other().id(), projects.workTree(projectId).orElseThrow().rows().get(4).id(), DependencyType.FS, 0);
        long dependencyId = timelines.dependencies(projectId).get(0).id();
        long riskId = risks.add(f.task().id(), risk("旧风险"));
        long channelId = channels.add(projectId, new com.campaigntracker.notify.ChannelDetails(
                com.campaigntracker.notify.ChannelKind.GENERIC, "群", "https://example.com/hook", null, true));
        List<WorkItemRow> rows = projects.workTree(projectId).orElseThrow().rows();
        if (ending == Ending.CLOSED) {
            for (WorkItemRow leaf : rows.subList(3, 5)) {
                timelines.setProgress(leaf.id(), leaf.version(), 100);
            }
            SignIn.as(users, ACCOUNTS.get(Who.RESPONSIBLE));
            timelines.setProgress(rows.get(2).id(), rows.get(2).version(), 100);
            SignIn.as(users, ACCOUNTS.get(Who.ACCOUNTABLE));
            acceptances.accept(rows.get(2).id());
            SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
            projects.close(projectId, projects.workTree(projectId).orElseThrow().project().version());
        } else {
            SignIn.as(users, ACCOUNTS.get(Who.RESPONSIBLE));
            timelines.setProgress(rows.get(2).id(), rows.get(2).version(), 100); // waits for its A
            SignIn.as(users, ACCOUNTS.get(Who.MANAGER));
            projects.cancel(projectId, projects.workTree(projectId).orElseThrow().project().version(), "停止");
        }
        retrospectives.submit(projectId, -1, new com.campaigntracker.closing.RetrospectiveForm(
                java.time.LocalDate.now(clock), Set.of(f.personIds().get(Who.MANAGER)), 3, null, 3, null, 3, null,
                List.of(), null, null, "教训", List.of()));
        rows = projects.workTree(projectId).orElseThrow().rows();
        Map<String, com.campaigntracker.warning.ExplanationLine> byTask = new java.util.HashMap<>();
        explanations.of(projectId).forEach(e -> byTask.put(e.taskName(), e));
        var escalation = escalations.of(projectId).get(0);
        var riskLine = risks.register(projectId).stream().filter(x -> x.id() == riskId).findFirst().orElseThrow();
        var channel = channels.of(projectId).stream().filter(c -> c.id() == channelId).findFirst().orElseThrow();
        long projectVersion = projects.workTree(projectId).orElseThrow().project().version();
        SignIn.out();
        return new RecordFixture(new Fixture(projectId, rows.get(2), rows.get(3), f.personIds(), Map.copyOf(byTask),
                escalation), dependencyId, riskId, riskLine.version(), channelId, channel.version(), projectVersion);
    }

    private static PlanRow row(WorkItemLevel level, String name, Person owner) {
        return TestPlans.row(level, name, owner, MON, MON.plusDays(4), null);
    }
}
