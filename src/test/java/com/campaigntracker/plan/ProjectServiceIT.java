package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.PeopleService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

class ProjectServiceIT extends IntegrationTest {

    @Autowired
    ProjectService projects;
    @Autowired
    WorkTreeService workTrees;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    TransactionTemplate transaction;

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
        SignIn.as(users, "admin");
        transaction.executeWithoutResult(status -> {
            ProjectDetails details = new ProjectDetails();
            details.setName("无部门项目");
            details.setManagerId(people.findByUsername("zhang").orElseThrow().getId());
            details.setPlannedStart(LocalDate.of(2027, 1, 4));
            projects.create(details);
            SignIn.as(users, "zhang");
            assertThat(projects.visibleProjects()).extracting(ProjectSummary::name).contains("无部门项目");
            status.setRollbackOnly(); // leave the shared database as it was
        });
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
        long id = demoProjectId();
        PlanRow phase = PlanRow.basic(WorkItemLevel.PHASE, "额外阶段", null, null, null, null, null, null, null,
                ProgressStatus.NOT_STARTED, 0, null, null);
        SignIn.as(users, "xiaoming");
        assertThatThrownBy(() -> workTrees.appendRows(id, List.of(phase))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rows_that_start_below_a_phase_are_refused_whole() {
        long id = demoProjectId();
        PlanRow task = PlanRow.basic(WorkItemLevel.TASK, "孤立任务", null, null, null, null, null, null, null,
                ProgressStatus.NOT_STARTED, 0, null, null);
        long before = workItems.count();
        assertThatThrownBy(() -> workTrees.appendRows(id, List.of(task))).isInstanceOf(PlanRowOrderException.class);
        assertThat(workItems.count()).isEqualTo(before);
    }

    @Test
    void a_stale_copy_of_a_work_item_cannot_overwrite_a_newer_save() {
        long id = workItems.findAllOfProjects(List.of(demoProjectId())).get(0).getId();
        WorkItem mine = workItems.findById(id).orElseThrow();
        WorkItem theirs = workItems.findById(id).orElseThrow();
        String original = mine.getRemarks();

        theirs.setRemarks("他们先保存");
        workItems.save(theirs);
        mine.setRemarks("我后保存");

        assertThatThrownBy(() -> workItems.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(workItems.findById(id).orElseThrow().getRemarks()).isEqualTo("他们先保存");
        // put the demo remark back for the other tests
        transaction.executeWithoutResult(s -> workItems.findById(id).orElseThrow().setRemarks(original));
    }
}
