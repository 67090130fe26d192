package com.campaigntracker.raci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.TestPlans;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkItemEditService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The RACI matrix of a project of its own: 1 阶段 › 1.1 模块 › 甲 (owner 小甲), 乙 (no owner). */
class RaciMatrixIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 5, 3);

    @Autowired
    RaciMatrixService raci;
    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    com.campaigntracker.plan.WorkItemHistoryService histories;

    @Autowired
    WorkItemEditService edits;
    @Autowired
    Fixtures fixtures;

    private Person manager;
    private long projectId;
    private Person jia;
    private Person yi;
    private Person bing;

    @BeforeEach
    void createProject() {
        manager = fixtures.manager("raci-manager", "矩阵经理");
        jia = fixtures.member("raci-jia", "小甲");
        yi = fixtures.member("raci-yi", "小乙");
        bing = fixtures.member("raci-bing", "小丙");
        projectId = fixtures.project(manager, "矩阵测试", MON)
                .row(row(WorkItemLevel.PHASE, "阶段", null)).row(row(WorkItemLevel.MODULE, "模块", null))
                .row(row(WorkItemLevel.TASK, "甲", jia)).row(row(WorkItemLevel.TASK, "乙", null))
                .create();
        SignIn.as(users, manager.getUsername());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static PlanRow row(WorkItemLevel level, String name, Person owner) {
        return TestPlans.row(level, name, owner, MON, MON.plusDays(4), null);
    }

    private long item(String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().map(WorkItemRow::id).orElseThrow();
    }

    private RaciMatrix matrix() {
        return raci.matrix(projectId).orElseThrow();
    }

    @Test
    void the_owner_is_the_R_and_problems_follow_R6() {
        RaciMatrix m = matrix();
        assertThat(m.letter(item("甲"), jia.getId())).isEqualTo(RaciLetter.R);
        assertThat(m.problems().get(item("甲"))).containsExactly(RaciRules.NO_A);
        assertThat(m.problems().get(item("乙"))).containsExactly(RaciRules.NO_R, RaciRules.NO_A);
        assertThat(m.problems()).doesNotContainKey(item("模块"));
        assertThat(m.people()).extracting(p -> p.id()).contains(jia.getId(), yi.getId(), bing.getId());
    }

    @Test
    void setting_R_changes_the_owner_an_A_replaces_the_other_A_and_C_and_I_add_up() {
        long yiTask = item("乙");
        raci.set(projectId, yiTask, yi.getId(), null, RaciLetter.R);
        raci.set(projectId, yiTask, jia.getId(), null, RaciLetter.A);
        raci.set(projectId, yiTask, bing.getId(), null, RaciLetter.A); // the A moves to 小丙
        raci.set(projectId, yiTask, jia.getId(), null, RaciLetter.C);
        raci.set(projectId, item("甲"), yi.getId(), null, RaciLetter.I);
        raci.set(projectId, item("甲"), bing.getId(), null, RaciLetter.I);

        RaciMatrix m = matrix();
        assertThat(m.letter(yiTask, yi.getId())).isEqualTo(RaciLetter.R);
        assertThat(m.letter(yiTask, bing.getId())).isEqualTo(RaciLetter.A);
        assertThat(m.letter(yiTask, jia.getId())).isEqualTo(RaciLetter.C);
        assertThat(m.problems()).doesNotContainKey(yiTask);
        assertThat(projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.id() == yiTask)
                .findFirst().orElseThrow().ownerName()).isEqualTo("小乙");
        assertThat(m.letter(item("甲"), yi.getId())).isEqualTo(RaciLetter.I);
        assertThat(m.letter(item("甲"), bing.getId())).isEqualTo(RaciLetter.I);

        raci.set(projectId, yiTask, bing.getId(), RaciLetter.A, RaciLetter.R); // 小丙 takes over as R
        RaciMatrix after = matrix();
        assertThat(after.letter(yiTask, bing.getId())).isEqualTo(RaciLetter.R);
        assertThat(after.letter(yiTask, yi.getId())).isNull(); // exactly one R: the owner was replaced
        assertThat(after.problems().get(yiTask)).containsExactly(RaciRules.NO_A);
    }

    @Test
    void the_matrix_loads_in_a_fixed_number_of_selects_whatever_the_number_of_letters() {
        com.campaigntracker.SqlStatements sql = new com.campaigntracker.SqlStatements(jdbc);
        matrix(); // warm-up: the calendar and the people's options are cached after the first load
        long few = sql.selectsOf(this::matrix);
        raci.set(projectId, item("甲"), yi.getId(), null, RaciLetter.A);
        raci.set(projectId, item("乙"), jia.getId(), null, RaciLetter.C);
        raci.set(projectId, item("乙"), bing.getId(), null, RaciLetter.I);
        raci.set(projectId, item("模块"), bing.getId(), null, RaciLetter.A);
        long more = sql.selectsOf(this::matrix);
        System.out.printf("RACI MATRIX LOAD %d selects (%d with four letters more)%n", few, more);
        assertThat(more).as("no select per letter or item").isEqualTo(few);
    }

    @Test
    void a_cell_changed_by_someone_else_is_refused_and_keeps_their_letter() {
        long jiaTask = item("甲");
        raci.set(projectId, jiaTask, yi.getId(), null, RaciLetter.C);
        assertThatThrownBy(() -> raci.set(projectId, jiaTask, yi.getId(), null, RaciLetter.I))
                .isInstanceOf(RaciConflictException.class);
        assertThat(matrix().letter(jiaTask, yi.getId())).isEqualTo(RaciLetter.C);
    }

    @Test
    void only_the_manager_changes_the_matrix() {
        SignIn.as(users, jia.getUsername());
        long jiaTask = item("甲");
        assertThatThrownBy(() -> raci.set(projectId, jiaTask, jia.getId(), RaciLetter.R, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(matrix().letter(jiaTask, jia.getId())).isEqualTo(RaciLetter.R);
        assertThat(matrix().editable()).isFalse();
    }

    @Test
    void the_export_has_departments_people_letters_and_problems() throws Exception {
        raci.set(projectId, item("甲"), yi.getId(), null, RaciLetter.A);
        byte[] xlsx = raci.export(projectId, List.of(jia.getId(), yi.getId()), key -> "[" + key + "]");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("RACI");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("[raci.noDepartment]");
            Row names = sheet.getRow(1);
            assertThat(names.getCell(2).getStringCellValue()).isEqualTo("小甲");
            assertThat(names.getCell(3).getStringCellValue()).isEqualTo("小乙");
            assertThat(names.getCell(4).getStringCellValue()).isEqualTo("[raci.problems]");
            Row jiaRow = sheet.getRow(4); // 阶段, 模块, 甲
            assertThat(jiaRow.getCell(1).getStringCellValue()).isEqualTo("甲");
            assertThat(jiaRow.getCell(2).getStringCellValue()).isEqualTo("R");
            assertThat(jiaRow.getCell(3).getStringCellValue()).isEqualTo("A");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).contains("[raci.problem.noR]");
        }
    }

    @Test
    void removing_or_replacing_a_role_is_in_the_audit_trail_and_a_new_owner_keeps_one_letter() {
        long jiaTask = item("甲");
        raci.set(projectId, jiaTask, yi.getId(), null, RaciLetter.A);
        raci.set(projectId, jiaTask, bing.getId(), null, RaciLetter.A); // 小乙's A goes
        raci.set(projectId, jiaTask, bing.getId(), RaciLetter.A, null);
        assertThat(jdbc.queryForList("select a.revtype from raci_assignment_aud a where a.work_item_id = ?"
                + " order by a.rev, a.revtype", Integer.class, jiaTask))
                .containsExactly(0, 0, 2, 2); // 小乙 added; 小丙 added and 小乙 deleted together; 小丙 deleted
        // and the task's history reads it: newest first, the A moving from 小乙 to 小丙 in one entry
        List<com.campaigntracker.plan.HistoryEntry> history = histories.history(jiaTask);
        assertThat(history.get(0).changes()).containsExactly(
                new com.campaigntracker.plan.HistoryEntry.Change("history.raci", "A · 小丙", null));
        assertThat(history.get(1).changes()).containsExactlyInAnyOrder(
                new com.campaigntracker.plan.HistoryEntry.Change("history.raci", null, "A · 小丙"),
                new com.campaigntracker.plan.HistoryEntry.Change("history.raci", "A · 小乙", null));

        raci.set(projectId, jiaTask, yi.getId(), null, RaciLetter.C);
        var row = projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.id() == jiaTask)
                .findFirst().orElseThrow();
        edits.assignOwner(row.id(), yi.getId()); // 小乙 becomes the owner in the plan table
        RaciMatrix m = matrix();
        assertThat(m.letter(jiaTask, yi.getId())).isEqualTo(RaciLetter.R);
        raci.set(projectId, jiaTask, yi.getId(), RaciLetter.R, RaciLetter.I);
        assertThat(matrix().letter(jiaTask, yi.getId())).isEqualTo(RaciLetter.I); // not the old, hidden C
    }
}
