package com.campaigntracker.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.DependencyRow;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.ResponsibilityStore;
import com.campaigntracker.plan.Responsibilities;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.plan.excel.PlanImportService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.Cadence;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.RiskStatus;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 9, templates: the users' example table, planned with dependencies, RACI, a cadence and a risk
 * point, saved as a template and made into a new project that starts across the 2037 National Day
 * holidays — every date checked against the calendar, people given for the places; the built-in
 * templates become projects too; and what is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the people and the saved example are the class's: see savedOnce
class TemplatesIT extends IntegrationTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    // National Day 2037: Thursday 1 – Wednesday 7 October off; Saturdays 26 September and 10 October worked
    private static final List<LocalDate> HOLIDAYS = LocalDate.of(2037, 10, 1).datesUntil(LocalDate.of(2037, 10, 8))
            .toList();
    private static final List<LocalDate> MAKE_UP = List.of(LocalDate.of(2037, 9, 26), LocalDate.of(2037, 10, 10));

    @Autowired
    TemplateService templates;
    @Autowired
    PlanImportService imports;
    @Autowired
    ProjectService projects;
    @Autowired
    TimelineService timelines;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    ResponsibilityStore responsibilities;
    @Autowired
    TrackingService tracking;
    @Autowired
    RiskService risks;
    @Autowired
    PeopleService people;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    private Person manager;
    private Person manager2;
    private Person designer;
    private Person researcher;

    /** The example saved as a template, and the project made from it: made once, only read (see below). */
    private Saved savedOnce;
    private Long createdOnce;

    @BeforeEach
    void peopleAndHolidays() {
        if (manager == null) { // the class's people, made once: no test changes them
            manager = fixtures.manager("tpl-manager", "模板经理");
            manager2 = fixtures.manager("tpl-manager2", "模板经理二");
            designer = fixtures.member("tpl-designer", "新设计师");
            researcher = fixtures.member("tpl-researcher", "新研究员");
        }
        SystemActor.run(() -> {
            HOLIDAYS.forEach(d -> calendars.put(d, DayKind.HOLIDAY, "国庆节"));
            MAKE_UP.forEach(d -> calendars.put(d, DayKind.WORKDAY, "国庆调休"));
        });
    }

    @AfterEach
    void out() {
        SystemActor.run(() -> {
            HOLIDAYS.forEach(calendars::remove);
            MAKE_UP.forEach(calendars::remove);
        });
        SignIn.out();
    }

    /** The example and the template saved from it, 小张's place named by department and role. */
    private record Saved(long sourceId, String key, String designerPlace, String researcherPlace,
                         String creativePlace) {
    }

    /**
     * The example imported and saved as a template, made by the first test that asks: importing and
     * planning the table costs seconds, and no test changes the source or this template (the tests that
     * save or delete templates save their own), so the tests that read them cannot disturb each other.
     */
    private Saved savedExample() throws Exception {
        if (savedOnce == null) {
            savedOnce = saveExample();
        }
        return savedOnce;
    }

    /** The project made from the saved example (see {@link #createdFrom}), once; the tests only read it. */
    private long createdFromExample() throws Exception {
        if (createdOnce == null) {
            createdOnce = createdFrom(savedExample());
        }
        return createdOnce;
    }

    private Saved saveExample() throws Exception {
        long sourceId = example();
        TemplateBody draft = templates.draft(sourceId, "项目经理");
        Map<Long, String> placeOf = draft.placeholders().stream()
                .collect(Collectors.toMap(Placeholder::suggestedPersonId, Placeholder::key));
        String designerPlace = placeOf.get(person("xiaozhang").getId());
        String key = templates.save(sourceId, new TemplateDraft("新品上市模板", "来自范例",
                Map.of(designerPlace, "设计部 designer"), "项目经理"));
        return new Saved(sourceId, key, designerPlace, placeOf.get(person("xiaoli").getId()),
                placeOf.get(person("xiaoming").getId()));
    }

    /** A project made from the saved template on Sunday 27 September 2037, the new designer and researcher given. */
    private long createdFrom(Saved saved) {
        return templates.createProject(saved.key(), ZH, new TemplateStart("新品上市推广 2037", LocalDate.of(2037, 9, 27),
                null, null, Map.of(saved.designerPlace(), designer.getId(),
                saved.researcherPlace(), researcher.getId())));
    }

    @Test
    void the_draft_proposes_a_place_per_person_the_managers_first_and_the_others_by_department_and_role()
            throws Exception {
        SignIn.as(users, manager.getUsername());
        long sourceId = savedExample().sourceId();
        TemplateBody draft = templates.draft(sourceId, "项目经理");
        Map<Long, String> placeOf = draft.placeholders().stream()
                .collect(Collectors.toMap(Placeholder::suggestedPersonId, Placeholder::key));
        String designerPlace = placeOf.get(person("xiaozhang").getId());
        assertThat(draft.placeholders().get(0)).satisfies(p -> {
            assertThat(p.manager()).isTrue();
            assertThat(p.label()).isEqualTo("项目经理");
        });
        assertThat(draft.placeholder(designerPlace).orElseThrow().label()).isEqualTo("设计部 · 物料设计");
    }

    @Test
    void a_saved_template_tells_its_source_author_size_and_places_and_is_listed_beside_the_built_in_ones()
            throws Exception {
        SignIn.as(users, manager.getUsername());
        Saved example = savedExample();
        WorkTree source = projects.workTree(example.sourceId()).orElseThrow();
        TemplateSummary saved = templates.template(example.key(), ZH).orElseThrow();
        assertThat(saved.builtIn()).isFalse();
        assertThat(saved.sourceProjectName()).isEqualTo(source.project().name());
        assertThat(saved.createdBy()).isEqualTo("模板经理");
        assertThat(saved.tasks()).isEqualTo(7);
        assertThat(saved.placeholders()).extracting(Placeholder::label).contains("设计部 designer");
        assertThat(templates.templates(ZH)).extracting(TemplateSummary::key)
                .contains(example.key(), "builtin:new-product-launch");
    }

    @Test
    void the_example_saved_as_a_template_lands_on_the_working_day_calendar() throws Exception {
        SignIn.as(users, manager.getUsername());
        WorkTree source = projects.workTree(savedExample().sourceId()).orElseThrow();
        // Sunday 27 September 2037 is a day off: the project starts on Monday the 28th
        WorkTree created = projects.workTree(createdFromExample()).orElseThrow();
        Map<String, WorkItemRow> rows = byName(created);
        WorkingDayCalendar calendar = calendars.calendar();

        assertThat(created.project().plannedStart()).isEqualTo(LocalDate.of(2037, 9, 28));
        assertThat(created.project().managerName()).isEqualTo("模板经理");
        assertThat(created.rows()).extracting(WorkItemRow::name)
                .containsExactlyElementsOf(source.rows().stream().map(WorkItemRow::name).toList());
        assertThat(created.rows()).extracting(WorkItemRow::deliverables)
                .containsExactlyElementsOf(source.rows().stream().map(WorkItemRow::deliverables).toList());
        assertThat(created.rows()).extracting(WorkItemRow::wbs)
                .containsExactlyElementsOf(source.rows().stream().map(WorkItemRow::wbs).toList());
        // 用户调研: Mon 28, Tue 29, Wed 30 September, the holiday week, Thu 8, Fri 9 and the make-up Saturday 10
        assertSpan(rows, "用户调研", LocalDate.of(2037, 9, 28), LocalDate.of(2037, 10, 10));
        assertSpan(rows, "竞品分析", LocalDate.of(2037, 9, 30), LocalDate.of(2037, 10, 16));
        assertSpan(rows, "创意定稿", LocalDate.of(2037, 10, 19), LocalDate.of(2037, 10, 26));
        assertSpan(rows, "物料设计", LocalDate.of(2037, 10, 27), LocalDate.of(2037, 11, 6));
        assertSpan(rows, "线上预热", LocalDate.of(2037, 11, 12), LocalDate.of(2037, 11, 20));
        // in the table 线上预热 ends on a Saturday; linked after it, 正式上线 moved to the Tuesday in the source
        assertSpan(rows, "正式上线", LocalDate.of(2037, 11, 24), LocalDate.of(2037, 12, 14));
        assertSpan(rows, "收尾阶段", LocalDate.of(2037, 12, 22), LocalDate.of(2038, 1, 1));
        LocalDate sourceStart = source.project().start();
        for (WorkItemRow row : created.rows()) {
            WorkItemRow was = byName(source).get(row.name());
            assertThat(calendar.workingDaysBetween(LocalDate.of(2037, 9, 28), row.plannedStart()))
                    .as(row.name() + " starts as many working days after the start")
                    .isEqualTo(calendar.workingDaysBetween(sourceStart, calendar.onOrAfter(was.plannedStart())));
            assertThat(calendar.isWorkingDay(row.plannedStart())).as(row.name()).isTrue();
            assertThat(calendar.isWorkingDay(row.plannedFinish())).as(row.name()).isTrue();
            assertThat(row.duration()).as(row.name() + " lasts as many working days")
                    .isEqualTo(byName(source).get(row.name()).duration());
        }
        assertThat(created.project().committedEnd()).isEqualTo(LocalDate.of(2038, 1, 1));
    }

    @Test
    void a_project_from_a_template_gives_the_places_to_the_people_named_and_leaves_the_others_open()
            throws Exception {
        SignIn.as(users, manager.getUsername());
        Map<String, WorkItemRow> rows = byName(projects.workTree(createdFromExample()).orElseThrow());
        // people: the places given, the manager's by default, the rest left to assign
        assertThat(rows.get("物料设计").ownerName()).isEqualTo("新设计师");
        assertThat(rows.get("用户调研").ownerName()).isEqualTo("新研究员");
        assertThat(rows.get("正式上线").ownerId()).as("张经理 held a place of his own here (the importer managed)")
                .isNull();
        assertThat(rows.get("竞品分析").ownerId()).as("小王's place was not given").isNull();
        Responsibilities design = responsibilities.of(List.of(rows.get("物料设计").id())).get(rows.get("物料设计").id());
        assertThat(design.accountable()).as("小明 was the A; his place was not given").isNull();
        Responsibilities creative = responsibilities.of(List.of(rows.get("创意定稿").id())).get(rows.get("创意定稿").id());
        assertThat(creative.consulted()).containsExactly(designer.getId());
        assertThat(savedExample().creativePlace()).isNotNull();
    }

    @Test
    void a_project_from_a_template_keeps_the_links_the_cadence_chosen_and_the_risk_point_to_watch() throws Exception {
        SignIn.as(users, manager.getUsername());
        long newId = createdFromExample();
        Saved saved = savedExample();
        WorkTree source = projects.workTree(saved.sourceId()).orElseThrow();
        WorkTree created = projects.workTree(newId).orElseThrow();
        // dependencies as in the source, by name
        assertThat(links(created, newId)).containsExactlyInAnyOrderElementsOf(links(source, saved.sourceId()));
        assertThat(links(created, newId)).contains("物料设计>线上预热 FS+3");
        TrackedTask launch = tracking.tasksOf(newId).stream().filter(t -> t.name().equals("正式上线")).findFirst()
                .orElseThrow();
        assertThat(launch.cadenceChosen()).isTrue();
        assertThat(launch.cadence()).isEqualTo(Cadence.DAILY);
        List<RiskLine> watched = risks.register(newId);
        assertThat(watched).singleElement().satisfies(r -> {
            assertThat(r.taskName()).isEqualTo("线上预热");
            assertThat(r.description()).isEqualTo("KOL档期冲突，预热推迟");
            assertThat(r.level()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(r.mitigation()).isEqualTo("预留KOL档期冲突缓冲时间");
            assertThat(r.status()).isEqualTo(RiskStatus.OPEN);
        });
        assertThat(byName(created).get("线上预热").riskLevel()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void the_form_shows_the_dates_a_project_from_the_template_will_have_before_creating_it() throws Exception {
        SignIn.as(users, manager.getUsername());
        Saved saved = savedExample();
        TemplateDates preview = templates.dates(saved.key(), ZH, LocalDate.of(2037, 9, 27));
        assertThat(preview.start()).isEqualTo(LocalDate.of(2037, 9, 28));
        assertThat(preview.finish()).isEqualTo(LocalDate.of(2038, 1, 1));
    }

    @Test
    void the_built_in_holiday_promotion_becomes_a_project_with_its_roles_cadence_and_risks() {
        SignIn.as(users, manager.getUsername());
        long id = templates.createProject("builtin:holiday-promotion", ZH, new TemplateStart("中秋促销 2037",
                LocalDate.of(2037, 9, 21), null, null, Map.of("designer", designer.getId())));
        WorkTree tree = projects.workTree(id).orElseThrow();
        Map<String, WorkItemRow> rows = byName(tree);
        assertThat(tree.project().goal()).isEqualTo("活动期GMV达成300万元，新增会员5000人");
        assertThat(tree.project().kpis()).extracting(ProjectSummary.Kpi::name).containsExactly("活动期GMV", "新增会员");
        assertThat(tree.project().emergencyBufferDays()).isEqualTo(2);
        assertThat(tree.rows()).hasSize(16);
        assertThat(rows.get("备货到仓").milestone()).isTrue();
        assertThat(rows.get("促销方案制定").keyTask()).isTrue();
        assertThat(rows.get("活动物料设计").ownerName()).isEqualTo("新设计师");
        assertThat(rows.get("促销方案制定").ownerId()).as("the planner's place was left open").isNull();
        assertThat(responsibilities.of(List.of(rows.get("促销方案制定").id())).get(rows.get("促销方案制定").id())
                .accountable()).isEqualTo(manager.getId());
        assertThat(rows.get("直播带货").predecessors()).containsExactly("1.4.1SS");
        WorkingDayCalendar calendar = calendars.calendar();
        for (WorkItemRow row : tree.rows()) {
            assertThat(calendar.isWorkingDay(row.plannedStart())).as(row.name()).isTrue();
            assertThat(calendar.isWorkingDay(row.plannedFinish())).as(row.name()).isTrue();
        }
        // 礼盒包材采购 starts on day 9 (counted from 1): Mon 21 … Fri 25, Sat 26 (make-up), Mon 28, Tue 29, Wed 30;
        // its 10 days jump the holiday week: Wed 30, Thu 8, Fri 9, Sat 10 (make-up), Mon 12 … Fri 16, Mon 19
        assertThat(rows.get("礼盒包材采购").plannedStart()).isEqualTo(LocalDate.of(2037, 9, 30));
        assertThat(rows.get("礼盒包材采购").plannedFinish()).isEqualTo(LocalDate.of(2037, 10, 19));
        assertThat(risks.register(id)).extracting(RiskLine::description)
                .contains("包材供应商节前产能紧张，可能晚交 3 天");
        assertThat(tracking.tasksOf(id).stream().filter(t -> t.name().equals("大促执行与实时监控")).findFirst()
                .orElseThrow().cadence()).isEqualTo(Cadence.DAILY);
    }

    @Test
    void a_built_in_template_becomes_a_project_in_english() {
        SignIn.as(users, manager.getUsername());
        long english = templates.createProject("builtin:co-branding", Locale.ENGLISH, new TemplateStart(
                "Co-branding 2037", LocalDate.of(2037, 11, 2), null, null, Map.of()));
        WorkTree co = projects.workTree(english).orElseThrow();
        assertThat(co.roots().get(0).name()).isEqualTo("Co-branding");
        assertThat(byName(co).get("Contract signed").milestone()).isTrue();
        assertThat(co.project().committedEnd()).isNotNull();
    }

    @Test
    void no_project_is_made_without_a_name_a_start_its_own_manager_known_places_and_a_template_that_is_there() {
        SignIn.as(users, manager.getUsername());
        int before = projects.visibleProjects(true).size();
        TemplateStart noName = new TemplateStart(" ", LocalDate.of(2037, 9, 28), null, null, Map.of());
        assertThatThrownBy(() -> templates.createProject("builtin:co-branding", ZH, noName))
                .isInstanceOfSatisfying(TemplateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("template.error.projectName"));
        assertThatThrownBy(() -> templates.createProject("builtin:co-branding", ZH, new TemplateStart("x", null, null,
                null, Map.of()))).hasMessageContaining("template.error.start");
        assertThatThrownBy(() -> templates.createProject("builtin:co-branding", ZH, new TemplateStart("x",
                LocalDate.of(2037, 9, 28), manager2.getId(), null, Map.of())))
                .hasMessageContaining("template.error.otherManager");
        assertThatThrownBy(() -> templates.createProject("builtin:co-branding", ZH, new TemplateStart("x",
                LocalDate.of(2037, 9, 28), null, null, Map.of("nobody", designer.getId()))))
                .hasMessageContaining("template.error.unknownPlaceholder");
        assertThatThrownBy(() -> templates.createProject("saved:999999", ZH, new TemplateStart("x",
                LocalDate.of(2037, 9, 28), null, null, Map.of()))).hasMessageContaining("template.error.gone");
        assertThat(projects.visibleProjects(true)).hasSize(before);
    }

    @Test
    void no_template_is_saved_without_a_name_or_with_a_label_twice_and_no_built_in_one_is_deleted() throws Exception {
        SignIn.as(users, manager.getUsername());
        long sourceId = savedExample().sourceId();
        assertThatThrownBy(() -> templates.save(sourceId, new TemplateDraft("", null, Map.of(), "项目经理")))
                .hasMessageContaining("template.error.name");
        String designerPlace = templates.draft(sourceId, "项目经理").placeholders().stream()
                .filter(p -> !p.manager()).findFirst().orElseThrow().key();
        assertThatThrownBy(() -> templates.save(sourceId, new TemplateDraft("重名岗位", null,
                Map.of(designerPlace, "项目经理"), "项目经理"))).hasMessageContaining("template.error.labelTwice");
        assertThatThrownBy(() -> templates.delete("builtin:co-branding"))
                .hasMessageContaining("template.error.builtIn");
    }

    @Test
    void another_manager_neither_saves_my_project_nor_deletes_my_template_and_a_member_sees_no_templates()
            throws Exception {
        SignIn.as(users, manager.getUsername());
        long sourceId = savedExample().sourceId();
        String key = templates.save(sourceId, new TemplateDraft("待删模板", null, Map.of(), "PM"));

        SignIn.as(users, manager2.getUsername());
        assertThat(templates.template(key, ZH).orElseThrow().deletable()).isFalse();
        assertThatThrownBy(() -> templates.delete(key)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.draft(sourceId, "PM")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.save(sourceId, new TemplateDraft("偷存", null, Map.of(), "PM")))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "xiaoli");
        assertThatThrownBy(() -> templates.templates(ZH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.createProject("builtin:co-branding", ZH, new TemplateStart("x",
                LocalDate.of(2037, 9, 28), null, null, Map.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_manager_deletes_a_saved_template_once() throws Exception {
        SignIn.as(users, manager.getUsername());
        String key = templates.save(savedExample().sourceId(), new TemplateDraft("待删模板", null, Map.of(), "PM"));
        templates.delete(key);
        assertThat(templates.template(key, ZH)).isEmpty();
        assertThatThrownBy(() -> templates.delete(key)).as("deleted before")
                .hasMessageContaining("template.error.gone");
    }

    @Test
    void nobody_accepts_their_own_work_but_one_person_may_hold_two_places_that_never_meet() {
        SignIn.as(users, manager.getUsername());
        int before = projects.visibleProjects(true).size();
        // in the holiday promotion the planner writes the plan and the manager accepts it
        assertThatThrownBy(() -> templates.createProject("builtin:holiday-promotion", ZH, new TemplateStart("自审",
                LocalDate.of(2037, 9, 28), null, null, Map.of("planner", manager.getId()))))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("template.error.samePerson");
                    assertThat(e.args()).containsExactly("模板经理", "促销方案制定", "市场部 活动策划", "项目经理");
                });
        // the same person in two places that never meet on one item is fine
        long both = templates.createProject("builtin:holiday-promotion", ZH, new TemplateStart("一人两岗",
                LocalDate.of(2037, 9, 28), null, null, Map.of("designer", designer.getId(),
                "ecommerce", designer.getId())));
        assertThat(projects.workTree(both).orElseThrow().rows()).hasSize(16);
        assertThat(projects.visibleProjects(true)).as("the refused one left nothing behind").hasSize(before + 1);
    }

    @Test
    void a_template_whose_plan_fails_halfway_leaves_no_project_behind_and_unreadable_ones_are_not_listed() {
        SignIn.as(users, manager.getUsername());
        // a saved template whose plan no longer reads (a predecessor that is not there) fails after the
        // project row was written: the whole project goes, and the list still shows the other templates
        TemplateBody broken = new TemplateBody(null, null, 0, null, List.of(), List.of(
                new TemplateItem(WorkItemLevel.PHASE, "阶段", null, null, null, null, null, null, null, false, false,
                        null, null, null, null, null, null, null),
                new TemplateItem(WorkItemLevel.MODULE, "模块", null, null, null, null, null, null, null, false, false,
                        null, null, null, null, null, null, null),
                new TemplateItem(WorkItemLevel.TASK, "任务", null, "交付物", 0, 3, null, null, null, false, false,
                        "9.9.9", null, null, null, null, null, null)));
        long brokenId = insert("坏模板", TemplateJson.write(broken), manager.getId());
        long unreadable = insert("读不出的模板", "{\"items\": [{\"level\": \"EPIC\"}]}", manager.getId());
        long levelless = insert("缺层级的模板", "{\"items\": [{\"name\": \"x\"}]}", manager.getId());
        int before = projects.visibleProjects(true).size();
        assertThatThrownBy(() -> templates.createProject("saved:" + brokenId, ZH, new TemplateStart("半途而废",
                LocalDate.of(2037, 9, 28), null, null, Map.of()))).hasMessageContaining("plan.error.unknownPredecessor");
        assertThat(projects.visibleProjects(true)).hasSize(before);
        assertThat(templates.templates(ZH)).extracting(TemplateSummary::key)
                .contains("saved:" + brokenId).doesNotContain("saved:" + unreadable, "saved:" + levelless);
        templates.delete("saved:" + brokenId);
        templates.delete("saved:" + unreadable);
        templates.delete("saved:" + levelless);
    }

    private long insert(String name, String body, long by) {
        jdbc.update("insert into plan_template (name, created_at, created_by_id, body) values (?, now(6), ?, ?)",
                name, by, body);
        return jdbc.queryForObject("select max(id) from plan_template", Long.class);
    }

    /** The users' table imported, with links, an A and a C, a cadence and a risk point, as a manager plans it. */
    private long example() throws Exception {
        byte[] table;
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-progress-table.xlsx")) {
            table = in.readAllBytes();
        }
        long id = imports.importAsNewProject(table, "模板源");
        WorkTree tree = projects.workTree(id).orElseThrow();
        ProjectDetails details = ProjectDetails.of(tree.project());
        details.setCommittedEnd(LocalDate.of(2024, 5, 31));
        projects.update(id, tree.project().version(), details);
        Map<String, WorkItemRow> rows = byName(tree);
        timelines.link(rows.get("用户调研").id(), rows.get("创意定稿").id(), DependencyType.FS, 0);
        timelines.link(rows.get("竞品分析").id(), rows.get("创意定稿").id(), DependencyType.FS, 0);
        timelines.link(rows.get("创意定稿").id(), rows.get("物料设计").id(), DependencyType.FS, 0);
        timelines.link(rows.get("物料设计").id(), rows.get("线上预热").id(), DependencyType.FS, 3);
        timelines.link(rows.get("线上预热").id(), rows.get("正式上线").id(), DependencyType.FS, 0);
        raci.set(id, rows.get("物料设计").id(), person("xiaoming").getId(), null, RaciLetter.A);
        raci.set(id, rows.get("创意定稿").id(), person("xiaozhang").getId(), null, RaciLetter.C);
        tracking.setCadence(rows.get("正式上线").id(), Cadence.DAILY);
        risks.add(rows.get("线上预热").id(), new RiskDetails("KOL档期冲突，预热推迟", RiskLevel.MEDIUM, RiskLevel.MEDIUM,
                RiskLevel.MEDIUM, "预留KOL档期冲突缓冲时间", person("xiaochen").getId()));
        return id;
    }

    private List<String> links(WorkTree tree, long projectId) {
        Map<Long, String> names = new HashMap<>();
        tree.rows().forEach(r -> names.put(r.id(), r.name()));
        return timelines.dependencies(projectId).stream().map((DependencyRow d) -> names.get(d.predecessorId()) + ">"
                + names.get(d.successorId()) + " " + d.type() + (d.lagDays() == 0 ? "" : "+" + d.lagDays())).toList();
    }

    private static void assertSpan(Map<String, WorkItemRow> rows, String name, LocalDate start, LocalDate finish) {
        assertThat(rows.get(name).plannedStart()).as(name + " start").isEqualTo(start);
        assertThat(rows.get(name).plannedFinish()).as(name + " finish").isEqualTo(finish);
    }

    private static Map<String, WorkItemRow> byName(WorkTree tree) {
        return tree.rows().stream().collect(Collectors.toMap(WorkItemRow::name, r -> r, (a, b) -> a));
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
