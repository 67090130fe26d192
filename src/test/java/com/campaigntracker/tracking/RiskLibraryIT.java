package com.campaigntracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.report.FinishedCampaign;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 9, the risk-point library from a closed project: the printing-capacity risk of a campaign that
 * ran its course becomes an entry — category (its module), trigger (its task), level, the measure taken,
 * whether the task still finished on time, source projects, times seen — found by words and level and
 * suggested for a similar task; a running project's risks are not in it, and nobody sees entries of
 * projects they may not see.
 */
class RiskLibraryIT extends IntegrationTest {

    private static final String PRINTING_RISK = "印刷厂中秋前产能紧张";

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    RiskLibrary library;
    @Autowired
    RiskService risks;
    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void a_closed_projects_risk_points_become_library_entries_and_suggestions() {
        FinishedCampaign.Campaign campaign = FinishedCampaign.withNewPeople(context, clock, users);
        long closed = campaign.id(); // signed in as its manager, who sees this campaign only
        clock.reset();
        WorkTree tree = projects.workTree(closed).orElseThrow();
        WorkItemRow printing = tree.rows().stream().filter(r -> r.name().equals("礼盒印刷")).findFirst().orElseThrow();
        boolean onTime = !printing.actualFinish().isAfter(printing.plannedFinish());

        List<RiskLibraryEntry> found = library.entries("中秋前产能", null);
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.description()).isEqualTo(PRINTING_RISK);
            assertThat(e.category()).isEqualTo("创意模块");
            assertThat(e.trigger()).isEqualTo("礼盒印刷");
            assertThat(e.level()).isEqualTo(RiskLevel.HIGH);
            assertThat(e.measures()).containsExactly("提前锁定备选印刷厂");
            assertThat(e.sourceProjects()).containsExactly(tree.project().name());
            assertThat(e.timesSeen()).isEqualTo(1);
            assertThat(e.timesWorked()).isEqualTo(onTime ? 1 : 0);
        });
        assertThat(library.entries("中秋前产能", RiskLevel.LOW)).isEmpty();
        assertThat(library.entries("备选印刷厂", RiskLevel.HIGH)).as("measures are searched too").hasSize(1);

        // a similar task of next year's plan is offered the risk, first
        assertThat(library.suggest("春节礼盒印刷", 3)).first()
                .satisfies(e -> assertThat(e.description()).isEqualTo(PRINTING_RISK));
        assertThat(library.suggest("媒体发布会", 3)).extracting(RiskLibraryEntry::description)
                .doesNotContain(PRINTING_RISK);

        // a running project's risk is not a lesson yet
        LocalDate mon = LocalDate.of(2033, 11, 7);
        long running = fixtures.project(campaign.manager(), "进行中", mon).phase("阶段").module("模块")
                .task("礼盒印刷", null, mon, mon.plusDays(4)).create();
        long task = projects.workTree(running).orElseThrow().rows().get(2).id();
        risks.add(task, new RiskDetails("仅在进行中的项目出现的风险", RiskLevel.MEDIUM, RiskLevel.MEDIUM,
                RiskLevel.MEDIUM, null, null));
        assertThat(library.entries("仅在进行中", null)).isEmpty();

        // someone outside the finished campaign does not read its risks
        SignIn.as(users, "xiaoli");
        assertThat(library.entries("中秋前产能", null)).isEmpty();
    }
}
