package com.campaigntracker.closing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.ProgressReport;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manager closes the finished project from its dashboard, then fills the retrospective: a submission
 * refused for what is missing keeps everything typed; submitted, it is locked; a correction (after an
 * administrator reopened the project and it closed again) is version 2.
 */
class RetrospectiveUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2033, 5, 2);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ProgressService progress;
    @Autowired
    PeopleService people;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void closing_then_a_refused_submission_keeps_what_was_typed_and_a_submitted_one_locks() {
        Person m = fixtures.manager("retro-ui-m", "复盘经理");
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        long projectId = fixtures.project(m, "复盘界面", MON).kpi("销售额", "万元", new BigDecimal("300"))
                .phase("阶段").module("模块").task("主视觉", m, MON, MON.plusDays(4))
                .activate();
        signIn(m.getUsername());
        clock.setTo(LocalDateTime.of(MON.plusDays(4), LocalTime.of(16, 0)).atZone(ZONE).toInstant());
        WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().get(2);
        progress.report(task.id(), task.version(), new ProgressReport(100, ProgressStatus.DONE, null, null,
                ProgressSource.UPDATE));

        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + projectId);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("close-project")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("close-project-confirm")));
        assertThat(lastNotification()).contains("已结项");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("tile-retrospective"))
                .getElement().getTextRecursively()).contains("复盘截止");

        UI.getCurrent().navigate("projects/" + projectId + "/retrospective");
        RetrospectiveView view = _get(RetrospectiveView.class);
        assertThat(view.header.due.getText()).startsWith("复盘须在");
        assertThat(view.facts.getElement().getTextRecursively()).contains("100%");
        view.editor.ratings.stars.get(0).setValue(4);
        view.editor.ratings.comments.get(0).setValue("每日更新很及时");
        view.editor.discussion.lessons.setValue("主视觉要留足客户确认时间");
        view.editor.actions.descriptions.get(0).setValue("主视觉提前两周启动");
        ButtonKt._click(view.submit);
        assertThat(view.error.getText()).isEqualTo("请填写复盘会日期。");
        assertThat(view.editor.discussion.lessons.getValue()).isEqualTo("主视觉要留足客户确认时间");
        assertThat(view.editor.ratings.comments.get(0).getValue()).isEqualTo("每日更新很及时");

        ButtonKt._click(view.saveDraft);
        assertThat(lastNotification()).isEqualTo("第 1 版草稿已保存。");
        view = _get(RetrospectiveView.class);
        assertThat(view.editor.discussion.lessons.getValue()).isEqualTo("主视觉要留足客户确认时间");
        view.editor.meeting.heldOn.setValue(MON.plusDays(4));
        PersonOption me = people.people().stream().filter(p -> p.id() == m.getId()).findFirst().orElseThrow();
        view.editor.meeting.participants.setValue(Set.of(me));
        view.editor.ratings.stars.get(1).setValue(5);
        view.editor.ratings.stars.get(2).setValue(3);
        view.editor.kpis.actuals.get(0).setValue(new BigDecimal("320"));
        ButtonKt._click(view.submit);
        assertThat(lastNotification()).isEqualTo("第 1 版复盘已提交并锁定。");
        view = _get(RetrospectiveView.class);
        assertThat(view.error.isVisible()).isFalse(); // submitted once, not refused by a second click handler
        assertThat(view.editor.discussion.lessons.isReadOnly()).isTrue();
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.header.due.getText()).isEqualTo("复盘已提交。");
        // M6: the submitted retrospective is part of the closed project's record; once an administrator
        // reopened the project and it closed again, a correction may follow
        assertThat(view.correct.isVisible()).isFalse();
        com.campaigntracker.SignIn.as(users, fixtures.person("retro-ui-admin", "复盘管理员",
                com.campaigntracker.people.Role.ADMIN).getUsername());
        projects.reopen(projectId, projects.workTree(projectId).orElseThrow().project().version(), "KPI 实际值补录");
        signIn(m.getUsername());
        projects.close(projectId, projects.workTree(projectId).orElseThrow().project().version());
        UI.getCurrent().navigate("projects/" + projectId + "/retrospective");
        view = _get(RetrospectiveView.class);

        ButtonKt._click(view.correct);
        view = _get(RetrospectiveView.class);
        assertThat(view.error.isVisible()).isFalse();
        assertThat(view.header.versions.getValue().number()).isEqualTo(2);
        assertThat(view.editor.discussion.lessons.isReadOnly()).isFalse();
        assertThat(view.editor.kpis.actuals.get(0).getValue()).isEqualByComparingTo("320");
    }
}
