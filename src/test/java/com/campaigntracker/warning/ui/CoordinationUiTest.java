package com.campaigntracker.warning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.Fixtures.HeadedDepartment;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.gantt.GanttTask;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RevisionInfo;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.warning.CauseType;
import com.campaigntracker.warning.EscalationDecision;
import com.campaigntracker.warning.EscalationLine;
import com.campaigntracker.warning.ExplanationForm;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.RemedialMeasure;
import com.campaigntracker.warning.WarningService;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manager coordinates in the dialog (preview, meeting, refusals that keep what was typed, accept),
 * the Gantt lays the revision over the baseline, and the department head decides in the inbox: each
 * behaviour on a late, explained task of its own.
 */
class CoordinationUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2032, 11, 1);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PeopleService people;
    @Autowired
    WarningService warnings;
    @Autowired
    ExplanationService explanations;
    @Autowired
    TimelineService timelines;
    @Autowired
    com.campaigntracker.warning.CoordinationService coordination;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private WorkItemRow row(long projectId, String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** A project of a department whose designer explained a late key visual and proposed new dates. */
    private record Explained(long projectId, Person manager, Person designer, Person head) {
    }

    /**
     * 主视觉 (Mon–Fri of the first week) late on the second Wednesday; its R explains and proposes the
     * 10th and 11th, which pushes 物料印刷 (linked after it) by four working days and escalates to the head.
     * Signed in as the manager afterwards.
     */
    private Explained explainedLate() {
        HeadedDepartment media = fixtures.department("协调界面部", "媒介总监");
        Person m = fixtures.person("co-ui-m", "界面经理", Role.MANAGER, media.department());
        Person r = fixtures.person("co-ui-r", "界面设计师", Role.MEMBER, media.department());
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        long projectId = fixtures.project(m, "协调界面", MON).department(media.id()).phase("阶段").module("模块")
                .task("主视觉", r, MON, MON.plusDays(4))
                .task("物料印刷", r, MON.plusDays(7), MON.plusDays(11), "1.1.1")
                .activate();
        signIn(m.getUsername());
        timelines.saveBaseline(projectId);
        clock.setTo(LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZONE).toInstant());
        SystemActor.call(() -> warnings.evaluate(projectId)); // what the scan does, for this project alone
        signIn(r.getUsername());
        ExplanationLine asked = explanations.of(projectId).get(0);
        explanations.submit(asked.id(), asked.version(), new ExplanationForm(CauseType.OBJECTIVE, "客户两次改稿", null,
                List.of(new RemedialMeasure("增加设计人力", r.getId(), MON.plusDays(10))), MON.plusDays(9),
                MON.plusDays(10)));
        signIn(m.getUsername());
        useLocale(AppLocales.CHINESE);
        return new Explained(projectId, m, r, media.head());
    }

    /** The explanations awaiting coordination in the project, as the manager opens them. */
    private ExplanationsView awaitingCoordination(long projectId) {
        UI.getCurrent().navigate("explanations", QueryParameters.simple(Map.of("project", String.valueOf(projectId),
                "state", "AWAITING_COORDINATION")));
        return _get(ExplanationsView.class);
    }

    private CoordinationDialog coordinationOf(long projectId) {
        ButtonKt._click((Button) GridKt._getCellComponent(awaitingCoordination(projectId).grid, 0, "action"));
        return _get(CoordinationDialog.class);
    }

    @Test
    void the_manager_finds_the_explanation_awaiting_coordination_and_the_dialog_previews_its_impact() {
        long projectId = explainedLate().projectId();
        ExplanationsView view = awaitingCoordination(projectId);
        assertThat(view.state.getValue()).isEqualTo(ExplanationLine.State.AWAITING_COORDINATION);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.counts.getText()).contains("待协调 1");
        ButtonKt._click((Button) GridKt._getCellComponent(view.grid, 0, "action"));
        CoordinationDialog dialog = _get(CoordinationDialog.class);
        assertThat(dialog.start.getValue()).isEqualTo(MON.plusDays(9));
        assertThat(dialog.impact.summary.getText()).contains("下游任务 1 项").contains("推迟 4 个工作日");
        assertThat(dialog.impact.moved.getChildren().count()).isEqualTo(1);
    }

    @Test
    void a_meeting_without_attendees_is_refused_keeping_its_conclusion_and_recorded_with_them() {
        Explained explained = explainedLate();
        CoordinationDialog dialog = coordinationOf(explained.projectId());
        dialog.conclusion.setValue("同意顺延，印刷加急");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("meeting-record")));
        assertThat(dialog.error.getText()).isEqualTo("请至少选择一名参会人。");
        assertThat(dialog.conclusion.getValue()).isEqualTo("同意顺延，印刷加急");
        PersonOption designer = people.people().stream().filter(p -> p.id() == explained.designer().getId())
                .findFirst().orElseThrow();
        dialog.attendees.setValue(java.util.Set.of(designer));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("meeting-record")));
        assertThat(dialog.error.isVisible()).isFalse();
        assertThat(dialog.meetingList.getElement().getTextRecursively()).contains("界面设计师").contains("同意顺延，印刷加急");
    }

    @Test
    void sending_back_needs_a_comment_and_accepting_applies_the_dates_as_a_revision() {
        long projectId = explainedLate().projectId();
        CoordinationDialog dialog = coordinationOf(projectId);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("coordination-reject")));
        assertThat(dialog.error.getText()).isEqualTo("退回时请写明意见，让负责人知道需要补充什么。");
        dialog.comment.setValue("客户确认改稿，同意顺延");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("coordination-accept")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("\"主视觉\"的新日期已生效，已记录计划修订版 1。");
        assertThat(row(projectId, "物料印刷").plannedStart()).isEqualTo(MON.plusDays(11));
    }

    @Test
    void after_the_plan_moves_on_the_gantt_shows_an_accepted_revision_over_the_baseline_when_asked() {
        long projectId = explainedLate().projectId();
        ExplanationLine given = explanations.of(projectId).get(0);
        coordination.accept(given.id(), given.version(), MON.plusDays(9), MON.plusDays(10), "客户确认改稿，同意顺延");
        WorkItemRow printing = row(projectId, "物料印刷");
        timelines.reschedule(printing.id(), printing.version(), MON.plusDays(14), MON.plusDays(18), false);
        UI.getCurrent().navigate("projects/" + projectId + "/gantt");
        Gantt gantt = _get(Gantt.class);
        String printingId = String.valueOf(printing.id());
        assertThat(gantt.getTask(printingId).start()).isEqualTo(MON.plusDays(14));
        @SuppressWarnings("unchecked")
        Select<RevisionInfo> revision = _get(Select.class, spec -> spec.withId("gantt-revision"));
        revision.setValue(revision.getListDataView().getItems().filter(x -> x.number() == 1).findFirst().orElseThrow());
        GanttTask shown = gantt.getTask(printingId);
        assertThat(shown.start()).isEqualTo(MON.plusDays(11));
        assertThat(shown.end()).isEqualTo(MON.plusDays(17));
        assertThat(shown.baselineStart()).isEqualTo(MON.plusDays(7));
        assertThat(shown.readOnly()).isTrue();
        assertThat(gantt.isReadOnly()).isTrue();
    }

    @Test
    void the_project_dashboard_counts_the_escalation_that_waits_for_the_head() {
        long projectId = explainedLate().projectId();
        UI.getCurrent().navigate("projects/" + projectId);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("tile-escalations"))
                .getElement().getTextRecursively()).startsWith("1");
    }

    @Test
    void an_escalation_undecided_a_day_and_an_hour_later_is_red_on_the_heads_portfolio() {
        Explained explained = explainedLate();
        long projectId = explained.projectId();
        signIn(explained.head().getUsername());
        useLocale(AppLocales.CHINESE);
        clock.advance(java.time.Duration.ofHours(25));
        UI.getCurrent().navigate("portfolio");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<com.campaigntracker.tracking.ProjectDashboard> projectsGrid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("portfolio-grid"));
        int index = GridKt._findAll(projectsGrid).indexOf(GridKt._findAll(projectsGrid).stream()
                .filter(d -> d.project().id() == projectId).findFirst().orElseThrow());
        var badges = (com.vaadin.flow.component.html.Span) GridKt._getCellComponent(projectsGrid, index, "deviations");
        assertThat(badges.getChildren().map(c -> (com.vaadin.flow.component.html.Span) c)
                .filter(b -> b.hasClassName("deviation-escalations")).findFirst().orElseThrow())
                .satisfies(b -> {
                    assertThat(b.getText()).isEqualTo("上报 1");
                    assertThat(b.hasClassName("status-red")).isTrue();
                });
    }

    @Test
    void the_head_decides_in_the_inbox_and_a_decision_without_its_type_is_refused_keeping_what_was_typed() {
        Explained explained = explainedLate();
        long projectId = explained.projectId();
        signIn(explained.head().getUsername());
        useLocale(AppLocales.CHINESE);
        clock.advance(java.time.Duration.ofHours(25)); // past its 24 hours
        UI.getCurrent().navigate("escalations", QueryParameters.simple(Map.of("project", String.valueOf(projectId))));
        EscalationsView inbox = _get(EscalationsView.class);
        assertThat(GridKt._size(inbox.grid)).isEqualTo(1);
        EscalationLine line = GridKt._get(inbox.grid, 0);
        assertThat(line.mine()).isTrue();
        assertThat(inbox.counts.getText()).isEqualTo("待决策 1 项（逾期 1 项）· 已决策 0 项");
        ButtonKt._click((Button) GridKt._getCellComponent(inbox.grid, 0, "action"));
        EscalationDialog decide = _get(EscalationDialog.class);
        decide.decision.setValue("改用备选主视觉");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("escalation-save")));
        assertThat(decide.error.getText()).isEqualTo("请选择决策类型。");
        assertThat(decide.decision.getValue()).isEqualTo("改用备选主视觉");
        decide.type.setValue(EscalationDecision.STRATEGY_CHANGE);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("escalation-save")));
        assertThat(decide.isOpened()).isFalse();
        assertThat(GridKt._get(inbox.grid, 0).decision()).isEqualTo("改用备选主视觉");
        assertThat(inbox.counts.getText()).isEqualTo("待决策 0 项（逾期 0 项）· 已决策 1 项");
        assertThat(GridKt._get(inbox.grid, 0).late()).isTrue(); // decided after its 24 hours
    }
}
