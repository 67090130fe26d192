package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.Fixtures.HeadedDepartment;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.BaselineSpan;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RevisionInfo;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.DashboardService;
import com.campaigntracker.tracking.MonitoringCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole deviation flow on a real plan: a late key visual is explained; dates that push the launch
 * milestone escalate it to the department head; the manager records a coordination meeting and accepts
 * (successors move, a revision is recorded, the baseline stays) or rejects (the R explains again);
 * the head decides; an undecided escalation turns late.
 */
class CoordinationIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2032, 9, 6);

    @Autowired
    CoordinationService coordination;
    @Autowired
    ExplanationService explanations;
    @Autowired
    EscalationService escalations;
    @Autowired
    WarningService warnings;
    @Autowired
    TimelineService timelines;
    @Autowired
    NoticeService notices;
    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    MonitoringCounts counts;
    @Autowired
    DashboardService dashboards;
    @Autowired
    Fixtures fixtures;

    private Person head;
    private Person manager;
    private Person owner;
    private long projectId;
    private Instant raisedAt;

    @BeforeEach
    void lateKeyVisual() {
        HeadedDepartment design = fixtures.department("协调测试部", "部门负责人");
        head = design.head();
        manager = fixtures.person("co-m", "协调经理", Role.MANAGER, design.department());
        owner = fixtures.person("co-r", "设计师", Role.MEMBER, design.department());
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        projectId = fixtures.project(manager, "协调", MON).department(design.id()).phase("筹备").module("创意")
                .task("主视觉", owner, MON, MON.plusDays(4))
                .task("物料印刷", owner, MON.plusDays(7), MON.plusDays(11), "1.1.1")
                .row(new PlanRow(WorkItemLevel.TASK, "上线", null, "上线公告", owner, MON.plusDays(14), MON.plusDays(14),
                        null, null, ProgressStatus.NOT_STARTED, 0, null, null, null, null, null, true, "1.1.2"))
                .activate();
        SignIn.as(users, manager.getUsername());
        timelines.saveBaseline(projectId);
        raisedAt = LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZONE).toInstant(); // Wed 15th
        clock.setTo(raisedAt);
        SystemActor.call(() -> warnings.scan());
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

    private ExplanationLine latest(String user) {
        SignIn.as(users, user);
        return explanations.of(projectId).stream().max(java.util.Comparator.comparing(ExplanationLine::requestedAt)
                .thenComparing(ExplanationLine::id)).orElseThrow();
    }

    private void explain(LocalDate start, LocalDate finish) {
        ExplanationLine asked = latest(owner.getUsername());
        explanations.submit(asked.id(), asked.version(), new ExplanationForm(CauseType.OBJECTIVE, "客户两次改稿",
                "物料印刷顺延", List.of(new RemedialMeasure("增加设计人力", null, MON.plusDays(10))), start, finish));
    }

    private boolean told(String user, String key) {
        SignIn.as(users, user);
        String project = projects.workTree(projectId).orElseThrow().project().name();
        return notices.mine(200).stream().anyMatch(n -> n.messageKey().equals(key) && n.args().contains(project));
    }

    /** The escalation the proposed dates raised, as the department head sees it. */
    private EscalationLine escalation() {
        SignIn.as(users, head.getUsername());
        return escalations.of(projectId).stream().findFirst().orElseThrow();
    }

    @Test
    void dates_that_push_the_launch_milestone_await_coordination_and_escalate_to_the_head_at_once() {
        explain(MON.plusDays(9), MON.plusDays(10)); // Wed–Thu: printing and the launch have to follow
        ExplanationLine given = latest(manager.getUsername());
        assertThat(given.state()).isEqualTo(ExplanationLine.State.AWAITING_COORDINATION);
        assertThat(counts.byProject(List.of(projectId)).get(projectId).coordinationsPending()).isEqualTo(1);

        // the proposed dates push the launch milestone and the finish: the head hears of it at once (R13)
        EscalationLine escalation = escalation();
        assertThat(escalation.reason()).isEqualTo(EscalationReason.FINISH_MOVED);
        assertThat(escalation.finishSlip()).isEqualTo(4); // launch Mon 20th → Fri 24th
        assertThat(escalation.milestones()).isEqualTo("上线");
        assertThat(escalation.mine()).isTrue();
        assertThat(escalation.dueAt()).isEqualTo(raisedAt.plus(Duration.ofHours(24)));
        assertThat(told(head.getUsername(), "notice.escalation.raised.FINISH_MOVED")).isTrue();
    }

    @Test
    void only_the_manager_coordinates_and_a_meeting_is_recorded_with_attendees_and_a_conclusion() {
        explain(MON.plusDays(9), MON.plusDays(10));
        ExplanationLine given = latest(manager.getUsername());
        // the R may not coordinate; the manager records the meeting, refusals first
        SignIn.as(users, owner.getUsername());
        assertThatThrownBy(() -> coordination.accept(given.id(), given.version(), MON.plusDays(9), MON.plusDays(10),
                null)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, manager.getUsername());
        long r = owner.getId();
        long m = manager.getId();
        assertThatThrownBy(() -> coordination.recordMeeting(given.id(), MON.plusDays(9), List.of(), "同意"))
                .hasMessageContaining("coordination.error.attendees");
        assertThatThrownBy(() -> coordination.recordMeeting(given.id(), MON.plusDays(9), List.of(r, m), " "))
                .hasMessageContaining("coordination.error.conclusion");
        coordination.recordMeeting(given.id(), MON.plusDays(9), List.of(r, m), "同意顺延，物料印刷加急");
        assertThat(coordination.meetings(List.of(given.id())).get(given.id())).singleElement()
                .satisfies(x -> assertThat(x.attendees()).containsExactlyInAnyOrder("设计师", "协调经理"));
    }

    @Test
    void accepted_dates_move_the_successors_and_make_a_revision_while_the_baseline_stays() {
        explain(MON.plusDays(9), MON.plusDays(10));
        ExplanationLine given = latest(manager.getUsername());
        int revision = coordination.accept(given.id(), given.version(), MON.plusDays(9), MON.plusDays(10),
                "客户改稿两次，同意顺延");
        assertThat(revision).isEqualTo(1);
        assertThat(row("主视觉").plannedStart()).isEqualTo(MON.plusDays(9));
        assertThat(row("主视觉").plannedFinish()).isEqualTo(MON.plusDays(10));
        assertThat(row("物料印刷").plannedStart()).isEqualTo(MON.plusDays(11)); // Fri 17th
        assertThat(row("物料印刷").plannedFinish()).isEqualTo(MON.plusDays(17)); // Thu 23rd
        assertThat(row("上线").plannedFinish()).isEqualTo(MON.plusDays(18));

        List<RevisionInfo> revisions = timelines.revisions(projectId);
        assertThat(revisions).singleElement().satisfies(x -> {
            assertThat(x.number()).isEqualTo(1);
            assertThat(x.reason()).contains("主视觉").contains("客户改稿两次，同意顺延");
            assertThat(x.savedBy()).isEqualTo("协调经理");
        });
        assertThat(timelines.revision(projectId, 1).orElseThrow().get(row("物料印刷").id()))
                .isEqualTo(new BaselineSpan(MON.plusDays(11), MON.plusDays(17)));
        // the baseline is kept: the Gantt still measures the slip from the original plan
        var timeline = timelines.timeline(projectId).orElseThrow();
        assertThat(timeline.baselineOf(row("主视觉").id())).contains(new BaselineSpan(MON, MON.plusDays(4)));
        assertThat(timeline.slip(row("上线"))).contains(4);

        ExplanationLine accepted = latest(manager.getUsername());
        assertThat(accepted.state()).isEqualTo(ExplanationLine.State.ACCEPTED);
        assertThat(accepted.revisionNumber()).isEqualTo(1);
        assertThat(told(owner.getUsername(), "notice.coordination.accepted")).isTrue();
        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> coordination.accept(accepted.id(), accepted.version(), MON.plusDays(9),
                MON.plusDays(10), null)).hasMessageContaining("coordination.error.decided");
        // the new finish lies ahead: the late warning closed when the dates were applied
        assertThat(warnings.open(projectId)).noneMatch(w -> w.kind() == WarningKind.LATE);
    }

    @Test
    void the_head_decides_an_escalation_once_and_the_manager_may_not() {
        explain(MON.plusDays(9), MON.plusDays(10));
        EscalationLine escalation = escalation();
        // the head decides; the manager may not, nor may the head decide twice
        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> escalations.decide(escalation.id(), escalation.version(),
                EscalationDecision.ACCEPT_DELAY, "可以")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, head.getUsername());
        assertThatThrownBy(() -> escalations.decide(escalation.id(), escalation.version(), null, "改用备选主视觉"))
                .hasMessageContaining("escalation.error.type");
        escalations.decide(escalation.id(), escalation.version(), EscalationDecision.STRATEGY_CHANGE,
                "改用备选主视觉，上线日期不变");
        EscalationLine decided = escalations.of(projectId).get(0);
        assertThat(decided.open()).isFalse();
        assertThat(decided.decision()).isEqualTo("改用备选主视觉，上线日期不变");
        assertThat(decided.decidedByName()).isEqualTo("部门负责人");
        assertThat(decided.late()).isFalse();
        assertThatThrownBy(() -> escalations.decide(decided.id(), decided.version(), EscalationDecision.OTHER, "再改"))
                .hasMessageContaining("escalation.error.decided");
        assertThat(told(manager.getUsername(), "notice.escalation.decided")).isTrue();
    }

    @Test
    void a_rejected_explanation_is_asked_again_and_the_manager_may_escalate_it_as_major() {
        explain(null, null);
        ExplanationLine given = latest(manager.getUsername());
        assertThatThrownBy(() -> coordination.reject(given.id(), given.version(), "  "))
                .hasMessageContaining("coordination.error.comment");
        clock.advance(Duration.ofHours(2));
        coordination.reject(given.id(), given.version(), "请说明补救后的完成日期");
        assertThatThrownBy(() -> coordination.markMajor(given.id(), "重大"))
                .hasMessageContaining("coordination.error.decided"); // only what is under coordination
        assertThat(told(owner.getUsername(), "notice.coordination.rejected")).isTrue();
        SignIn.as(users, manager.getUsername());
        List<ExplanationLine> all = explanations.of(projectId);
        assertThat(all).extracting(ExplanationLine::state)
                .containsExactlyInAnyOrder(ExplanationLine.State.REJECTED, ExplanationLine.State.DUE);
        ExplanationLine again = latest(owner.getUsername());
        assertThat(again.state()).isEqualTo(ExplanationLine.State.DUE);
        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> coordination.markMajor(again.id(), "重大"))
                .hasMessageContaining("coordination.error.notSubmitted");
        assertThat(again.dueAt()).isEqualTo(raisedAt.plus(Duration.ofHours(26)));
        assertThat(again.warningId()).isEqualTo(given.warningId());
        assertThat(escalations.of(projectId)).isEmpty(); // no dates, nothing moved: nothing escalated yet

        explain(null, null);
        ExplanationLine second = latest(manager.getUsername());
        assertThatThrownBy(() -> coordination.markMajor(second.id(), ""))
                .hasMessageContaining("coordination.error.majorNote");
        SignIn.as(users, owner.getUsername());
        assertThatThrownBy(() -> coordination.markMajor(second.id(), "重大"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, manager.getUsername());
        coordination.markMajor(second.id(), "主视觉是整个上市的核心");
        assertThatThrownBy(() -> coordination.markMajor(second.id(), "再报一次"))
                .hasMessageContaining("coordination.error.escalated");
        assertThat(escalations.of(projectId)).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo(EscalationReason.MARKED_MAJOR);
            assertThat(x.note()).isEqualTo("主视觉是整个上市的核心");
            assertThat(x.mine()).isFalse();
        });
        assertThat(told(head.getUsername(), "notice.escalation.raised.MARKED_MAJOR")).isTrue();

        // no dates were proposed: accepted as it stands, no revision, the plan unchanged
        SignIn.as(users, manager.getUsername());
        ExplanationLine third = latest(manager.getUsername());
        assertThatThrownBy(() -> coordination.accept(third.id(), third.version(), MON.plusDays(9), null, null))
                .hasMessageContaining("warning.error.proposedDates");
        assertThat(coordination.accept(third.id(), third.version(), null, null, "先按原计划推进")).isNull();
        assertThat(latest(manager.getUsername()).state()).isEqualTo(ExplanationLine.State.ACCEPTED);
        assertThat(timelines.revisions(projectId)).isEmpty();
        assertThat(row("主视觉").plannedFinish()).isEqualTo(MON.plusDays(4));
    }

    @Test
    void an_escalation_undecided_after_24_hours_is_late_told_once_and_red_on_the_portfolio() {
        explain(MON.plusDays(9), MON.plusDays(10));
        String name = projects.workTree(projectId).orElseThrow().project().name();
        clock.setTo(raisedAt.plus(Duration.ofHours(23)));
        SystemActor.call(() -> escalations.tellOverdue());
        assertThat(told(head.getUsername(), "notice.escalation.overdue")).isFalse();
        clock.setTo(raisedAt.plus(Duration.ofHours(25)));
        SystemActor.call(() -> escalations.tellOverdue());
        SystemActor.call(() -> escalations.tellOverdue());
        SignIn.as(users, head.getUsername());
        assertThat(notices.mine(200).stream().filter(n -> n.messageKey().equals("notice.escalation.overdue")
                && n.args().contains(name)).count()).isEqualTo(1);
        assertThat(escalations.of(projectId)).singleElement().satisfies(x -> assertThat(x.late()).isTrue());
        var line = dashboards.portfolio().stream().filter(d -> d.project().id() == projectId).findFirst().orElseThrow();
        assertThat(line.monitoring().escalationsOpen()).isEqualTo(1);
        assertThat(line.monitoring().escalationsLate()).isEqualTo(1);
        // decided late: it stays marked late
        EscalationLine x = escalations.of(projectId).get(0);
        escalations.decide(x.id(), x.version(), EscalationDecision.ADD_RESOURCES, "从品牌部借调一名设计师");
        assertThat(escalations.of(projectId).get(0).late()).isTrue();
        assertThat(counts.byProject(List.of(projectId)).getOrDefault(projectId,
                com.campaigntracker.tracking.MonitoringFigures.NONE).escalationsOpen()).isZero();
    }
}
