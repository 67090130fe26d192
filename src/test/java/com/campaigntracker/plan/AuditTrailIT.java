package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.TestPlans;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.schedule.DependencyType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** R17: every change to a plan is kept with who made it, and a task's history reads before → after. */
class AuditTrailIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 9, 6);

    @Autowired
    ProjectService projects;
    @Autowired
    TimelineService timelines;
    @Autowired
    WorkItemHistoryService histories;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    private Person manager;
    private Person outsider;
    private long projectId;

    @BeforeEach
    void createProject() {
        manager = fixtures.manager("audit-manager", "审计经理");
        outsider = fixtures.member("audit-outsider", "局外人");
        projectId = fixtures.project(manager, "审计测试", MON)
                .row(row(WorkItemLevel.PHASE, "阶段")).row(row(WorkItemLevel.MODULE, "模块"))
                .row(row(WorkItemLevel.TASK, "甲")).row(row(WorkItemLevel.TASK, "乙"))
                .create();
        SignIn.as(users, manager.getUsername());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static PlanRow row(WorkItemLevel level, String name) {
        return TestPlans.row(level, name, null, MON, MON.plusDays(4), null);
    }

    private WorkItemRow named(String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void each_change_is_a_revision_stamped_with_its_author() {
        WorkItemRow yi = named("乙");
        timelines.reschedule(yi.id(), yi.version(), MON.plusDays(7), MON.plusDays(11), false);

        List<Map<String, Object>> revisions = jdbc.queryForList(
                "select r.username, r.person_id, a.planned_start from work_item_aud a"
                        + " join audit_revision r on r.id = a.rev where a.id = ? order by a.rev", yi.id());
        assertThat(revisions).hasSize(2);
        assertThat(revisions).allSatisfy(r -> {
            assertThat(r.get("username")).isEqualTo(manager.getUsername());
            assertThat(r.get("person_id")).isEqualTo(manager.getId());
        });
        assertThat(revisions.get(1).get("planned_start").toString()).isEqualTo(MON.plusDays(7).toString());
        assertThat(jdbc.queryForObject("select count(*) from project_aud where id = ?", Long.class, projectId))
                .isEqualTo(1);
    }

    @Test
    void a_tasks_history_lists_who_changed_what_newest_first_with_its_predecessors() {
        WorkItemRow jia = named("甲");
        WorkItemRow yi = named("乙");
        timelines.link(jia.id(), yi.id(), DependencyType.FS, 0); // moves 乙 after 甲
        WorkItemRow moved = named("乙");
        timelines.setProgress(moved.id(), moved.version(), 30);

        List<HistoryEntry> history = histories.history(yi.id());
        assertThat(history).hasSize(3);
        HistoryEntry progress = history.get(0);
        assertThat(progress.username()).isEqualTo(manager.getUsername());
        assertThat(progress.displayName()).isEqualTo("审计经理");
        assertThat(progress.changes()).extracting(HistoryEntry.Change::fieldKey)
                .contains("item.status", "item.percent", "item.actualStart");
        assertThat(progress.changes()).contains(new HistoryEntry.Change("item.percent", 0, 30));
        HistoryEntry link = history.get(1);
        assertThat(link.changes()).contains(new HistoryEntry.Change("item.predecessors", null, "1.1.1"))
                .contains(new HistoryEntry.Change("item.plannedStart", MON, MON.plusDays(7)));
        assertThat(history.get(2).kind()).isEqualTo(HistoryEntry.Kind.CREATED);

        SignIn.as(users, outsider.getUsername());
        assertThatThrownBy(() -> histories.history(yi.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void kpi_targets_are_audited_with_their_project() {
        var summary = projects.workTree(projectId).orElseThrow().project();
        ProjectDetails details = new ProjectDetails();
        details.setName(summary.name());
        details.setManagerId(summary.managerId());
        details.setPlannedStart(summary.plannedStart());
        details.getKpis().add(new ProjectDetails.Kpi("曝光量", null, new java.math.BigDecimal("1000000")));
        details.getKpis().add(new ProjectDetails.Kpi("销售额", "万元", new java.math.BigDecimal("500")));
        projects.update(projectId, summary.version(), details);

        assertThat(jdbc.queryForList("select concat_ws('|', a.revtype, a.name, a.unit) from project_kpi_aud a"
                + " join audit_revision r on r.id = a.rev where a.project_id = ? and r.username = ? order by a.position",
                String.class, projectId, manager.getUsername())).containsExactly("0|曝光量", "0|销售额|万元");
    }
}
