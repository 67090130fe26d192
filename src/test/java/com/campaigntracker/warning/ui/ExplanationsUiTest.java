package com.campaigntracker.warning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.warning.CauseType;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The R writes the explanation of a late task: refused without a measure (nothing typed is lost), impact shown, sent. */
class ExplanationsUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2032, 11, 1);

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
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
        Person manager = fixtures.manager("expl-ui-m", "说明界面经理");
        Person r = fixtures.member("expl-ui-r", "说明界面负责人");
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        long projectId = fixtures.project(manager, "说明界面", MON).phase("阶段").module("模块")
                .task("主视觉", r, MON, MON.plusDays(4))
                .task("物料印刷", r, MON.plusDays(7), MON.plusDays(11), "1.1.1")
                .activate();
        clock.setTo(LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        SystemActor.call(() -> warnings.scan());

        signIn(r.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("explanations");
        ExplanationsView view = _get(ExplanationsView.class);
        // the R is this test's own: the late key visual is all there is to explain (its successor is not late)
        assertThat(GridKt._findAll(view.grid)).singleElement().satisfies(e -> {
            assertThat(e.projectId()).isEqualTo(projectId);
            assertThat(e.taskName()).isEqualTo("主视觉");
        });
        ButtonKt._click((Button) GridKt._getCellComponent(view.grid, 0, "action"));
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
