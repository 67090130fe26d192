package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.notify.NoticeLine;
import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.shared.security.SystemActor;
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

/** R11: a late task asks its R for an explanation due in 24 hours; on time or late, the manager is told. */
class ExplanationsIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2032, 9, 6);

    @Autowired
    ExplanationService explanations;
    @Autowired
    WarningService warnings;
    @Autowired
    NoticeService notices;
    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;

    private Person manager;
    private Person owner;
    private Person bystander;
    private long projectId;
    private Instant raisedAt;

    @BeforeEach
    void lateTask() {
        manager = fixtures.manager("expl-m", "说明经理");
        owner = fixtures.member("expl-r", "说明负责人");
        bystander = fixtures.member("expl-x", "旁人");
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        projectId = fixtures.project(manager, "偏差说明", MON)
                .phase("阶段").module("模块").task("主视觉", owner, MON, MON.plusDays(4))
                .activate();
        raisedAt = LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZONE).toInstant(); // Wednesday after
        clock.setTo(raisedAt);
        SystemActor.call(() -> warnings.scan());
        SignIn.as(users, manager.getUsername());
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    private ExplanationLine mine() {
        SignIn.as(users, owner.getUsername());
        return explanations.of(projectId).stream().filter(e -> e.kind() == WarningKind.LATE).findFirst().orElseThrow();
    }

    /** The manager's notices, newest first: the manager is this test's own, so they are all about its project. */
    private List<NoticeLine> managersNotices() {
        SignIn.as(users, manager.getUsername());
        return notices.mine(100);
    }

    private long overdueNotices() {
        return managersNotices().stream().filter(n -> n.messageKey().equals("notice.explanation.overdue")).count();
    }

    private String projectName() {
        SignIn.as(users, manager.getUsername());
        return projects.workTree(projectId).orElseThrow().project().name();
    }

    private static ExplanationForm form(List<RemedialMeasure> measures) {
        return new ExplanationForm(CauseType.OBJECTIVE, "客户两次改稿", "下游物料印刷顺延 2 天", measures,
                LocalDate.of(2032, 9, 6), LocalDate.of(2032, 9, 17));
    }

    @Test
    void the_R_explains_on_time_and_the_manager_is_told() {
        ExplanationLine asked = mine();
        assertThat(asked.dueAt()).isEqualTo(raisedAt.plus(Duration.ofHours(24)));
        assertThat(asked.overdue()).isFalse();

        assertThatThrownBy(() -> explanations.submit(asked.id(), asked.version(), form(List.of())))
                .hasMessageContaining("explanation.error.measures");
        assertThatThrownBy(() -> explanations.submit(asked.id(), asked.version(), new ExplanationForm(null, "x", null,
                List.of(new RemedialMeasure("加人", null, null)), null, null)))
                .hasMessageContaining("explanation.error.causeType");
        SignIn.as(users, bystander.getUsername());
        assertThatThrownBy(() -> explanations.submit(asked.id(), asked.version(),
                form(List.of(new RemedialMeasure("加人", null, null))))).isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofHours(5));
        SignIn.as(users, owner.getUsername());
        explanations.submit(asked.id(), asked.version(), form(List.of(new RemedialMeasure("增加设计人力",
                owner.getId(), MON.plusDays(10)))));
        ExplanationLine done = mine();
        assertThat(done.submittedAt()).isEqualTo(raisedAt.plus(Duration.ofHours(5)));
        assertThat(done.late()).isFalse();
        assertThat(done.causeType()).isEqualTo(CauseType.OBJECTIVE);
        assertThat(done.measures()).singleElement().satisfies(m -> assertThat(m.getDescription()).isEqualTo("增加设计人力"));
        assertThatThrownBy(() -> explanations.submit(done.id(), done.version(), form(List.of(
                new RemedialMeasure("再来", null, null))))).hasMessageContaining("explanation.error.submitted");
        assertThat(managersNotices()).extracting(NoticeLine::messageKey, NoticeLine::args).containsExactly(
                tuple("notice.escalation.raised.FINISH_MOVED", List.of("主视觉", projectName(), "5", "")), // the proposal
                tuple("notice.explanation.submitted", List.of("主视觉", projectName())),
                tuple("notice.warning.LATE", List.of("主视觉", projectName())));
    }

    @Test
    void late_and_behind_at_once_are_one_explanation_while_it_waits() {
        SignIn.as(users, manager.getUsername());
        long task = projects.workTree(projectId).orElseThrow().rows().get(2).id();
        SystemActor.run(() -> {
            checkpoints.backfill(task, MON, 0); // expected 100 by Friday, nothing done: behind
            checkpoints.backfill(task, MON.plusDays(7), 0);
        });
        SystemActor.call(() -> warnings.evaluate(projectId));
        SignIn.as(users, manager.getUsername());
        assertThat(warnings.open(projectId)).extracting(WarningLine::kind)
                .contains(WarningKind.LATE, WarningKind.BEHIND_EXPECTED);
        assertThat(explanations.of(projectId)).hasSize(1);
    }

    @Autowired
    com.campaigntracker.tracking.CheckpointService checkpoints;

    @Test
    void after_24_hours_it_shows_overdue_the_manager_is_told_once_and_a_later_submission_is_marked_late() {
        clock.setTo(raisedAt.plus(Duration.ofHours(23)));
        SystemActor.call(() -> explanations.tellOverdue());
        assertThat(overdueNotices()).isZero();
        clock.setTo(raisedAt.plus(Duration.ofHours(25)));
        SystemActor.call(() -> explanations.tellOverdue());
        SystemActor.call(() -> explanations.tellOverdue());
        assertThat(overdueNotices()).isEqualTo(1);
        ExplanationLine asked = mine();
        assertThat(asked.overdue()).isTrue();
        explanations.submit(asked.id(), asked.version(), form(List.of(new RemedialMeasure("调整优先级", null, null))));
        assertThat(mine().late()).isTrue();
        assertThat(managersNotices()).extracting(NoticeLine::messageKey, NoticeLine::args).containsExactly(
                tuple("notice.escalation.raised.FINISH_MOVED", List.of("主视觉", projectName(), "5", "")),
                tuple("notice.explanation.late", List.of("主视觉", projectName())),
                tuple("notice.explanation.overdue", List.of("主视觉", projectName())),
                tuple("notice.warning.LATE", List.of("主视觉", projectName())));
    }
}
