package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.AcceptanceService;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The A sees the finished task under "To accept", may reject it only with a comment, and accepts it once redone. */
class MyAcceptancesUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2028, 2, 7);

    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService planRows;
    @Autowired
    TimelineService timelines;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    PeopleService people;
    @Autowired
    AcceptanceService acceptances;
    @Autowired
    com.campaigntracker.plan.WorkItemHistoryService histories;

    @Test
    void the_A_rejects_only_with_a_comment_and_then_accepts() {
        SignIn.as(users, "admin");
        if (people.findByUsername("accept-ui-m").isEmpty()) {
            people.createPerson("accept-ui-m", "验收界面经理", Role.MANAGER, null, "secret");
            people.createPerson("accept-ui-r", "界面做事的人", Role.MEMBER, null, "secret");
            people.createPerson("accept-ui-a", "界面验收人", Role.MEMBER, null, "secret");
        }
        signIn("accept-ui-m");
        long projectId = TestPlans.project(projects, people, "accept-ui-m", "验收界面", MON);
        planRows.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "主视觉", people.findByUsername("accept-ui-r").orElseThrow(), MON,
                        MON.plusDays(4), null)));
        WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().get(2);
        raci.set(projectId, task.id(), people.findByUsername("accept-ui-a").orElseThrow().getId(), null, RaciLetter.A);
        signIn("accept-ui-r");
        timelines.setProgress(task.id(), task.version(), 100);

        signIn("accept-ui-a");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("acceptances");
        // without a comment the rejection is refused and nothing changes: the deliverable still waits
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reject-" + task.id())));
        assertThat(lastNotification()).isEqualTo("请说明缺少什么，以便负责人知道要返工的内容。");
        assertThat(acceptances.waitingForMe()).extracting(AcceptanceService.Pending::itemId).containsExactly(task.id());
        assertThat(_find(Div.class, spec -> spec.withId("acceptance-" + task.id()))).hasSize(1);

        // with one the task reopens for its R, who sees the comment in its history
        _get(TextField.class, spec -> spec.withId("acceptance-comment-" + task.id())).setValue("缺少英文版");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reject-" + task.id())));
        assertThat(lastNotification()).isEqualTo("主视觉 已重新打开，负责人会看到您的意见。");
        assertThat(_get(Paragraph.class, spec -> spec.withId("nothing-to-accept")).getText())
                .isEqualTo("没有等待您验收的交付物。");
        signIn("accept-ui-m");
        WorkItemRow reopened = projects.workTree(projectId).orElseThrow().rows().get(2);
        assertThat(reopened.storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(reopened.percentComplete()).isEqualTo(90);
        assertThat(histories.history(task.id())).flatExtracting(com.campaigntracker.plan.HistoryEntry::changes)
                .extracting(com.campaigntracker.plan.HistoryEntry.Change::after)
                .contains(new com.campaigntracker.plan.HistoryEntry.Acceptance(false, "缺少英文版", java.util.List.of()));

        // finished again, it is accepted
        signIn("accept-ui-r");
        timelines.setProgress(reopened.id(), reopened.version(), 100);
        signIn("accept-ui-a");
        UI.getCurrent().navigate("acceptances");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("accept-" + task.id())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("nothing-to-accept")).getText())
                .isEqualTo("没有等待您验收的交付物。");
        signIn("accept-ui-m");
        assertThat(projects.workTree(projectId).orElseThrow().rows().get(2).storedStatus()).isEqualTo(ProgressStatus.DONE);
    }
}
