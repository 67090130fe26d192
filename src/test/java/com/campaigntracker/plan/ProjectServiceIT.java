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
}
