package com.campaigntracker.kickoff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager publishes from the checklist; a participant objects (with a comment) and then confirms. */
class KickoffUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2027, 12, 6);

    @Autowired
    ProjectService projects;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    Fixtures fixtures;
    @Autowired
    com.campaigntracker.kickoff.KickoffService kickoffs;
    @Autowired
    com.campaigntracker.plan.PlanRowsService planRows;

    private Person manager;
    private Person participant;
    private long projectId;

    @BeforeEach
    void openKickoff() {
        manager = fixtures.manager("kickoff-ui", "启动界面经理");
        participant = fixtures.member("kick-ui-r", "界面执行人");
        projectId = fixtures.project(manager, "启动界面", MON).phase("阶段").module("模块")
                .task("任务", participant, MON, MON.plusDays(4))
                .create();
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + projectId + "/kickoff");
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void the_override_button_shows_the_services_answer() {
        assertThat(button("kickoff-override").isEnabled()).isFalse(); // not published: the service would refuse
        long task = projects.workTree(projectId).orElseThrow().rows().get(2).id();
        raci.set(projectId, task, manager.getId(), null, RaciLetter.A);
        UI.getCurrent().navigate("projects/" + projectId + "/kickoff");
        ButtonKt._click(button("kickoff-publish"));
        assertThat(button("kickoff-override").isEnabled()).isTrue();

        // a task without its A added after publication: the service refuses the override, so the page does not offer it
        planRows.appendRows(projectId, List.of(
                com.campaigntracker.TestPlans.row(com.campaigntracker.plan.WorkItemLevel.PHASE, "阶段二", null, null, null, null),
                com.campaigntracker.TestPlans.row(com.campaigntracker.plan.WorkItemLevel.MODULE, "模块二", null, null, null, null),
                com.campaigntracker.TestPlans.row(com.campaigntracker.plan.WorkItemLevel.TASK, "新任务", participant,
                        MON, MON.plusDays(1), null)));
        UI.getCurrent().navigate("projects/" + projectId + "/kickoff");
        assertThat(kickoffs.kickoff(projectId).orElseThrow().canOverride()).isFalse();
        assertThat(button("kickoff-override").isEnabled()).isFalse();
    }

    @Test
    void the_checklist_names_what_is_missing_and_publishing_asks_the_participant_who_confirms() {
        assertThat(_get(UnorderedList.class, spec -> spec.withId("kickoff-blockers")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList())
                .containsExactly("1.1.1 任务: 缺少 A：无人验收交付物（启动会需要）");
        assertThat(button("kickoff-publish").isEnabled()).isFalse();

        long task = projects.workTree(projectId).orElseThrow().rows().get(2).id();
        raci.set(projectId, task, manager.getId(), null, RaciLetter.A);
        UI.getCurrent().navigate("projects/" + projectId + "/kickoff");
        ButtonKt._click(button("kickoff-publish"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("kickoff-status")).getText())
                .isEqualTo("第 1 次发布：等待所有人确认。");

        signIn(participant.getUsername());
        UI.getCurrent().navigate("confirmations"); // the in-app request, the only one this participant has
        assertThat(_get(UnorderedList.class, spec -> spec.withId("waiting-confirmations")).getChildren()
                .map(c -> ((ListItem) c).getElement().getTextRecursively()).toList())
                .singleElement().satisfies(t -> assertThat(t).startsWith("启动界面").endsWith("（第 1 次发布）"));
        UI.getCurrent().navigate("projects/" + projectId + "/kickoff");
        ButtonKt._click(button("kickoff-object"));
        assertThat(lastNotification()).isEqualTo("请说明您的异议，以便经理处理。");
        _get(TextArea.class, spec -> spec.withId("kickoff-comment")).setValue("交付物要再确认");
        ButtonKt._click(button("kickoff-object"));
        ButtonKt._click(button("kickoff-confirm"));
        List<String> answers = _get(UnorderedList.class, spec -> spec.withId("my-answers")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).contains("已确认");
        assertThat(answers.get(1)).contains("有异议").contains("交付物要再确认");
        UI.getCurrent().navigate("confirmations");
        assertThat(_get(Paragraph.class, spec -> spec.withId("nothing-waiting")).getText())
                .isEqualTo("没有等待您确认的内容。");
    }
}
