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
    Fixtures fixtures;
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
        Person manager = fixtures.manager("warn-ui-m", "预警界面经理");
        Person r = fixtures.member("warn-ui-r", "预警界面负责人");
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        long projectId = fixtures.project(manager, "预警界面", MON).phase("阶段").module("模块")
                .task("物料印刷", r, MON, MON.plusDays(4))
                .activate();
        clock.setTo(LocalDateTime.of(MON.plusDays(9), LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant()); // Wednesday of the next week: late, and its updates overdue
        SystemActor.call(() -> warnings.scan());

        signIn(manager.getUsername());
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
