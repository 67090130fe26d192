package com.campaigntracker.demo;

import com.campaigntracker.SignIn;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.tracking.CheckpointService;
import com.campaigntracker.tracking.DashboardService;
import com.campaigntracker.tracking.Health;
import com.campaigntracker.tracking.MyRole;
import com.campaigntracker.tracking.ProjectDashboard;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.RiskStatus;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.tracking.UpdateRecord;
import org.springframework.security.core.userdetails.UserDetailsService;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.Timeline;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.plan.excel.ProgressTableRow;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import java.util.Comparator;
import com.campaigntracker.shared.security.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoDataIT extends IntegrationTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    ProjectService projects;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    TimelineService timelines;
    @Autowired
    TrackingService tracking;
    @Autowired
    RiskService risks;
    @Autowired
    CheckpointService checkpoints;
    @Autowired
    DashboardService dashboards;
    @Autowired
    UserDetailsService users;
    @Autowired
    com.campaigntracker.warning.WarningService warnings;

    @Test
    void the_schema_is_migrated_by_flyway() throws Exception {
        List<String> shipped = java.util.Arrays.stream(new org.springframework.core.io.support
                        .PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
                .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        List<String> versions = jdbc.queryForList(
                "select version from flyway_schema_history where success = 1 order by installed_rank", String.class);
        assertThat(shipped).startsWith("1", "2", "3");
        assertThat(versions).isEqualTo(shipped);
    }

    @Test
    void demo_data_loads_once_and_not_twice() {
        long people = count("person");
        long items = demoItems();

        assertThat(loader.loadIfEmpty()).isFalse();

        assertThat(count("person")).isEqualTo(people);
        assertThat(jdbc.queryForObject("select count(*) from person where username in ('admin', 'zhang', 'liu',"
                + " 'xiaohong', 'xiaoli', 'xiaowang', 'xiaoming', 'xiaozhang', 'xiaochen', 'xiaozhao', 'lijie')",
                Long.class)).isEqualTo(11);
        assertThat(jdbc.queryForObject("select count(*) from project where name = '新品上市推广'", Long.class)).isEqualTo(1);
        assertThat(demoItems()).isEqualTo(items).isEqualTo(11);
    }

    @Test
    void the_example_campaign_has_the_eleven_rows_of_the_users_table_moved_to_next_month() {
        List<ProgressTableRow> table = DemoDataLoader.readSampleTable();
        WorkTree tree = SystemActor.call(() -> projects.visibleProjects().stream()
                .filter(p -> p.name().equals("新品上市推广")).findFirst()
                .flatMap(p -> projects.workTree(p.id())).orElseThrow());
        List<WorkItemRow> rows = tree.rows();

        // moved by whole weeks into next month, onto working days, in the first week where that holds
        WorkingDayCalendar calendar = calendars.calendar();
        YearMonth nextMonth = YearMonth.from(loadedOn()).plusMonths(1); // even when the run passed a month's end
        LocalDate tableStart = LocalDate.of(2024, 3, 1);
        long shift = ChronoUnit.DAYS.between(tableStart, tree.project().start());
        assertThat(shift % 7).as("every task keeps its weekday").isZero();
        assertThat(YearMonth.from(tree.project().start())).isEqualTo(nextMonth);
        for (long earlier = shift - 7; YearMonth.from(tableStart.plusDays(earlier)).equals(nextMonth); earlier -= 7) {
            assertThat(DemoDataLoader.keepsWorkingDays(table, earlier, calendar))
                    .as("an earlier week of next month has a holiday or a make-up day on a task's date").isFalse();
        }
        assertThat(DemoDataLoader.keepsWorkingDays(table, shift, calendar)).isTrue();
        assertThat(rows).hasSize(11);
        for (int i = 0; i < 11; i++) {
            ProgressTableRow expected = table.get(i);
            WorkItemRow actual = rows.get(i);
            assertThat(actual.level()).isEqualTo(expected.level());
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(actual.description()).isEqualTo(expected.description());
            assertThat(actual.deliverables()).isEqualTo(expected.deliverables());
            assertThat(actual.ownerName()).isEqualTo(expected.ownerName());
            assertThat(actual.remarks()).isEqualTo(expected.remarks());
            if (actual.isLeaf()) { // a parent's dates span its children (R1)
                // on the weekdays the users wrote; a weekend date of theirs starts on the next working day
                // or finishes on the one before
                LocalDate start = expected.plannedStart().plusDays(shift);
                LocalDate finish = expected.plannedFinish().plusDays(shift);
                assertThat(actual.plannedStart()).as(actual.name()).isEqualTo(isWeekday(expected.plannedStart())
                        ? start : calendar.onOrAfter(start));
                assertThat(actual.plannedFinish()).as(actual.name()).isEqualTo(isWeekday(expected.plannedFinish())
                        ? finish : calendar.onOrBefore(finish));
                assertThat(calendar.isWorkingDay(actual.plannedStart()) && calendar.isWorkingDay(actual.plannedFinish()))
                        .as(actual.name() + " on working days").isTrue();
            }
            assertThat(actual.status()).isEqualTo(DisplayStatus.NOT_STARTED);
        }
        ProjectSummary project = tree.project();
        assertThat(project.managerName()).isEqualTo("张经理");
        assertThat(project.departmentName()).isEqualTo("市场部");
        assertThat(project.goal()).isEqualTo("实现新品3个月销售额500万");
        assertThat(project.committedEnd()).isEqualTo(LocalDate.of(2024, 5, 31).plusDays(shift));
        // the parents span their children: 筹备阶段 ends with 物料设计, not on the table's own date
        assertThat(rows.get(4).plannedFinish()).isEqualTo(rows.get(6).plannedFinish());
        assertThat(rows).extracting(WorkItemRow::wbs).containsExactly(
                "1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2", "1.3", "1.3.1", "1.3.2", "1.4");
        assertThat(rows.get(6).predecessors()).containsExactly("1.2.1"); // 物料设计 after 创意定稿
        assertThat(rows.get(5).predecessors()).containsExactlyInAnyOrder("1.1.1", "1.1.2"); // stage after stage
        // the gaps in the table's dates are lags: 1.2.2FS+3 and the like
        assertThat(rows.get(8).predecessors()).singleElement().asString().startsWith("1.2.2");
        assertThat(rows.get(9).predecessors()).singleElement().asString().startsWith("1.3.1"); // 正式上线 after 线上预热
        assertThat(rows.get(10).predecessors()).singleElement().asString().startsWith("1.3.2");
        Timeline timeline = SystemActor.call(() -> timelines.timeline(tree.project().id()).orElseThrow());
        // gaps in the table became lags: the chain from 竞品分析 to 收尾阶段 is critical, 用户调研 floats
        assertThat(timeline.criticalItems()).containsExactlyInAnyOrder(rows.get(3).id(), rows.get(5).id(),
                rows.get(6).id(), rows.get(8).id(), rows.get(9).id(), rows.get(10).id());
        assertThat(timeline.criticalDependencies()).hasSize(5);
    }

    @Test
    void every_demo_person_can_sign_in_with_their_documented_password() {
        assertThat(people.principalFor("admin")).hasValueSatisfying(p -> {
            assertThat(passwordEncoder.matches("admin", p.getPassword())).isTrue();
            assertThat(p.role()).isEqualTo(Role.ADMIN);
        });
        for (String username : List.of("zhang", "xiaohong", "xiaoli", "xiaowang", "xiaoming", "xiaozhang",
                "xiaochen", "xiaozhao", "lijie", "liu")) {
            assertThat(people.principalFor(username)).as(username)
                    .hasValueSatisfying(p -> assertThat(passwordEncoder.matches("demo", p.getPassword())).isTrue());
        }
        assertThat(people.principalFor("zhang").orElseThrow().role()).isEqualTo(Role.MANAGER);
        assertThat(people.principalFor("liu").orElseThrow().role()).isEqualTo(Role.HEAD);
        // by name: other tests add departments of their own
        assertThat(jdbc.queryForObject("select count(*) from department where name in"
                + " ('市场部', '销售部', '设计部', '媒介部', '采购部', '财务部')", Long.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select p.username from department d join person p on p.id = d.head_id"
                + " where d.name = '市场部'", String.class)).isEqualTo("liu");
        assertThat(jdbc.queryForObject("select password_hash from person where username = 'zhang'", String.class))
                .startsWith("$2a$");
    }

    @Test
    void two_campaigns_run_beside_the_example_with_history_a_blocked_and_a_late_task_and_risk_points() {
        SignIn.as(users, "zhang");
        List<ProjectSummary> running = projects.visibleProjects().stream()
                .filter(p -> p.name().equals("双十一节日促销") || p.name().equals("品牌联名策划")).toList();
        assertThat(running).hasSize(2).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(ProjectStatus.ACTIVE);
            assertThat(p.managerName()).isEqualTo("张经理");
            assertThat(p.start()).isBefore(LocalDate.now(clock)); // dated relative to today: already running
            assertThat(p.finish()).isAfter(LocalDate.now(clock));
            assertThat(p.percentComplete()).isBetween(1, 99);
        });
        long holiday = running.stream().filter(p -> p.name().equals("双十一节日促销")).findFirst().orElseThrow().id();
        List<WorkItemRow> rows = projects.workTree(holiday).orElseThrow().rows();
        WorkItemRow blocked = rows.stream().filter(r -> r.name().equals("直播带货对接")).findFirst().orElseThrow();
        assertThat(blocked.status()).isEqualTo(DisplayStatus.BLOCKED);
        assertThat(blocked.blockedReason()).isEqualTo("主播档期待确认");
        assertThat(rows.stream().filter(r -> r.name().equals("媒介排期")).findFirst().orElseThrow().status())
                .isEqualTo(DisplayStatus.DELAYED);
        assertThat(rows.stream().filter(r -> r.name().equals("物料印刷")).findFirst().orElseThrow().riskLevel())
                .isEqualTo(RiskLevel.HIGH);
        assertThat(risks.register(holiday)).hasSize(2).allSatisfy(r -> assertThat(r.status()).isEqualTo(RiskStatus.OPEN));

        long visual = rows.stream().filter(r -> r.name().equals("主视觉设计")).findFirst().orElseThrow().id();
        List<UpdateRecord> history = tracking.history(visual);
        assertThat(history.size()).isGreaterThanOrEqualTo(3);
        assertThat(history.get(0).percent()).isEqualTo(60);
        assertThat(history.get(0).by()).isEqualTo("小张");
        assertThat(history.get(history.size() - 1).percent()).isLessThan(60);
        assertThat(checkpoints.curve(visual)).filteredOn(p -> p.actual() != null).hasSizeGreaterThanOrEqualTo(2);

        ProjectDashboard dashboard = dashboards.project(holiday).orElseThrow();
        assertThat(dashboard.health()).isEqualTo(Health.AT_RISK);
        assertThat(dashboard.lateTasks()).isEqualTo(1);
        assertThat(dashboard.blockedTasks()).isEqualTo(1);
        assertThat(dashboard.highRisks()).isEqualTo(1);
        assertThat(dashboard.onTimeRate()).isEqualTo(50); // 预算审批 finished two days late
        assertThat(dashboard.burnUp()).filteredOn(p -> p.actual() != null && p.actual() > 0).isNotEmpty();

        // the late 媒介排期 is a warning from the start
        assertThat(warnings.open(holiday)).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(com.campaigntracker.warning.WarningKind.LATE);
            assertThat(w.taskName()).isEqualTo("媒介排期");
        });

        // 小陈 explained it; its dates push the launch: 张经理 coordinates, 刘总监 has it as an escalation
        var explained = explanations.of(holiday).stream().filter(e -> e.taskName().equals("媒介排期")).findFirst()
                .orElseThrow();
        assertThat(explained.state()).isEqualTo(com.campaigntracker.warning.ExplanationLine.State.AWAITING_COORDINATION);
        assertThat(explained.measures()).hasSize(2);
        SignIn.as(users, "liu");
        assertThat(escalations.of(holiday)).singleElement().satisfies(x -> {
            assertThat(x.taskName()).isEqualTo("媒介排期");
            assertThat(x.mine()).isTrue();
            assertThat(x.milestones()).contains("活动上线");
        });

        // 小李 finds the blocked task on top of his list
        SignIn.as(users, "xiaoli");
        assertThat(tracking.myTasks(false)).first().satisfies(t -> {
            assertThat(t.role()).isEqualTo(MyRole.R);
            assertThat(t.task().name()).isEqualTo("直播带货对接");
        });
        SignIn.out();
    }

    @Test
    void last_years_finished_campaign_is_closed_with_its_deviations_retrospective_and_archived_report() {
        SignIn.as(users, "zhang");
        ProjectSummary finished = projects.visibleProjects().stream().filter(p -> p.name().equals("中秋节礼盒促销"))
                .findFirst().orElseThrow();
        assertThat(finished.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(finished.finish()).isBefore(LocalDate.now(clock));
        assertThat(explanations.of(finished.id())).hasSize(2).allSatisfy(e -> assertThat(e.state())
                .isEqualTo(com.campaigntracker.warning.ExplanationLine.State.ACCEPTED));
        assertThat(escalations.of(finished.id())).singleElement().satisfies(x -> {
            assertThat(x.taskName()).isEqualTo("礼盒生产");
            assertThat(x.open()).isFalse();
        });
        var retro = retrospectives.page(finished.id(), null).orElseThrow();
        assertThat(retro.submitted()).isTrue();
        assertThat(retro.facts().lateTasks()).isEqualTo(2);
        var archived = archive.search(new com.campaigntracker.archive.ArchiveFilter("中秋节礼盒", null, null, null));
        assertThat(archived).singleElement().satisfies(a -> {
            assertThat(a.number()).isEqualTo(1);
            assertThat(a.periodEnd()).isBefore(LocalDate.now(clock));
        });
        assertThat(archive.pdf(archived.get(0).id())).isNotEmpty(); // its hash still matches
        SignIn.out();
    }

    @Test
    void the_finished_campaigns_carry_their_own_history_not_the_day_the_demo_was_loaded() {
        SignIn.as(users, "zhang");
        WorkingDayCalendar calendar = calendars.calendar();
        java.time.ZoneId zone = clock.getZone();
        for (String name : List.of("端午节礼盒促销", "中秋节礼盒促销")) {
            ProjectSummary p = projects.visibleProjects().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow();
            LocalDate finish = p.finish();
            assertThat(finish.getYear()).as(name + " ran last year").isEqualTo(loadedOn().getYear() - 1);
            assertThat(LocalDate.ofInstant(p.closedAt(), zone)).as(name + " closed on its finish date").isEqualTo(finish);

            var retro = retrospectives.page(p.id(), null).orElseThrow();
            LocalDate held = retro.form().heldOn();
            assertThat(held).isAfter(finish).isBeforeOrEqualTo(calendar.shift(finish, 3)); // R14
            assertThat(retro.versions()).last().satisfies(v ->
                    assertThat(LocalDate.ofInstant(v.submittedAt(), zone)).isEqualTo(held));

            List<com.campaigntracker.warning.ExplanationLine> explained = explanations.of(p.id());
            assertThat(explained).isNotEmpty().allSatisfy(e -> {
                assertThat(e.late()).as("explained within 24 hours").isFalse();
                assertThat(e.submittedAt()).isAfterOrEqualTo(e.requestedAt()).isBefore(p.closedAt());
                assertThat(e.decidedAt()).isAfter(e.submittedAt()).isBefore(p.closedAt());
            });
            SignIn.as(users, "liu");
            escalations.of(p.id()).forEach(x -> {
                assertThat(x.decidedAt()).isAfter(x.raisedAt()).isBeforeOrEqualTo(x.dueAt());
                assertThat(x.decidedAt()).isBefore(p.closedAt());
            });
            SignIn.as(users, "zhang");
            var report = archive.search(new com.campaigntracker.archive.ArchiveFilter(name, null, null, null));
            assertThat(report).singleElement().satisfies(a -> {
                assertThat(a.createdAt()).isAfter(retro.versions().get(retro.versions().size() - 1).submittedAt());
                assertThat(LocalDate.ofInstant(a.createdAt(), zone)).isEqualTo(held);
            });
        }
        SignIn.out();
    }

    @Autowired
    com.campaigntracker.closing.RetrospectiveService retrospectives;
    @Autowired
    com.campaigntracker.archive.ArchiveService archive;
    @Autowired
    com.campaigntracker.warning.ExplanationService explanations;
    @Autowired
    com.campaigntracker.warning.EscalationService escalations;

    /** The day the demo was loaded, at the start of this test run (the clock may have passed midnight since). */
    private LocalDate loadedOn() {
        return loader.loadedOn().orElseThrow();
    }

    private static boolean isWeekday(LocalDate day) {
        return WorkingDayCalendar.mondayToFriday().isWorkingDay(day);
    }

    private long demoItems() {
        return jdbc.queryForObject("select count(*) from work_item w join project p on p.id = w.project_id"
                + " where p.name = '新品上市推广'", Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
