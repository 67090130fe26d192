package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.Department;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A manager who owns a task of their own department's project (whose head is someone else): the plan
 * loads. Hibernate 6.6 once tripped over the same person reached as owner and as manager here.
 */
class ManagerOwnsTaskIT extends IntegrationTest {

    @Autowired
    ProjectService projects;
    @Autowired
    WorkTreeService workTrees;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void out() {
        SignIn.out();
    }

    @Test
    void the_manager_owns_a_task_in_a_department_project() {
        SignIn.as(users, "admin");
        if (people.findByUsername("own-m").isEmpty()) {
            Department d = people.createDepartment("自管部");
            Person head = people.createPerson("own-head", "自管总监", Role.HEAD, d, "secret");
            people.makeHead(d, head);
            people.createPerson("own-m", "自管经理", Role.MANAGER, d, "secret");
        }
        Person m = people.findByUsername("own-m").orElseThrow();
        SignIn.as(users, "own-m");
        LocalDate mon = LocalDate.of(2034, 3, 6);
        ProjectDetails details = new ProjectDetails();
        details.setName("自管 " + System.nanoTime());
        details.setGoal("目标");
        details.setManagerId(m.getId());
        details.setDepartmentId(m.getDepartment().getId());
        details.setPlannedStart(mon);
        details.getKpis().add(new ProjectDetails.Kpi("销售额", "万元", java.math.BigDecimal.TEN));
        long id = projects.create(details).getId();
        workTrees.appendRows(id, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "自己的任务", m, mon, mon.plusDays(4), null)));
        assertThat(projects.workTree(id).orElseThrow().rows()).hasSize(3);
    }
}
