package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who sees a project and who may change its tree: the demo's example (only read) and projects of the tests' own. */
class ProjectServiceIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 1, 4);

    @Autowired
    ProjectService projects;
    @Autowired
    com.campaigntracker.plan.PlanRowsService planRows;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanLoader loader;
    @Autowired
    ProjectRepository projectRepository;
    @Autowired
    WorkItemRepository workItemRepository;
    @Autowired
    ItemFieldsReader itemFieldsReader;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    java.time.Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long demoProjectId() {
        SignIn.as(users, "zhang");
        return projects.visibleProjects().stream().filter(p -> p.name().equals("新品上市推广")).findFirst()
                .orElseThrow().id();
    }

    @Test
    void the_manager_the_owners_the_department_head_and_admins_see_the_project() {
        for (String username : List.of("zhang", "xiaozhang", "xiaochen", "liu", "admin")) {
            SignIn.as(users, username);
            assertThat(projects.visibleProjects()).as(username).extracting(ProjectSummary::name)
                    .contains("新品上市推广");
        }
    }

    @Test
    void a_project_without_a_department_is_still_visible_to_its_manager() {
        Person manager = fixtures.manager("nodept-m", "无部门经理");
        long id = fixtures.project(manager, "无部门项目", MON).create();
        SignIn.as(users, manager.getUsername());
        assertThat(projects.visibleProjects()).extracting(ProjectSummary::id).containsExactly(id);
    }

    @Test
    void someone_outside_the_project_neither_lists_it_nor_opens_it_by_id() {
        long id = demoProjectId();
        SignIn.as(users, "lijie");
        assertThat(projects.visibleProjects()).isEmpty();
        assertThat(projects.workTree(id)).isEmpty();
    }

    @Test
    void services_refuse_callers_who_are_not_signed_in() {
        SignIn.out();
        assertThatThrownBy(() -> projects.visibleProjects())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void only_the_projects_manager_may_change_its_tree() {
        Person manager = fixtures.manager("tree-m", "树经理");
        Person owner = fixtures.member("tree-r", "树执行");
        long id = fixtures.project(manager, "只读树", MON).phase("阶段").module("模块")
                .task("任务", owner, MON, MON.plusDays(4)).create();
        PlanRow phase = PlanRow.basic(WorkItemLevel.PHASE, "额外阶段", null, null, null, null, null, null, null,
                ProgressStatus.NOT_STARTED, 0, null, null);
        SignIn.as(users, owner.getUsername()); // sees the project, owns a task in it
        assertThatThrownBy(() -> planRows.appendRows(id, List.of(phase))).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.workTree(id).orElseThrow().rows()).extracting(WorkItemRow::name)
                .containsExactly("阶段", "模块", "任务");
    }

    @Test
    void rows_that_start_below_a_phase_are_refused_whole() {
        Person manager = fixtures.manager("tree-m", "树经理");
        long id = fixtures.project(manager, "孤立任务", MON).phase("阶段").create();
        PlanRow task = PlanRow.basic(WorkItemLevel.TASK, "孤立任务", null, null, null, null, null, null, null,
                ProgressStatus.NOT_STARTED, 0, null, null);
        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> planRows.appendRows(id, List.of(task))).isInstanceOf(PlanRowOrderException.class);
        assertThat(projects.workTree(id).orElseThrow().rows()).extracting(WorkItemRow::name).containsExactly("阶段");
    }

    @Test
    void plans_read_inside_a_writing_transaction_show_what_the_transaction_changed_before() {
        Person manager = fixtures.manager("flush-m", "写入经理");
        long id = fixtures.project(manager, "未刷写的修改", MON).phase("阶段").module("模块")
                .task("旧名字", null, MON, MON.plusDays(4), null).create();
        SignIn.as(users, manager.getUsername());

        String seen = transactions.execute(status -> {
            WorkItem task = workItemRepository.findAllOfProjects(List.of(id)).stream()
                    .filter(w -> w.getName().equals("旧名字")).findFirst().orElseThrow();
            task.setName("新名字"); // managed, not yet flushed: the JDBC read must flush it first
            return itemFieldsReader.ofProjects(List.of(id)).stream()
                    .filter(r -> r.id() == task.getId()).findFirst().orElseThrow().name();
        });

        assertThat(seen).isEqualTo("新名字");
    }

    /** Views read the tree as a projection, edits assemble it from entities: the two must never drift. */
    @Test
    void the_tree_views_read_has_the_rows_an_edit_assembles_from_entities() {
        Person manager = fixtures.manager("rows-m", "行经理");
        Person owner = fixtures.member("rows-r", "行负责人");
        Person other = fixtures.member("rows-s", "另一负责人");
        LocalDate start = LocalDate.now(clock).minusWeeks(3).with(java.time.DayOfWeek.MONDAY);
        long id = fixtures.project(manager, "投影与实体", start)
                .phase("阶段一").module("模块一")
                .row(new PlanRow(WorkItemLevel.TASK, "调研", "说明", "报告", owner, start, start.plusDays(4), start,
                        start.plusDays(7), ProgressStatus.DONE, 100, RiskLevel.LOW, "晚了三天", Priority.HIGH, 4, 20,
                        false, null))
                .row(new PlanRow(WorkItemLevel.TASK, "设计", null, "方案", owner, start.plusDays(7),
                        start.plusDays(32), start.plusDays(7), null, ProgressStatus.BLOCKED, 30, RiskLevel.HIGH, null,
                        null, null, null, false, "1.1.1"))
                .module("模块二")
                .task("评审", null, start.plusDays(14), start.plusWeeks(5), "1.1.2SS+1")
                .phase("阶段二").module("模块三")
                .row(new PlanRow(WorkItemLevel.TASK, "上线", null, null, other, start.plusWeeks(6),
                        start.plusWeeks(6), null, null, ProgressStatus.NOT_STARTED, 0, null, null, null, null, null,
                        true, "1.2.1FF-2"))
                .activate();
        jdbc.update("update work_item set blocked_reason = ?, key_task = true where project_id = ? and name = ?",
                "等待素材", id, "设计");
        SignIn.as(users, manager.getUsername());

        WorkTree tree = projects.workTree(id).orElseThrow();
        java.util.Map<Long, WorkItemRow> fromEntities = transactions.execute(
                status -> loader.load(projectRepository.findById(id).orElseThrow()).rows);
        assertThat(tree.rows()).extracting(WorkItemRow::name, WorkItemRow::status, WorkItemRow::predecessors)
                .contains(org.assertj.core.groups.Tuple.tuple("调研", DisplayStatus.DELAYED, List.of()),
                        org.assertj.core.groups.Tuple.tuple("设计", DisplayStatus.BLOCKED, List.of("1.1.1")),
                        org.assertj.core.groups.Tuple.tuple("评审", DisplayStatus.NOT_STARTED, List.of("1.1.2SS+1")),
                        org.assertj.core.groups.Tuple.tuple("上线", DisplayStatus.NOT_STARTED, List.of("1.2.1FF-2")));
        assertThat(tree.rows()).hasSameSizeAs(fromEntities.values())
                .allSatisfy(row -> assertThat(row).isEqualTo(fromEntities.get(row.id())));
        // the project lists' trees come from the same projection, without predecessor codes
        WorkTree listed = projects.visibleWorkTrees(false).stream().filter(t -> t.project().id() == id).findFirst()
                .orElseThrow();
        assertThat(listed.project()).isEqualTo(tree.project());
        assertThat(listed.roots()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*predecessors")
                .isEqualTo(tree.roots());
        assertThat(listed.rows()).allSatisfy(row -> assertThat(row.predecessors()).isEmpty());
    }
}
