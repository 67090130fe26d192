package com.campaigntracker.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.WebClient;
import com.campaigntracker.people.AccountDetails;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonDetails;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.MyRole;
import com.campaigntracker.tracking.MyTask;
import com.campaigntracker.tracking.TrackingService;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 24, calendar feeds over real HTTP, parsed by ical4j: my tasks as R with their due dates (all-day)
 * and update deadlines (in the organisation's zone, as tracking computes them), a project's milestones, typed
 * names with commas, semicolons and line breaks read back whole, a long Chinese name folded; only what the
 * owner sees; a reset, a disabled person, an unknown token and someone else's project all answer an empty 404.
 */
class CalendarFeedsIT extends IntegrationTest {

    private static final String TRICKY = "主视觉, 设计; 第\\一版\n含换行";
    private static final String LONG = "新品上市推广活动全国线下门店物料设计制作与配送安装验收".repeat(3);

    @Autowired
    Fixtures fixtures;
    @Autowired
    FeedService feeds;
    @Autowired
    ProjectService projects;
    @Autowired
    TrackingService tracking;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Value("${app.base-url:http://localhost:8080}")
    String baseUrl;
    @LocalServerPort
    int port;

    @AfterEach
    void out() {
        SignIn.out();
    }

    @Test
    void my_tasks_and_milestones_as_the_owner_sees_them_and_nothing_once_reset_or_disabled() throws Exception {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Person manager = fixtures.manager("feed-m", "订阅经理");
        Person owner = fixtures.member("feed-r", "订阅, 负责人");
        Person colleague = fixtures.member("feed-o", "订阅同事");
        long projectId = fixtures.project(manager, "发布会, 筹备; 一期", monday).phase("阶段").module("模块")
                .task(TRICKY, owner, monday, monday.plusDays(4))
                .task(LONG, owner, monday, monday.plusDays(2))
                .task("同事的任务", colleague, monday, monday.plusDays(3))
                .row(new PlanRow(WorkItemLevel.TASK, "上线, 发布", null, null, manager, monday.plusDays(4),
                        monday.plusDays(4), null, null, ProgressStatus.NOT_STARTED, 0, null, null, null, null, null,
                        true, null))
                .activate();
        Person stranger = fixtures.manager("feed-x", "别的经理");
        long otherProject = fixtures.project(stranger, "别人的项目", monday).phase("阶段").module("模块")
                .task("别人的任务", stranger, monday, monday.plusDays(1)).activate();

        SignIn.as(users, owner.getUsername());
        FeedLinks links = feeds.myLinks();
        assertThat(feeds.myLinks()).isEqualTo(links); // shown again, the same addresses
        assertThat(links.myTasks()).startsWith(baseUrl + "/feeds/").endsWith("/my-tasks.ics");
        assertThat(links.projects()).extracting(FeedLinks.ProjectFeed::projectId).contains(projectId)
                .doesNotContain(otherProject);
        String projectName = projects.workTree(projectId).orElseThrow().project().name();
        Map<String, Long> ids = projects.workTree(projectId).orElseThrow().rows().stream()
                .collect(Collectors.toMap(WorkItemRow::name, WorkItemRow::id));
        Map<Long, MyTask> mine = tracking.myTasks(false).stream().filter(t -> t.role() == MyRole.R)
                .collect(Collectors.toMap(t -> t.task().id(), Function.identity()));
        SignIn.out();

        // my tasks: over HTTP, no session; the type, the cache, every line CRLF and at most 75 octets
        WebClient calendarApp = new WebClient(port);
        HttpResponse<String> got = calendarApp.get(path(links.myTasks()));
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t.toLowerCase().replace(" ", "")).isEqualTo("text/calendar;charset=utf-8"));
        assertThat(got.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("private"));
        assertThat(got.headers().firstValue("Set-Cookie")).isEmpty();
        assertWellFormed(got.body());
        Calendar calendar = parse(got.body());
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).hasValue("我的任务 · 订阅, 负责人");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);

        Map<String, VEvent> events = events(calendar);
        long tricky = ids.get(TRICKY);
        long longTask = ids.get(LONG);
        assertThat(events.keySet()).containsExactlyInAnyOrder(
                "task-" + tricky + "-due@localhost", "task-" + tricky + "-update@localhost",
                "task-" + longTask + "-due@localhost", "task-" + longTask + "-update@localhost");
        VEvent due = events.get("task-" + tricky + "-due@localhost");
        assertThat(value(due, "SUMMARY")).isEqualTo("截止：" + TRICKY + "（" + projectName + "）");
        assertThat(((DateProperty<?>) due.getProperty("DTSTART").orElseThrow()).getDate()).isEqualTo(monday.plusDays(4));
        assertThat(((DateProperty<?>) due.getProperty("DTEND").orElseThrow()).getDate()).isEqualTo(monday.plusDays(5));
        assertThat(value(due, "DESCRIPTION")).contains(TRICKY).contains("发布会, 筹备; 一期");
        assertThat(value(due, "URL")).isEqualTo(baseUrl + "/" + PlanRoutes.taskDiscussion(projectId, tricky));
        assertThat(value(events.get("task-" + longTask + "-due@localhost"), "SUMMARY")).startsWith("截止：" + LONG);
        assertThat(got.body()).contains("SUMMARY:截止：主视觉\\, 设计\\; 第\\\\一版\\n含换行");

        // the update deadline is tracking's own, in the organisation's zone, at the end of the working day
        VEvent update = events.get("task-" + tricky + "-update@localhost");
        ZonedDateTime end = (ZonedDateTime) ((DateProperty<?>) update.getProperty("DTEND").orElseThrow()).getDate();
        assertThat(end.toInstant()).isEqualTo(mine.get(tricky).task().update().due());
        assertThat(end.getOffset()).isEqualTo(ZoneOffset.ofHours(8)); // by the feed's own VTIMEZONE
        assertThat(end.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(update.getProperty("DTSTART").orElseThrow().getParameter("TZID").map(p -> p.getValue()))
                .hasValue("Asia/Shanghai");
        assertThat(value(update, "SUMMARY")).startsWith("更新进度：" + TRICKY);

        // the UIDs stay from one fetch to the next: a calendar updates its events, not duplicates them
        assertThat(events(parse(calendarApp.get(path(links.myTasks())).body())).keySet()).isEqualTo(events.keySet());

        // the project's milestones; another's project is not there for this token
        String milestonesUrl = links.projects().stream().filter(p -> p.projectId() == projectId).findFirst()
                .orElseThrow().url();
        HttpResponse<String> milestones = calendarApp.get(path(milestonesUrl));
        assertThat(milestones.statusCode()).isEqualTo(200);
        Calendar m = parse(milestones.body());
        Map<String, VEvent> ms = events(m);
        long milestoneId = ids.get("上线, 发布");
        assertThat(ms.keySet()).containsExactly("milestone-" + milestoneId + "@localhost");
        VEvent milestone = ms.get("milestone-" + milestoneId + "@localhost");
        assertThat(value(milestone, "SUMMARY")).isEqualTo("里程碑：上线, 发布（" + projectName + "）");
        assertThat(((DateProperty<?>) milestone.getProperty("DTSTART").orElseThrow()).getDate()).isEqualTo(monday.plusDays(4));
        String foreign = milestonesUrl.replace("/projects/" + projectId + "/", "/projects/" + otherProject + "/");
        assertNothing(calendarApp.get(path(foreign)));
        assertNothing(calendarApp.get(path(milestonesUrl.replace("/projects/" + projectId + "/", "/projects/x/"))));
        assertNothing(calendarApp.get("/feeds/" + "A".repeat(43) + "/my-tasks.ics"));
        assertNothing(calendarApp.get("/feeds/nonsense/my-tasks.ics"));

        // in the person's own language, once chosen
        SignIn.as(users, owner.getUsername());
        AccountDetails account = people.myAccount();
        account.setLanguage(AppLocales.ENGLISH);
        people.updateMyAccount(account);
        SignIn.out();
        Calendar english = parse(calendarApp.get(path(links.myTasks())).body());
        assertThat(english.getProperty("X-WR-CALNAME").map(Property::getValue)).hasValue("My tasks · 订阅, 负责人");
        assertThat(value(events(english).get("task-" + tricky + "-due@localhost"), "SUMMARY")).startsWith("Due: " + TRICKY);

        // a reset: the old addresses answer nothing at once, the new ones work
        SignIn.as(users, owner.getUsername());
        FeedLinks renewed = feeds.resetMine();
        SignIn.out();
        assertThat(renewed.myTasks()).isNotEqualTo(links.myTasks());
        assertNothing(calendarApp.get(path(links.myTasks())));
        assertNothing(calendarApp.get(path(milestonesUrl)));
        assertThat(calendarApp.get(path(renewed.myTasks())).statusCode()).isEqualTo(200);

        // a disabled person's feeds answer nothing
        SystemActor.run(() -> {
            Person current = people.person(owner.getId()).orElseThrow();
            PersonDetails details = PersonDetails.of(current);
            details.setEnabled(false);
            people.update(current.getId(), current.getVersion(), details);
        });
        assertNothing(calendarApp.get(path(renewed.myTasks())));
    }

    private static void assertNothing(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
    }

    private String path(String url) {
        assertThat(url).startsWith(baseUrl);
        return url.substring(baseUrl.length());
    }

    private static Calendar parse(String body) throws Exception {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    /** Every line ends in CRLF and holds at most 75 octets; the long Chinese name was folded. */
    private static void assertWellFormed(String body) {
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = body.split("\r\n");
        for (String line : lines) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(lines).anyMatch(l -> l.startsWith(" ")); // folded continuation lines
    }
}
