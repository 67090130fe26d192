package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.Fixtures.HeadedDepartment;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import java.time.LocalDate;
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
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void out() {
        SignIn.out();
    }

    @Test
    void the_manager_owns_a_task_in_a_department_project() {
        HeadedDepartment department = fixtures.department("自管部", "自管总监");
        Person m = fixtures.person("own-m", "自管经理", Role.MANAGER, department.department());
        LocalDate mon = LocalDate.of(2034, 3, 6);
        long id = fixtures.project(m, "自管", mon).department(department.id()).goal("目标")
                .kpi("销售额", "万元", java.math.BigDecimal.TEN)
                .phase("阶段").module("模块").task("自己的任务", m, mon, mon.plusDays(4))
                .create();
        SignIn.as(users, m.getUsername());
        assertThat(projects.workTree(id).orElseThrow().rows()).hasSize(3);
    }
}
