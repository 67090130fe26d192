package com.campaigntracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.SqlStatements;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProgressReport;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemRow;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 21: the portfolio's figures are computed once and shared by every visit and viewer, yet they are
 * always the ones a fresh computation gives: after a progress update, a new risk, the day's change; and a
 * viewer still sees only the projects they may see.
 */
class PortfolioFiguresIT extends IntegrationTest {

    @Autowired
    MutableClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ProjectService projects;
    @Autowired
    ProgressService progress;
    @Autowired
    RiskService risks;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void the_shared_figures_are_the_fresh_ones_after_each_change_and_the_day_change_and_only_for_who_may_see_them() {
        LocalDate today = LocalDate.now(clock);
        clock.setTo(today.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant());
        Person manager = fixtures.manager("pf-m", "组合经理");
        Person owner = fixtures.member("pf-r", "组合设计师");
        long projectId = fixtures.project(manager, "组合看板", today.minusDays(7)).phase("准备").module("物料")
                .task("海报设计", owner, today.minusDays(7), today.minusDays(3))
                .task("礼盒印刷", owner, today.minusDays(2), today)
                .task("门店布置", owner, today.plusDays(1), today.plusDays(6)).activate();
        SignIn.as(users, manager.getUsername());
        SqlStatements sql = new SqlStatements(jdbc);

        long first = sql.selectsOf(dashboards::portfolio);
        SqlStatements.Counted<ProjectDashboard> again = sql.count(() -> line(projectId));
        System.out.printf("STATEMENTS portfolio of one project: first visit %d selects, next %d%n", first,
                again.selects());
        assertThat(again.selects()).as("the plan's figures are not computed again").isLessThan(first);
        assertThat(again.result()).isEqualTo(fresh(projectId));

        WorkItemRow design = row(projectId, "海报设计");
        progress.report(design.id(), design.version(), new ProgressReport(100, ProgressStatus.DONE, null, null,
                ProgressSource.UPDATE));
        ProjectDashboard updated = line(projectId);
        assertThat(updated.finished()).isEqualTo(again.result().finished() + 1);
        assertThat(updated).isEqualTo(fresh(projectId));

        risks.add(row(projectId, "礼盒印刷").id(), new RiskDetails("印刷厂排期紧张", RiskLevel.HIGH, RiskLevel.HIGH,
                RiskLevel.HIGH, null, owner.getId()));
        ProjectDashboard risky = line(projectId);
        assertThat(risky.highRisks()).isEqualTo(updated.highRisks() + 1);
        assertThat(risky).isEqualTo(fresh(projectId));

        // the next morning the printing, still open, is late: the figures roll over with the day
        LocalDate printed = row(projectId, "礼盒印刷").plannedFinish();
        clock.setTo(printed.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant());
        ProjectDashboard tomorrow = line(projectId);
        assertThat(tomorrow.lateTasks()).isGreaterThan(risky.lateTasks());
        assertThat(tomorrow).isEqualTo(fresh(projectId));

        // figures computed for the manager are not shown to someone who may not see the project
        SignIn.as(users, fixtures.manager("pf-o", "别的经理").getUsername());
        assertThat(dashboards.portfolio()).noneMatch(d -> d.project().id() == projectId);
        assertThat(dashboards.workload(4).people()).noneMatch(p -> p.personId() == owner.getId());
    }

    private ProjectDashboard line(long projectId) {
        return dashboards.portfolio().stream().filter(d -> d.project().id() == projectId).findFirst().orElseThrow();
    }

    /** The project's dashboard computed afresh (never shared), without the burn-up the portfolio leaves out. */
    private ProjectDashboard fresh(long projectId) {
        ProjectDashboard d = dashboards.project(projectId).orElseThrow();
        return new ProjectDashboard(d.project(), d.health(), d.tasks(), d.byStatus(), d.finished(), d.finishedOnTime(),
                d.onTimeRate(), d.overdueUpdates(), d.lateTasks(), d.blockedTasks(), d.openRisks(), d.highRisks(),
                d.monitoring(), d.finishSlip(), d.nextMilestones(), java.util.List.of(), d.retrospectiveDue());
    }

    private WorkItemRow row(long projectId, String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }
}
