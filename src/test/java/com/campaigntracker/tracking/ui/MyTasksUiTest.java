package com.campaigntracker.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.tracking.UpdateRecord;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 小李's evening update from My Tasks: the overdue task on top, the dialog refuses blocked without a reason. */
class MyTasksUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2030, 3, 4);

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TrackingService tracking;
    @Autowired
    MutableClock clock;

    private Person manager;
    private Person owner;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long createProject() {
        manager = fixtures.manager("mytasks-m", "我的任务经理");
        owner = fixtures.member("mytasks-r", "小任");
        clock.setTo(LocalDateTime.of(MON, java.time.LocalTime.of(9, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        long projectId = fixtures.project(manager, "我的任务", MON).phase("阶段").module("模块")
                .task("主视觉设计", owner, MON, MON.plusDays(9))
                .activate();
        signIn(manager.getUsername());
        return projectId;
    }

    @Test
    void an_update_reminders_link_opens_that_tasks_update_for_its_owner_and_nothing_for_anyone_else() {
        long projectId = createProject();
        WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().get(2);
        String link = com.campaigntracker.tracking.TrackingRoutes.myTask(task.id()); // what the chat card's button opens
        String path = link.substring(0, link.indexOf('?'));
        var query = com.vaadin.flow.router.QueryParameters.fromString(link.substring(link.indexOf('?') + 1));
        signIn(owner.getUsername());
        UI.getCurrent().navigate(path, query);
        assertThat(_get(QuickUpdateDialog.class).isOpened()).isTrue();
        assertThat(_get(QuickUpdateDialog.class).getHeaderTitle()).contains("主视觉设计");
        _get(QuickUpdateDialog.class).close();

        signIn(manager.getUsername()); // not the task's R: My tasks, without anyone's update
        UI.getCurrent().navigate(path, query);
        assertThat(_find(QuickUpdateDialog.class)).noneMatch(QuickUpdateDialog::isOpened);
    }

    @Test
    void the_owner_sees_the_overdue_update_and_blocked_without_a_reason_is_refused_keeping_what_was_typed() {
        long projectId = createProject();
        WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().get(2);
        // Tuesday 19:00: the critical task's daily update was due Monday 18:00
        clock.setTo(LocalDateTime.of(MON.plusDays(1), java.time.LocalTime.of(19, 0))
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        signIn(owner.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("my-tasks");

        Div card = _get(Div.class, spec -> spec.withId("task-" + task.id()));
        assertThat(card.getClassNames()).contains("update-overdue");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("task-card-update")).getText())
                .startsWith("更新已逾期，截止 ").contains("18:00").endsWith("（每日）");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("update-" + task.id())));
        QuickUpdateDialog dialog = _get(QuickUpdateDialog.class);
        assertThat(dialog.percent.getValue()).isZero();
        dialog.percent.setValue(35);
        assertThat(dialog.status.getValue()).isEqualTo(ProgressStatus.IN_PROGRESS); // % > 0 starts it (R9)
        dialog.status.setValue(ProgressStatus.BLOCKED);
        dialog.note.setValue("等客户反馈");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("update-save")));

        // refused in the dialog, which stays open with everything typed
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.blockedReason.isInvalid()).isTrue();
        assertThat(dialog.blockedReason.getErrorMessage()).isEqualTo("已阻塞的任务需要填写原因，例如\"设计稿等待客户确认\"。");
        assertThat(dialog.percent.getValue()).isEqualTo(35);
        assertThat(dialog.note.getValue()).isEqualTo("等客户反馈");
        signIn(owner.getUsername());
        assertThat(tracking.history(task.id())).isEmpty();

        dialog.blockedReason.setValue("设计稿等待客户确认");
        dialog.addRisk.setValue(true);
        dialog.riskDescription.setValue("客户确认慢，可能延迟 2 天");
        dialog.riskProbability.setValue(RiskLevel.HIGH);
        assertThat(dialog.riskLevel.getValue()).isEqualTo(RiskLevel.HIGH); // suggested from probability × impact
        ButtonKt._click(_get(Button.class, spec -> spec.withId("update-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("已保存\"主视觉设计\"的进度。");

        List<UpdateRecord> history = tracking.history(task.id());
        assertThat(history).singleElement().satisfies(u -> {
            assertThat(u.percent()).isEqualTo(35);
            assertThat(u.status()).isEqualTo(ProgressStatus.BLOCKED);
            assertThat(u.blockedReason()).isEqualTo("设计稿等待客户确认");
            assertThat(u.note()).isEqualTo("等客户反馈");
            assertThat(u.by()).isEqualTo("小任");
        });
        // the list shows the new state: blocked, no longer overdue, its risk level high
        Div after = _get(Div.class, spec -> spec.withId("task-" + task.id()));
        assertThat(after.getClassNames()).doesNotContain("update-overdue");
        assertThat(_get(after, Span.class, spec -> spec.withClasses("status-badge")).getText()).isEqualTo("已阻塞");
        signIn(manager.getUsername());
        assertThat(projects.workTree(projectId).orElseThrow().rows().get(2).riskLevel()).isEqualTo(RiskLevel.HIGH);

        // the progress dialog lists the update and the risk point
        signIn(owner.getUsername());
        ButtonKt._click(_get(Button.class, spec -> spec.withId("history-" + task.id())));
        TaskProgressDialog progress = _get(TaskProgressDialog.class);
        assertThat(_find(progress, Div.class, spec -> spec.withClasses("update-entry"))).singleElement()
                .satisfies(d -> assertThat(d.getElement().getTextRecursively()).contains("35%").contains("已阻塞")
                        .contains("等客户反馈"));
        assertThat(_find(progress, Div.class, spec -> spec.withClasses("risk-entry"))).singleElement()
                .satisfies(d -> assertThat(d.getElement().getTextRecursively()).contains("客户确认慢"));
    }

    @Test
    void a_member_without_tasks_is_told_so_in_english() {
        signIn(fixtures.member("mytasks-none", "Nobody").getUsername());
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-tasks")).getText())
                .isEqualTo("No tasks for you in running or planned projects.");
        assertThat(_get(Span.class, spec -> spec.withId("my-tasks-summary")).getText())
                .isEqualTo("0 updates overdue · 0 due today · 0 to accept");
        assertThat(_find(Checkbox.class, spec -> spec.withId("show-done"))).hasSize(1);
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_find(IntegerField.class)).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void saving_an_update_rebuilds_only_that_card_and_the_risk_fields_come_when_asked_for() {
        manager = fixtures.manager("mytasks-m", "我的任务经理");
        owner = fixtures.member("mytasks-r", "小任");
        long projectId = fixtures.project(manager, "两个任务", MON).phase("阶段").module("模块")
                .task("海报", owner, MON, MON.plusDays(4))
                .task("文案", owner, MON, MON.plusDays(9))
                .create();
        signIn(manager.getUsername());
        List<WorkItemRow> rows = projects.workTree(projectId).orElseThrow().rows();
        long poster = rows.get(2).id();
        long copy = rows.get(3).id();
        signIn(owner.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("my-tasks");
        Div posterCard = _get(Div.class, spec -> spec.withId("task-" + poster));
        Div copyCard = _get(Div.class, spec -> spec.withId("task-" + copy));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("update-" + poster)));
        QuickUpdateDialog dialog = _get(QuickUpdateDialog.class);
        assertThat(dialog.riskDescription.isAttached()).as("no risk fields until asked for").isFalse();
        dialog.addRisk.setValue(true);
        assertThat(dialog.riskDescription.isAttached()).isTrue();
        dialog.addRisk.setValue(false);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("update-percent-50")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("update-save")));

        Div posterAfter = _get(Div.class, spec -> spec.withId("task-" + poster));
        assertThat(posterAfter).isNotSameAs(posterCard);
        assertThat(_get(posterAfter, Span.class, spec -> spec.withClasses("percent-label")).getText()).isEqualTo("50%");
        assertThat(_get(Div.class, spec -> spec.withId("task-" + copy))).as("the other card stays").isSameAs(copyCard);
        assertThat(_find(Div.class, spec -> spec.withClasses("task-card"))).hasSize(2);
    }

    @Test
    void ten_cards_come_first_and_more_brings_the_rest_and_an_empty_workload_is_one_line() {
        manager = fixtures.manager("mytasks-page-m", "分页经理");
        owner = fixtures.member("mytasks-page-r", "小页");
        var plan = fixtures.project(manager, "十二个任务", MON).phase("阶段").module("模块");
        for (int i = 1; i <= 12; i++) {
            plan = plan.task("任务 " + i, owner, MON, MON.plusDays(i));
        }
        plan.create();
        signIn(owner.getUsername());
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("my-tasks");
        assertThat(_find(Div.class, spec -> spec.withClasses("task-card"))).hasSize(MyTasksView.PAGE).hasSize(10);
        Button more = _get(Button.class, spec -> spec.withId("my-tasks-more"));
        assertThat(more.getText()).contains("2");
        ButtonKt._click(more);
        assertThat(_find(Div.class, spec -> spec.withClasses("task-card"))).hasSize(12);
        assertThat(_find(Button.class, spec -> spec.withId("my-tasks-more"))).isEmpty();

        // the tasks are years ahead of today: nobody's weeks hold any, so no empty ten-column grid is drawn
        UI.getCurrent().navigate("portfolio");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-workload")).getText())
                .isEqualTo("Nobody holds open tasks in these weeks.");
        assertThat(_get(PortfolioView.class).workload.isAttached()).isFalse();
    }
}
