package com.campaigntracker.tracking;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.SqlStatements;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.report.FinishedCampaign;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.warning.MeasureLibrary;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 21: the SELECTs of the repeated loads, printed per call (the demo's projects and a finished
 * campaign, seen by an administrator): the portfolio, the risk and measure libraries, the retrospective
 * countdowns and the scheduled update reminders.
 */
class StatementsPerCallIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboards;
    @Autowired
    RiskLibrary risks;
    @Autowired
    MeasureLibrary measures;
    @Autowired
    RetrospectivesDue retrospectives;
    @Autowired
    TrackingNotices notices;
    @Autowired
    ProjectService projects;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void prints_the_selects_of_each_repeated_load() {
        FinishedCampaign.build(context, clock, users);
        clock.reset();
        SqlStatements sql = new SqlStatements(jdbc);
        SignIn.as(users, "admin");
        List<ProjectSummary> visible = projects.visibleProjects(true);
        List<ProjectSummary> closed = visible.stream().filter(p -> p.closedAt() != null).toList();
        print("portfolio, first visit", sql.selectsOf(() -> dashboards.overview(8)), visible.size() + " projects");
        print("portfolio, next visit", sql.selectsOf(() -> dashboards.overview(8)), "");
        print("risk library entries", sql.selectsOf(() -> risks.entries(null, null)), closed.size() + " finished");
        print("risk library suggestion", sql.selectsOf(() -> risks.suggest("礼盒印刷", 3)), "");
        print("measure library entries", sql.selectsOf(() -> measures.entries(null, null)), "");
        print("retrospective countdowns", sql.selectsOf(() -> retrospectives.dueOf(closed)), closed.size() + " closed");
        clock.setTo(java.time.LocalDate.now(clock).atTime(LocalTime.of(17, 50)).atZone(clock.getZone()).toInstant());
        print("update reminders, first run", sql.selectsOf(() -> SystemActor.call(notices::remindDueUpdates)), "");
        print("update reminders, next run", sql.selectsOf(() -> SystemActor.call(notices::remindDueUpdates)), "");
    }

    private static void print(String what, long selects, String note) {
        System.out.printf("STATEMENTS %-30s %5d selects %s%n", what, selects, note);
    }
}
