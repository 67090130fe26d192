package com.campaigntracker.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.DependencyMode;
import com.campaigntracker.plan.Placement;
import com.campaigntracker.plan.ProgressReport;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemEdit;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkItemEditService;
import com.campaigntracker.plan.ItemPlacementService;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.template.TemplateDraft;
import com.campaigntracker.template.TemplateService;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.RiskService;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Text lengths are bounded by the services, not only by the forms: over-long text sent to each
 * service method is refused with a translated message (not a validation or database error) and
 * nothing is stored.
 */
class TextLengthsIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2034, 3, 6);

    @Autowired
    Fixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    WorkItemEditService edits;
    @Autowired
    ItemPlacementService placements;
    @Autowired
    TimelineService timelines;
    @Autowired
    ProgressService progress;
    @Autowired
    RiskService risks;
    @Autowired
    TemplateService templates;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private Person manager;
    private long projectId;

    @BeforeEach
    void plan() {
        manager = fixtures.manager("len-m", "长度经理");
        projectId = fixtures.project(manager, "长度", MON).phase("筹备").module("创意")
                .task("主视觉", manager, MON, MON.plusDays(4)).activate();
        SignIn.as(users, manager.getUsername());
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    private static String longer(int max) {
        return "长".repeat(max + 1);
    }

    private WorkItemRow task() {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals("主视觉"))
                .findFirst().orElseThrow();
    }

    private String everything() {
        return jdbc.queryForList("SELECT CONCAT_WS('|', id, name, description, deliverables, remarks, blocked_reason,"
                + " percent_complete) FROM work_item WHERE project_id = ? ORDER BY id", String.class, projectId)
                + " " + jdbc.queryForList("SELECT CONCAT_WS('|', name, goal) FROM project WHERE id = ?", String.class,
                projectId)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM risk_point", Integer.class)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM plan_template", Integer.class)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM work_item", Integer.class)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM project", Integer.class);
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TranslatableException.class,
                e -> assertThat(e.messageKey()).isIn("error.textTooLong", "progress.error.tooLong",
                        "template.error.nameTooLong"));
    }

    private static WorkItemEdit edit(WorkItemEdit e, String name, String description, String deliverables,
                                     String remarks) {
        return new WorkItemEdit(name, description, deliverables, e.ownerId(), e.plannedStart(), e.duration(),
                e.plannedFinish(), e.priority(), e.estimateDays(), e.bufferPercent(), e.predecessors(), e.keyTask(),
                e.milestone(), e.riskLevel(), remarks);
    }

    @Test
    void over_long_text_to_each_service_is_refused_with_a_message_and_nothing_is_stored() {
        String before = everything();
        WorkItemRow t = task();
        WorkItemEdit e = WorkItemEdit.of(t);
        DependencyMode push = DependencyMode.PUSH_SUCCESSORS;
        refused(() -> edits.update(t.id(), t.version(), edit(e, longer(200), null, null, null), push));
        refused(() -> edits.update(t.id(), t.version(), edit(e, "主视觉", longer(2000), null, null), push));
        refused(() -> edits.update(t.id(), t.version(), edit(e, "主视觉", null, longer(2000), null), push));
        refused(() -> edits.update(t.id(), t.version(), edit(e, "主视觉", null, null, longer(2000)), push));
        refused(() -> placements.addItem(projectId, t.id(), Placement.SIBLING_AFTER, longer(200)));
        refused(() -> progress.report(t.id(), t.version(), new ProgressReport(50, null, null, longer(2000),
                ProgressSource.UPDATE)));
        refused(() -> risks.add(t.id(), new RiskDetails(longer(1000), RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.HIGH,
                null, null)));
        refused(() -> timelines.revise(t.id(), t.version(), MON, MON.plusDays(5), longer(500)));
        ProjectDetails details = new ProjectDetails();
        details.setName(longer(200));
        details.setManagerId(manager.getId());
        details.setPlannedStart(MON);
        refused(() -> projects.create(details));
        details.setName("长度");
        details.setGoal(longer(1000));
        refused(() -> projects.create(details));
        details.setGoal(null);
        details.getKpis().add(new ProjectDetails.Kpi(longer(200), "元", java.math.BigDecimal.ONE));
        refused(() -> projects.create(details));
        refused(() -> templates.save(projectId, new TemplateDraft(longer(TemplateDraft.NAME_MAX), null, Map.of(),
                "经理")));
        assertThat(everything()).isEqualTo(before);

        SignIn.as(users, "admin");
        Integer days = jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day", Integer.class);
        refused(() -> calendars.put(LocalDate.of(2034, 10, 9), DayKind.HOLIDAY, longer(100)));
        assertThat(calendars.importLines("2034-10-09 休 " + longer(100)).problems()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day", Integer.class)).isEqualTo(days);
    }

    @Test
    void text_exactly_at_the_limit_is_kept() {
        WorkItemRow t = task();
        String name = "长".repeat(200);
        edits.update(t.id(), t.version(), edit(WorkItemEdit.of(t), name, null, null, "备".repeat(2000)),
                DependencyMode.PUSH_SUCCESSORS);
        assertThat(projects.workTree(projectId).orElseThrow().rows()).extracting(WorkItemRow::name).contains(name);
    }
}
