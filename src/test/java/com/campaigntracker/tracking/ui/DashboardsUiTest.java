package com.campaigntracker.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.chart.Chart;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.tracking.Health;
import com.campaigntracker.tracking.ProjectDashboard;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.tracking.Workload;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project dashboard and the portfolio show the figures of a small project whose every number is known. */
class DashboardsUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2030, 5, 6);

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TrackingService tracking;
    @Autowired
    MutableClock clock;

    private Person manager;
    private Person r2;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(LocalDate day, int hour) {
        clock.setTo(LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private WorkItemRow row(long projectId, String name) {
        signIn(manager.getUsername());
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    private void update(long projectId, String name, QuickUpdate update) {
        WorkItemRow row = row(projectId, name);
        tracking.update(row.id(), row.version(), update);
    }

    /**
     * 调研 done on time, 创意 done three days late, 物料 blocked with a high risk, 预热 open past its
     * finish, 上线 a milestone ahead; seen on Wednesday of the second week.
     */
    private long knownProject() {
        manager = fixtures.manager("dash-m", "看板经理");
        Person r1 = fixtures.member("dash-r1", "设计小王");
        r2 = fixtures.member("dash-r2", "物料小赵");
        at(MON, 9);
        long projectId = fixtures.project(manager, "看板测试", MON).phase("执行").module("准备")
                .task("调研", r1, MON, MON.plusDays(4))
                .task("创意", r1, MON, MON.plusDays(4))
                .task("预热", r1, MON, MON.plusDays(2))
                .task("物料", r2, MON.plusDays(7), MON.plusDays(11))
                .row(new PlanRow(WorkItemLevel.TASK, "上线", null, "上线", r2, MON.plusDays(14), MON.plusDays(14), null,
                        null, ProgressStatus.NOT_STARTED, 0, null, null, null, null, null, true, null))
                .activate();
        signIn(manager.getUsername());
        at(MON.plusDays(4), 17);
        update(projectId, "调研", new QuickUpdate(100, ProgressStatus.DONE, null, null, null));
        at(MON.plusDays(7), 17);
        update(projectId, "创意", new QuickUpdate(100, ProgressStatus.DONE, null, null, null));
        at(MON.plusDays(8), 17);
        update(projectId, "物料", new QuickUpdate(20, ProgressStatus.BLOCKED, "等待供应商报价", null,
                new RiskDetails("供应商产能不足", RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.HIGH, null, null)));
        at(MON.plusDays(9), 10);
        return projectId;
    }

    @Test
    void the_project_dashboard_shows_health_on_time_rate_late_blocked_risks_status_mix_and_the_milestone() {
        long projectId = knownProject();
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + projectId);

        assertThat(_get(Span.class, spec -> spec.withId("project-health")).getText()).isEqualTo("有风险");
        assertThat(tile("tile-on-time")).isEqualTo("50%");
        assertThat(tile("tile-late")).isEqualTo("1");
        assertThat(tile("tile-blocked")).isEqualTo("1");
        assertThat(tile("tile-risks")).isEqualTo("1");
        assertThat(tile("tile-overdue-updates")).isEqualTo("1"); // 预热: weekly, due Friday of the first week
        assertThat(tile("tile-slip")).isEqualTo("—"); // no baseline yet
        assertThat(tile("tile-warnings")).isEqualTo("2"); // 预热: late, and its update overdue (raised on the updates)

        JsonNode pie = _get(Chart.class, spec -> spec.withId("status-chart")).getOption().get("series").get(0).get("data");
        assertThat(pie.findValuesAsText("name")).containsExactly("已完成", "未开始", "已阻塞", "已延期");
        // 创意, finished after its planned finish, counts as delayed (R9) beside the open 预热
        assertThat(pie.findValues("value")).extracting(JsonNode::asInt).containsExactly(1, 1, 1, 2);
        assertThat(pie.get(0).get("itemStyle").get("color").asText()).isEqualTo("#1f7a45");

        JsonNode burnUp = _get(Chart.class, spec -> spec.withId("burnup-chart")).getOption().get("series");
        assertThat(burnUp.get(0).get("name").asText()).isEqualTo("计划完成度");
        JsonNode planned = burnUp.get(0).get("data");
        assertThat(planned.get(planned.size() - 1).asInt()).isEqualTo(100);
        assertThat(_get(Div.class, spec -> spec.withId("next-milestones")).getElement().getTextRecursively())
                .contains("上线");
    }

    @Test
    void the_portfolio_lists_the_project_with_its_health_and_the_workload_of_its_people() {
        long projectId = knownProject();
        signIn(manager.getUsername());
        ProjectDashboard mine = _dashboard(projectId);
        assertThat(mine.health()).isEqualTo(Health.AT_RISK);

        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("");
        PortfolioView portfolio = _get(PortfolioView.class);
        // the manager is this test's own: the portfolio is his one project
        assertThat(GridKt._findAll(portfolio.grid)).extracting(d -> d.project().id()).containsExactly(projectId);
        assertThat(((Span) GridKt._getCellComponent(portfolio.grid, 0, "health")).getText()).isEqualTo("At risk");

        portfolio.health.setValue(Health.ON_TRACK);
        assertThat(GridKt._findAll(portfolio.grid)).isEmpty();
        portfolio.health.clear();

        List<Workload.PersonLoad> load = GridKt._findAll(portfolio.workload);
        assertThat(load).filteredOn(l -> l.name().equals("物料小赵")).singleElement()
                .satisfies(l -> assertThat(l.openTasks().subList(0, 2)).containsExactly(1, 1));
        assertThat(load).filteredOn(l -> l.name().equals("设计小王")).singleElement()
                .satisfies(l -> assertThat(l.openTasks().get(0)).isEqualTo(1)); // 预热, late, still on the desk
    }

    @Test
    void the_manager_sets_a_cadence_on_the_updates_page_where_overdue_ones_come_first() {
        long projectId = knownProject();
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + projectId);
        ButtonKt._click(
                _get(Div.class, spec -> spec.withId("tile-overdue-updates"))); // the tile leads to the overdue list
        ProjectUpdatesView updates = _get(ProjectUpdatesView.class);
        assertThat(updates.onlyOverdue.getValue()).isTrue();
        assertThat(GridKt._findAll(updates.grid)).extracting(t -> t.name()).containsExactly("预热");
        updates.onlyOverdue.setValue(false);
        List<com.campaigntracker.tracking.TrackedTask> all = GridKt._findAll(updates.grid);
        assertThat(all.get(0).name()).isEqualTo("预热"); // overdue first
        long material = all.stream().filter(t -> t.name().equals("物料")).findFirst().orElseThrow().id();
        int row = all.indexOf(all.stream().filter(t -> t.id() == material).findFirst().orElseThrow());

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.util.Optional<com.campaigntracker.tracking.Cadence>> select =
                (com.vaadin.flow.component.select.Select<java.util.Optional<com.campaigntracker.tracking.Cadence>>)
                        GridKt._getCellComponent(updates.grid, row, "cadence");
        select.setValue(java.util.Optional.of(com.campaigntracker.tracking.Cadence.DAILY));
        assertThat(lastNotification()).isEqualTo("已保存\"物料\"的更新频率。");
        assertThat(tracking.tasksOf(projectId)).filteredOn(t -> t.id() == material).singleElement()
                .satisfies(t -> assertThat(t.cadenceChosen()).isTrue());

        signIn(r2.getUsername()); // not the manager: the cadence is shown, not offered
        UI.getCurrent().navigate("projects/" + projectId + "/updates");
        ProjectUpdatesView theirs = _get(ProjectUpdatesView.class);
        assertThat(GridKt._getCellComponent(theirs.grid, 0, "cadence")).isInstanceOf(Span.class);
    }

    private ProjectDashboard _dashboard(long projectId) {
        return context.getBean(com.campaigntracker.tracking.DashboardService.class).project(projectId).orElseThrow();
    }

    private static String tile(String id) {
        return ((Tile) _get(Div.class, spec -> spec.withId(id))).value();
    }
}
