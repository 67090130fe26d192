package com.campaigntracker.warning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkTreeService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.warning.CauseType;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.WarningService;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The R writes the explanation of a late task: refused without a measure (nothing typed is lost), impact shown, sent. */
class ExplanationsUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2032, 11, 1);

    @Autowired
    ProjectService projects;
    @Autowired
    WorkTreeService workTrees;
    @Autowired
    PeopleService people;
    @Autowired
    WarningService warnings;
    @Autowired
    ExplanationService explanations;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_owner_is_refused_without_a_measure_sees_the_impact_and_submits() {
        SignIn.as(users, "admin");
        if (people.findByUsername("expl-ui-m").isEmpty()) {
            people.createPerson("expl-ui-m", "说明界面经理", Role.MANAGER, null, "secret");
            people.createPerson("expl-ui-r", "说明界面负责人", Role.MEMBER, null, "secret");
        }
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        signIn("expl-ui-m");
        long projectId = TestPlans.project(projects, people, "expl-ui-m", "说明界面", MON);
        var r = people.findByUsername("expl-ui-r").orElseThrow();
        workTrees.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "主视觉", r, MON, MON.plusDays(4), null),
                TestPlans.row(WorkItemLevel.TASK, "物料印刷", r, MON.plusDays(7), MON.plusDays(11), "1.1.1")));
        projects.activate(projectId);
        clock.setTo(LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        SystemActor.call(() -> warnings.scan());

        signIn("expl-ui-r");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("explanations");
        ExplanationsView view = _get(ExplanationsView.class);
        List<ExplanationLine> rows = GridKt._findAll(view.grid);
        int row = rows.indexOf(rows.stream().filter(e -> e.projectId() == projectId && e.taskName().equals("主视觉"))
                .findFirst().orElseThrow());
        ButtonKt._click((Button) GridKt._getCellComponent(view.grid, row, "action"));
        ExplanationDialog dialog = _get(ExplanationDialog.class);
        dialog.causeType.setValue(CauseType.SUBJECTIVE);
        dialog.cause.setValue("排期估计过于乐观");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("explanation-submit")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("请至少填写一项补救措施，例如\"增加设计人力\"。");
        assertThat(dialog.cause.getValue()).isEqualTo("排期估计过于乐观");

        dialog.proposedStart.setValue(MON);
        dialog.proposedFinish.setValue(MON.plusDays(11)); // a week later: 物料印刷 must follow
        assertThat(dialog.impact.summary.getText()).startsWith("位于关键路径 · 下游任务 1 项 · 其中需顺延 1 项")
                .contains("推迟 5 个工作日");
        dialog.measures.get(0).setValue("增加设计人力");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("explanation-submit")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("\"主视觉\"的偏差说明已提交。");
        assertThat(explanations.of(projectId)).filteredOn(e -> e.taskName().equals("主视觉")).singleElement()
                .satisfies(e -> {
                    assertThat(e.submittedAt()).isNotNull();
                    assertThat(e.causeType()).isEqualTo(CauseType.SUBJECTIVE);
                    assertThat(e.proposedFinish()).isEqualTo(MON.plusDays(11));
                });
    }
}
