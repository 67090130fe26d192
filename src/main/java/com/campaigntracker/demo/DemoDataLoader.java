package com.campaigntracker.demo;

import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.people.Department;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.plan.excel.ProgressTableReader;
import com.campaigntracker.plan.excel.ProgressTableRow;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.shared.security.SystemActor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import com.campaigntracker.shared.time.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the example's six departments, its people (each may sign in) and
 * the campaign of the users' progress table, its dates moved as one block by whole weeks into next
 * month (see {@link #shiftToMonth}): the demo shows an upcoming campaign, on any day it is loaded. Two
 * more campaigns run already ({@link DemoCampaigns}), two finished last year ({@link FinishedDemoCampaign}).
 */
@Component
public class DemoDataLoader {

    static final String SAMPLE_TABLE = "/demo/seed-progress-table.xlsx";
    static final String DEMO_PASSWORD = "demo";
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "admin";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private record DemoPerson(String username, String displayName, String department, Role role) {
    }

    private static final List<String> DEPARTMENTS = List.of("市场部", "销售部", "设计部", "媒介部", "采购部", "财务部");
    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("zhang", "张经理", "市场部", Role.MANAGER),
            new DemoPerson("xiaohong", "小红", "市场部", Role.MEMBER),
            new DemoPerson("xiaoli", "小李", "市场部", Role.MEMBER),
            new DemoPerson("xiaowang", "小王", "市场部", Role.MEMBER),
            new DemoPerson("xiaoming", "小明", "市场部", Role.MEMBER),
            new DemoPerson("xiaozhang", "小张", "设计部", Role.MEMBER),
            new DemoPerson("xiaochen", "小陈", "媒介部", Role.MEMBER),
            new DemoPerson("xiaozhao", "小赵", "采购部", Role.MEMBER),
            new DemoPerson("lijie", "李姐", "财务部", Role.MEMBER),
            new DemoPerson("liu", "刘总监", "市场部", Role.HEAD));

    private final PeopleService people;
    private final ProjectService projects;
    private final PlanRowsService planRows;
    private final TimelineService timelines;
    private final WorkingCalendarService calendars;
    private final TransactionTemplate transaction;
    private final AppClock clock;
    private volatile LocalDate loadedOn;
    private final DemoCampaigns running;
    private final FinishedDemoCampaign finished;

    DemoDataLoader(PeopleService people, ProjectService projects, PlanRowsService planRows,
                   TimelineService timelines, WorkingCalendarService calendars, TransactionTemplate transaction,
                   AppClock clock, DemoCampaigns running, FinishedDemoCampaign finished) {
        this.finished = finished;
        this.running = running;
        this.timelines = timelines;
        this.calendars = calendars;
        this.people = people;
        this.projects = projects;
        this.planRows = planRows;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Loads everything in one transaction, only when nobody exists yet; says whether it did. The whole load
     * sees one moment, the one it started at, so a load that runs over midnight (or a month's end) is still
     * one consistent "today".
     */
    public boolean loadIfEmpty() {
        Instant now = clock.instant();
        return clock.replayAt(now, () -> SystemActor.call(() -> transaction.execute(status -> {
            if (people.countPeople() > 0) {
                return false;
            }
            load();
            loadedOn = LocalDate.ofInstant(now, clock.getZone());
            return true;
        })));
    }

    /**
     * Outside demo mode, the demo's accounts (say a production database that once held the demo, or a restored
     * copy of one) must not sign in with the passwords the README documents: each still enabled with one is
     * disabled, logged as an error and recorded in the audit log. Disabling rather than only logging: an
     * error line is easily missed, a known administrator password is not a risk a careful operator keeps, and
     * when no administrator remains the set-up link (or APP_INITIAL_ADMIN_PASSWORD) lets the operator back in.
     */
    public int disableAccountsWithDocumentedPasswords() {
        List<String> usernames = new java.util.ArrayList<>(List.of(ADMIN_USERNAME));
        PEOPLE.forEach(p -> usernames.add(p.username()));
        return SystemActor.call(() -> people.disableAccountsWithKnownPasswords(usernames, List.of(ADMIN_PASSWORD, DEMO_PASSWORD)));
    }

    /** The day this instance loaded the demo (its "today"), if it did. */
    public Optional<LocalDate> loadedOn() {
        return Optional.ofNullable(loadedOn);
    }

    private void load() {
        Map<String, Department> departments = new LinkedHashMap<>();
        DEPARTMENTS.forEach(name -> departments.put(name, people.createDepartment(name)));
        people.createPerson(ADMIN_USERNAME, "管理员", Role.ADMIN, null, ADMIN_PASSWORD);
        Map<String, Person> byDisplayName = new LinkedHashMap<>();
        for (DemoPerson p : PEOPLE) {
            byDisplayName.put(p.displayName(),
                    people.createPerson(p.username(), p.displayName(), p.role(), departments.get(p.department()),
                            DEMO_PASSWORD));
        }
        people.makeHead(departments.get("市场部"), byDisplayName.get("刘总监"));

        List<ProgressTableRow> table = readSampleTable();
        WorkingDayCalendar calendar = calendars.calendar();
        long shift = shiftToNextMonth(table);
        ProgressTableRow campaign = table.get(0);
        ProjectDetails details = new ProjectDetails();
        details.setName(campaign.name());
        details.setGoal(campaign.description());
        details.getKpis().add(new ProjectDetails.Kpi("新品上市3个月销售额", "万元", new BigDecimal("500")));
        details.setManagerId(byDisplayName.get(campaign.ownerName()).getId());
        details.setDepartmentId(departments.get("市场部").getId());
        details.setPlannedStart(campaign.plannedStart().plusDays(shift));
        details.setCommittedEnd(campaign.plannedFinish().plusDays(shift)); // the campaign row's finish is the promise
        long projectId = projects.create(details);
        List<PlanRow> rows = table.stream().map(r -> PlanRow.basic(r.level(), r.name(), r.description(),
                r.deliverables(), owner(byDisplayName, r), startOn(calendar, r.plannedStart(), shift),
                finishOn(calendar, r.plannedFinish(), shift),
                plus(r.actualStart(), shift), plus(r.actualFinish(), shift), r.status(), r.percentComplete(),
                r.riskLevel(), r.remarks())).toList();
        List<Long> items = planRows.appendRows(projectId, rows);
        // what the table's remarks and dates imply: 物料设计 starts once 创意定稿 is done, each stage
        // after the one before, 正式上线 after 线上预热. A gap in the table's dates becomes the link's
        // lag, so the chain drives the finish (the Gantt shows a critical path): every date is a working
        // day and keeps its gap, nothing needs to move.
        String[][] links = {{"用户调研", "创意定稿"}, {"竞品分析", "创意定稿"}, {"创意定稿", "物料设计"},
                {"物料设计", "线上预热"}, {"线上预热", "正式上线"}, {"正式上线", "收尾阶段"}};
        for (String[] link : links) {
            int predecessor = named(rows, link[0]);
            int successor = named(rows, link[1]);
            int gap = calendar.workingDaysBetween(rows.get(predecessor).plannedFinish().plusDays(1),
                    rows.get(successor).plannedStart().minusDays(1));
            timelines.link(items.get(predecessor), items.get(successor), DependencyType.FS,
                    link[0].equals("用户调研") ? 0 : gap);
        }
        running.load(byDisplayName, departments, calendar);
        finished.load(byDisplayName, departments, calendar);
        log.info("Demo data loaded: {} people, project {} with {} work items starting {}, two running campaigns"
                        + " and last year's two finished ones, archived",
                PEOPLE.size() + 1, details.getName(), items.size(), details.getPlannedStart());
    }

    /**
     * Days that move the table into next month by whole weeks, so every task keeps the weekday the users
     * wrote: the first week of next month in which the calendar treats each task's dates as the table's
     * own week did (a weekday stays a working day, a weekend day stays off), so a holiday week or a make-up
     * Saturday is skipped; its first task on the weekday of the table's first.
     */
    long shiftToNextMonth(List<ProgressTableRow> table) {
        return shiftToMonth(table, YearMonth.now(clock).plusMonths(1), calendars.calendar());
    }

    static long shiftToMonth(List<ProgressTableRow> table, YearMonth month, WorkingDayCalendar calendar) {
        LocalDate first = table.stream().map(ProgressTableRow::plannedStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow();
        LocalDate firstWeek = month.atDay(1).with(TemporalAdjusters.nextOrSame(first.getDayOfWeek()));
        for (int week = 0; week < 8; week++) {
            long shift = ChronoUnit.DAYS.between(first, firstWeek.plusWeeks(week));
            if (keepsWorkingDays(table, shift, calendar)) {
                return shift;
            }
        }
        return ChronoUnit.DAYS.between(first, firstWeek); // holidays everywhere: the plan's hints will say so
    }

    /** Whether each task date, moved by {@code shift} days, is a working day exactly when the table's was a weekday. */
    static boolean keepsWorkingDays(List<ProgressTableRow> table, long shift, WorkingDayCalendar calendar) {
        WorkingDayCalendar weekdays = WorkingDayCalendar.mondayToFriday();
        return table.stream().filter(r -> r.level() != WorkItemLevel.PHASE)
                .flatMap(r -> java.util.stream.Stream.of(r.plannedStart(), r.plannedFinish()))
                .filter(Objects::nonNull)
                .allMatch(d -> calendar.isWorkingDay(d.plusDays(shift)) == weekdays.isWorkingDay(d));
    }

    static List<ProgressTableRow> readSampleTable() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(SAMPLE_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SAMPLE_TABLE);
            }
            return new ProgressTableReader().read(in.readAllBytes()).rowsOrThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Person owner(Map<String, Person> byDisplayName, ProgressTableRow row) {
        if (row.ownerName() == null) {
            return null;
        }
        Person owner = byDisplayName.get(row.ownerName());
        if (owner == null) {
            throw new IllegalStateException("Row " + row.rowNumber() + ": nobody is called " + row.ownerName());
        }
        return owner;
    }

    /** Where the row of that name is: the saved item's id has the same place in the list appendRows returns. */
    private static int named(List<PlanRow> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new java.util.NoSuchElementException(name);
    }

    private static LocalDate plus(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }

    /**
     * The users' table starts some tasks on a weekend (创意定稿 on a Saturday, 正式上线 on a Sunday) and ends
     * one on a Saturday; as a planner would, the demo starts them on the next working day and ends them on
     * the one before, so every date is a working day and the chain stays tight.
     */
    static LocalDate startOn(WorkingDayCalendar calendar, LocalDate tableDate, long shift) {
        return tableDate == null ? null : calendar.onOrAfter(tableDate.plusDays(shift));
    }

    static LocalDate finishOn(WorkingDayCalendar calendar, LocalDate tableDate, long shift) {
        return tableDate == null ? null : calendar.onOrBefore(tableDate.plusDays(shift));
    }
}
