package com.campaigntracker.tracking.ui;

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
import com.campaigntracker.tracking.DigestService;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.tracking.RiskStatus;
import com.campaigntracker.tracking.TrackingService;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A running campaign's risk register and weekly digest, as its manager uses them: 媒介排期 open past its
 * finish, 直播带货对接 blocked, two risk points open; seen on Thursday of the first week.
 */
class ProjectPagesUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2030, 10, 14);

    @Autowired
    ProjectService projects;
    @Autowired
    TrackingService tracking;
    @Autowired
    DigestService digests;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;

    private Person manager;
    private long projectId;

    @BeforeEach
    void runningCampaign() {
        manager = fixtures.manager("pages-m", "页面经理");
        Person owner = fixtures.member("pages-r", "页面执行");
        at(MON, 9);
        projectId = fixtures.project(manager, "节日促销", MON).phase("执行").module("渠道")
                .task("媒介排期", owner, MON, MON.plusDays(2))
                .task("直播带货对接", owner, MON, MON.plusDays(11))
                .task("物料印刷", owner, MON, MON.plusDays(11))
                .activate();
        signIn(manager.getUsername());
        at(MON.plusDays(1), 17);
        update("直播带货对接", new QuickUpdate(20, ProgressStatus.BLOCKED, "主播档期待确认", null,
                new RiskDetails("主播档期可能冲突", RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.MEDIUM, null, null)));
        update("物料印刷", new QuickUpdate(10, null, null, null,
                new RiskDetails("印刷厂产能不足，物料可能延迟", RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.HIGH, null, null)));
        at(MON.plusDays(3), 10);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(LocalDate day, int hour) {
        clock.setTo(LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant());
    }

    private void update(String task, QuickUpdate update) {
        WorkItemRow row = projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals(task)).findFirst().orElseThrow();
        tracking.update(row.id(), row.version(), update);
    }

    @Test
    void the_digest_lists_what_the_weekly_meeting_needs_and_its_schedule_is_saved() {
        String name = projects.workTree(projectId).orElseThrow().project().name();
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + projectId + "/digest");
        assertThat(_get(H2.class, spec -> spec.withId("digest-title")).getText()).startsWith("项目周报：" + name);
        assertThat(_get(Div.class, spec -> spec.withId("digest-slipped")).getElement().getTextRecursively())
                .contains("媒介排期").doesNotContain("物料印刷");
        assertThat(_get(Div.class, spec -> spec.withId("digest-blocked")).getElement().getTextRecursively())
                .contains("直播带货对接").contains("主播档期待确认");
        assertThat(_get(Div.class, spec -> spec.withId("digest-risks")).getElement().getTextRecursively())
                .contains("[高]").contains("印刷厂");

        DigestView view = _get(DigestView.class);
        view.day.setValue(DayOfWeek.FRIDAY);
        view.at.setValue(LocalTime.of(16, 30));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("digest-save")));
        assertThat(lastNotification()).isEqualTo("周报发送时间已保存。");
        assertThat(digests.settings(projectId).day()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(digests.settings(projectId).at()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void the_manager_closes_a_risk_in_the_register_and_it_leaves_the_open_list() {
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + projectId + "/risks");
        RiskRegisterView view = _get(RiskRegisterView.class);
        List<RiskLine> open = GridKt._findAll(view.grid);
        assertThat(open).hasSize(2).allMatch(r -> r.status() == RiskStatus.OPEN);
        RiskLine first = open.get(0);
        ButtonKt._click((Button) ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt
                ._getCellComponent(view.grid, 0, "actions")).getComponentAt(1));
        assertThat(GridKt._findAll(view.grid)).extracting(RiskLine::id).containsExactly(open.get(1).id());
        view.showClosed.setValue(true);
        assertThat(GridKt._findAll(view.grid)).extracting(RiskLine::id)
                .containsExactlyInAnyOrder(first.id(), open.get(1).id());
    }
}
