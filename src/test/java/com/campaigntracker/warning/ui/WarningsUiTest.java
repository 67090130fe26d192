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
import com.campaigntracker.warning.WarningKind;
import com.campaigntracker.warning.WarningLine;
import com.campaigntracker.warning.WarningService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager's open warnings across projects, counted by kind and filtered. */
class WarningsUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2032, 6, 7);

    @Autowired
    ProjectService projects;
    @Autowired
    WorkTreeService workTrees;
    @Autowired
    PeopleService people;
    @Autowired
    WarningService warnings;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_late_task_shows_as_a_warning_and_the_kind_filter_narrows_the_list() {
        SignIn.as(users, "admin");
        if (people.findByUsername("warn-ui-m").isEmpty()) {
            people.createPerson("warn-ui-m", "预警界面经理", Role.MANAGER, null, "secret");
            people.createPerson("warn-ui-r", "预警界面负责人", Role.MEMBER, null, "secret");
        }
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        signIn("warn-ui-m");
        long projectId = TestPlans.project(projects, people, "warn-ui-m", "预警界面", MON);
        workTrees.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "物料印刷", people.findByUsername("warn-ui-r").orElseThrow(), MON,
                        MON.plusDays(4), null)));
        projects.activate(projectId);
        clock.setTo(LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant()); // Wednesday of the next week: late, and its updates overdue
        SystemActor.call(() -> warnings.scan());

        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("warnings");
        WarningsView view = _get(WarningsView.class);
        view.project.setValue(projects.workTree(projectId).orElseThrow().project().name());
        List<WarningLine> mine = GridKt._findAll(view.grid);
        assertThat(mine).extracting(WarningLine::kind)
                .containsExactlyInAnyOrder(WarningKind.LATE, WarningKind.UPDATE_OVERDUE);
        assertThat(_get(Span.class, spec -> spec.withId("warnings-counts")).getText())
                .isEqualTo("延期 1 · 连续两周落后于计划 0 · 更新逾期 1 · 阻塞过久 0");
        view.kind.setValue(WarningKind.LATE);
        assertThat(GridKt._findAll(view.grid)).singleElement().satisfies(w -> {
            assertThat(w.taskName()).isEqualTo("物料印刷");
            assertThat(w.ownerName()).isEqualTo("预警界面负责人");
        });
        assertThat(((Span) GridKt._getCellComponent(view.grid, 0, "kind")).getText()).isEqualTo("延期");
    }
}
