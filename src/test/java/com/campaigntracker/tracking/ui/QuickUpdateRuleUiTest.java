package com.campaigntracker.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProgressRule;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quick-update dialog only reflects R9: while the owner types it shows the service's answer
 * ({@link ProgressRule}), and saving stores exactly what it showed.
 */
class QuickUpdateRuleUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2030, 4, 1);

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;

    private long projectId;
    private Person owner;

    @BeforeEach
    void createProject() {
        Person manager = fixtures.manager("qu-rule-m", "规则经理");
        owner = fixtures.member("qu-rule-r", "规则执行人");
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        signIn(manager.getUsername());
        projectId = fixtures.project(manager, "规则", MON).phase("阶段").module("模块")
                .task("海报", owner, MON, MON.plusDays(9))
                .activate();
        signIn(owner.getUsername());
        useLocale(AppLocales.CHINESE);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private WorkItemRow task() {
        return projects.workTree(projectId).orElseThrow().rows().get(2);
    }

    private QuickUpdateDialog open() {
        UI.getCurrent().navigate("my-tasks");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("update-" + task().id())));
        return _get(QuickUpdateDialog.class);
    }

    private void save() {
        ButtonKt._click(_get(Button.class, spec -> spec.withId("update-save")));
    }

    @Test
    void a_done_task_typed_back_to_0_percent_shows_and_is_saved_as_not_started() {
        QuickUpdateDialog dialog = open();
        dialog.status.setValue(ProgressStatus.DONE);
        assertThat(dialog.percent.getValue()).isEqualTo(100);
        dialog.percent.setValue(0);
        // the dialog used to keep "done" at 0 %, which the service then saved as done at 100 %
        assertThat(dialog.status.getValue()).isEqualTo(ProgressRule.percentTyped(0, ProgressStatus.DONE).status())
                .isEqualTo(ProgressStatus.NOT_STARTED);
        save();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(task().percentComplete()).isZero();
        assertThat(task().storedStatus()).isEqualTo(ProgressStatus.NOT_STARTED);
    }

    @Test
    void in_progress_picked_at_100_percent_shows_done_as_saving_stores_it() {
        QuickUpdateDialog dialog = open();
        dialog.percent.setValue(100);
        assertThat(dialog.status.getValue()).isEqualTo(ProgressStatus.DONE);
        dialog.status.setValue(ProgressStatus.IN_PROGRESS);
        // the dialog used to show "in progress at 100 %"; the service stores that report as done
        assertThat(dialog.status.getValue()).isEqualTo(ProgressStatus.DONE);
        assertThat(dialog.percent.getValue()).isEqualTo(100);
        save();
        assertThat(task().storedStatus()).isEqualTo(ProgressStatus.DONE); // the owner is the only one: no A to wait for
        assertThat(task().percentComplete()).isEqualTo(100);
    }

    @Test
    void done_typed_down_to_80_percent_shows_and_is_saved_as_in_progress() {
        QuickUpdateDialog dialog = open();
        dialog.status.setValue(ProgressStatus.DONE);
        dialog.percent.setValue(80);
        assertThat(dialog.status.getValue()).isEqualTo(ProgressStatus.IN_PROGRESS); // no longer done
        save();
        assertThat(task().storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(task().percentComplete()).isEqualTo(80);
    }
}
