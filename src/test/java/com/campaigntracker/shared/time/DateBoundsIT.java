package com.campaigntracker.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.DependencyMode;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemEdit;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkItemEditService;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.template.TemplateService;
import com.campaigntracker.template.TemplateStart;
import com.campaigntracker.warning.CauseType;
import com.campaigntracker.warning.CoordinationService;
import com.campaigntracker.warning.ExplanationForm;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.ImpactService;
import com.campaigntracker.warning.RemedialMeasure;
import com.campaigntracker.warning.WarningService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * M4: every entry point that takes a date refuses one outside 2000..2099 with a translated message,
 * and nothing changes. A date like {@code +99999-12-31} once cost hours of day-by-day arithmetic (a
 * member could send it in a deviation explanation) or, stored, hung every page of the project.
 */
class DateBoundsIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2033, 9, 5);
    private static final List<LocalDate> ABSURD = List.of(LocalDate.parse("+99999-12-31"), LocalDate.of(1899, 12, 31),
            LocalDate.of(2100, 1, 1));

    @Autowired
    Fixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    WorkItemEditService edits;
    @Autowired
    TimelineService timelines;
    @Autowired
    ExplanationService explanations;
    @Autowired
    ImpactService impacts;
    @Autowired
    CoordinationService coordination;
    @Autowired
    WarningService warnings;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    TemplateService templates;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private Person manager;
    private Person owner;
    private long projectId;

    @BeforeEach
    void plan() {
        manager = fixtures.manager("bounds-m", "边界经理");
        owner = fixtures.member("bounds-r", "边界执行人");
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        projectId = fixtures.project(manager, "边界", MON).phase("筹备").module("创意")
                .task("主视觉", owner, MON, MON.plusDays(4))
                .task("印刷", owner, MON.plusDays(7), MON.plusDays(11), "1.1.1")
                .activate();
        SignIn.as(users, manager.getUsername());
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    private WorkItemRow row(String name) {
        SignIn.as(users, manager.getUsername());
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(x -> x.name().equals(name))
                .findFirst().orElseThrow();
    }

    private List<Object> datesOfTheProject() {
        return jdbc.queryForList("SELECT CONCAT(id, ' ', planned_start, ' ', planned_finish) FROM work_item "
                + "WHERE project_id = ? ORDER BY id", Object.class, projectId);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, LocalDate absurd) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DateOutOfWindowException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.dateOutOfWindow");
            assertThat(e.args()).contains(absurd.toString());
        });
    }

    @Test
    void the_plan_grid_refuses_a_start_or_finish_outside_the_window_and_keeps_the_dates() {
        List<Object> before = datesOfTheProject();
        for (LocalDate absurd : ABSURD) {
            WorkItemRow task = row("主视觉");
            WorkItemEdit edit = WorkItemEdit.of(task);
            refused(() -> edits.update(task.id(), task.version(), withFinish(edit, absurd),
                    DependencyMode.PUSH_SUCCESSORS), absurd);
            refused(() -> edits.update(task.id(), task.version(), withStart(edit, absurd),
                    DependencyMode.PUSH_SUCCESSORS), absurd);
        }
        // a duration that would carry the finish past 2099
        WorkItemRow task = row("主视觉");
        WorkItemEdit longOne = new WorkItemEdit(task.name(), null, null, task.ownerId(), task.plannedStart(), 25_000,
                null, task.priority(), null, task.bufferPercent(), "", false, false, null, null);
        assertThatThrownBy(() -> edits.update(task.id(), task.version(), longOne, DependencyMode.PUSH_SUCCESSORS))
                .isInstanceOf(DateOutOfWindowException.class);
        assertThat(datesOfTheProject()).isEqualTo(before);
    }

    @Test
    void a_gantt_drag_or_resize_outside_the_window_is_refused_and_nothing_moves() {
        List<Object> before = datesOfTheProject();
        for (LocalDate absurd : ABSURD) {
            WorkItemRow task = row("主视觉");
            refused(() -> timelines.reschedule(task.id(), task.version(), MON, absurd, true), absurd);
            refused(() -> timelines.reschedule(task.id(), task.version(), absurd, absurd, false), absurd);
        }
        // a start late in 2099 whose successor would be pushed into 2100: all refused, rolled back
        WorkItemRow task = row("主视觉");
        assertThatThrownBy(() -> timelines.reschedule(task.id(), task.version(), LocalDate.of(2099, 12, 21),
                LocalDate.of(2099, 12, 25), true)).isInstanceOf(DateOutOfWindowException.class);
        assertThat(datesOfTheProject()).isEqualTo(before);
    }

    @Test
    void a_deviation_explanation_its_impact_preview_and_the_coordination_refuse_absurd_dates() {
        SignIn.as(users, manager.getUsername());
        timelines.saveBaseline(projectId);
        clock.setTo(LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZONE).toInstant()); // 主视觉 late
        SystemActor.call(() -> warnings.scan());
        SignIn.as(users, owner.getUsername());
        ExplanationLine asked = explanations.of(projectId).stream().filter(e -> e.taskName().equals("主视觉"))
                .findFirst().orElseThrow();
        long taskId = asked.workItemId();
        List<Object> before = datesOfTheProject();

        for (LocalDate absurd : ABSURD) {
            LocalDate start = absurd.isBefore(MON) ? absurd : MON;
            LocalDate finish = absurd.isBefore(MON) ? MON : absurd;
            refused(() -> impacts.preview(taskId, start, finish), absurd);
            refused(() -> explanations.submit(asked.id(), asked.version(), form(start, finish, MON.plusDays(10))),
                    absurd);
            refused(() -> explanations.submit(asked.id(), asked.version(), form(MON, MON.plusDays(12), absurd)),
                    absurd);
        }
        ExplanationLine still = explanations.of(projectId).stream().filter(e -> e.id() == asked.id()).findFirst()
                .orElseThrow();
        assertThat(still.submittedAt()).isNull();

        explanations.submit(asked.id(), asked.version(), form(null, null, MON.plusDays(10)));
        SignIn.as(users, manager.getUsername());
        ExplanationLine given = explanations.of(projectId).stream().filter(e -> e.id() == asked.id()).findFirst()
                .orElseThrow();
        for (LocalDate absurd : ABSURD) {
            LocalDate start = absurd.isBefore(MON) ? absurd : MON;
            LocalDate finish = absurd.isBefore(MON) ? MON : absurd;
            refused(() -> coordination.accept(given.id(), given.version(), start, finish, "同意"), absurd);
            refused(() -> coordination.recordMeeting(given.id(), absurd, List.of(manager.getId()), "同意"), absurd);
        }
        ExplanationLine after = explanations.of(projectId).stream().filter(e -> e.id() == asked.id()).findFirst()
                .orElseThrow();
        assertThat(after.decidedAt()).isNull();
        assertThat(coordination.meetings(List.of(given.id()))).isEmpty();
        assertThat(datesOfTheProject()).isEqualTo(before);
    }

    @Test
    void the_calendar_refuses_days_outside_the_window_one_by_one_and_in_an_import() {
        SignIn.as(users, "admin");
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day", Integer.class);
        for (LocalDate absurd : ABSURD) {
            refused(() -> calendars.put(absurd, DayKind.HOLIDAY, "假日"), absurd);
            refused(() -> calendars.remove(absurd), absurd);
            assertThat(calendars.importLines("2033-10-08 班 调休\n" + absurd + " 休 假日").problems()).hasSize(1);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day", Integer.class)).isEqualTo(rows);
        // a plan reaching year 99999 is not told about 97,900 years without holidays, one row each
        assertThat(calendars.yearsWithoutHolidays(LocalDate.of(2090, 1, 1), LocalDate.parse("+99999-12-31")))
                .allMatch(y -> y <= 2099);
    }

    @Test
    void a_project_or_a_template_instance_with_a_date_outside_the_window_is_refused_and_nothing_is_created() {
        SignIn.as(users, manager.getUsername());
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM project", Integer.class);
        for (LocalDate absurd : ABSURD) {
            ProjectDetails details = new ProjectDetails();
            details.setName("越界");
            details.setManagerId(manager.getId());
            details.setPlannedStart(absurd);
            refused(() -> projects.create(details), absurd);
            details.setPlannedStart(MON);
            details.setCommittedEnd(absurd.isBefore(MON) ? MON : absurd);
            if (!absurd.isBefore(MON)) {
                refused(() -> projects.create(details), absurd);
            }
            refused(() -> templates.createProject("builtin:holiday-promotion", Locale.CHINESE,
                    new TemplateStart("越界模板", absurd, null, null, Map.of())), absurd);
            refused(() -> templates.dates("builtin:holiday-promotion", Locale.CHINESE, absurd), absurd);
        }
        // a start late in 2099: the template's plan would end in 2100
        assertThatThrownBy(() -> templates.createProject("builtin:holiday-promotion", Locale.CHINESE,
                new TemplateStart("越界模板", LocalDate.of(2099, 12, 1), null, null, Map.of())))
                .isInstanceOf(DateOutOfWindowException.class);
        long id = row("主视觉").id();
        ProjectDetails update = new ProjectDetails();
        update.setName("边界");
        update.setManagerId(manager.getId());
        update.setPlannedStart(LocalDate.of(2100, 1, 1));
        long version = projects.workTree(projectId).orElseThrow().project().version();
        refused(() -> projects.update(projectId, version, update), LocalDate.of(2100, 1, 1));
        assertThat(projects.workTree(projectId).orElseThrow().project().plannedStart()).isEqualTo(MON);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM project", Integer.class)).isEqualTo(count);
        assertThat(id).isPositive();
    }

    private static ExplanationForm form(LocalDate start, LocalDate finish, LocalDate measureDue) {
        return new ExplanationForm(CauseType.OBJECTIVE, "客户改稿", "顺延",
                List.of(new RemedialMeasure("加人", null, measureDue)), start, finish);
    }

    private static WorkItemEdit withFinish(WorkItemEdit e, LocalDate finish) {
        return new WorkItemEdit(e.name(), e.description(), e.deliverables(), e.ownerId(), e.plannedStart(),
                e.duration(), finish, e.priority(), e.estimateDays(), e.bufferPercent(), e.predecessors(),
                e.keyTask(), e.milestone(), e.riskLevel(), e.remarks());
    }

    private static WorkItemEdit withStart(WorkItemEdit e, LocalDate start) {
        return new WorkItemEdit(e.name(), e.description(), e.deliverables(), e.ownerId(), start,
                e.duration(), e.plannedFinish(), e.priority(), e.estimateDays(), e.bufferPercent(), e.predecessors(),
                e.keyTask(), e.milestone(), e.riskLevel(), e.remarks());
    }
}
