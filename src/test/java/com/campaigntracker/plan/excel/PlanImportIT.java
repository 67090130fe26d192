package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

class PlanImportIT extends IntegrationTest {

    @Autowired
    PlanImportService imports;
    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanExportService exports;

    @BeforeEach
    void signIn() {
        SignIn.as(users, fixtures.manager("importer-it", "导入经理").getUsername());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = PlanImportIT.class.getResourceAsStream("/demo/seed-progress-table.xlsx")) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_users_sample_imports_as_a_new_project_with_its_eleven_items_dates_and_owners() throws IOException {
        ImportPreview preview = imports.preview(sample());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.suggestedName()).isEqualTo("新品上市推广");

        long id = imports.importAsNewProject(sample(), "新品上市推广（导入）");

        WorkTree tree = projects.workTree(id).orElseThrow();
        assertThat(tree.project().name()).isEqualTo("新品上市推广（导入）");
        assertThat(tree.project().managerName()).isEqualTo("导入经理");
        List<WorkItemRow> rows = tree.rows();
        List<ProgressTableRow> table = new ProgressTableReader().read(sample()).rows();
        assertThat(rows).hasSize(11);
        assertThat(rows).extracting(r -> r.level().depth()).containsExactly(1, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2);
        for (int i = 0; i < 11; i++) {
            assertThat(rows.get(i).name()).isEqualTo(table.get(i).name());
            assertThat(rows.get(i).ownerName()).isEqualTo(table.get(i).ownerName());
            if (rows.get(i).isLeaf()) {
                assertThat(rows.get(i).plannedStart()).isEqualTo(table.get(i).plannedStart());
                assertThat(rows.get(i).plannedFinish()).isEqualTo(table.get(i).plannedFinish());
            }
        }
    }

    @Test
    void a_broken_table_reports_each_problem_with_its_row_and_saves_nothing() throws IOException {
        byte[] broken = workbook(sheet -> {
            row(sheet, 1, "一级阶段", "阶段", "张经理", "2024-03-01", "2024-03-20", "0%", null);
            row(sheet, 2, "三级任务", "跳级任务", "张经理", "2024-03-01", "2024-03-05", "0%", null); // no module above
            row(sheet, 3, "二级模块", "模块", "无名氏", "2024-03-01", "2024-03-20", "0%", null);     // unknown owner
            row(sheet, 4, "三级任务", "倒排", "小李", "2024-03-10", "2024-03-01", "0%", null);        // finish < start
            row(sheet, 5, "三级任务", "超额", "小王", "2024-03-01", "2024-03-05", "150%", null);      // % > 100
            row(sheet, 6, "四级任务", "太深", "小王", "2024-03-01", "2024-03-05", "0%", null);        // 4th level
            row(sheet, 7, "三级任务", "坏日期", "小王", "三月一日", "2024-03-05", "0%", null);          // unreadable date
            row(sheet, 8, "三级任务", "甲", "小王", "2024-03-01", "2024-03-05", "0%", "1.1.5");   // 1.1.4
            row(sheet, 9, "三级任务", "乙", "小王", "2024-03-01", "2024-03-05", "0%", "1.1.4");       // 1.1.5: a cycle
        });
        long projectsBefore = jdbc.queryForObject("select count(*) from project", Long.class);

        ImportPreview preview = imports.preview(broken);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(TableProblem::rowNumber, TableProblem::messageKey).contains(
                tuple(3, "import.problem.rowOrder"),
                tuple(4, "import.problem.unknownPerson"),
                tuple(5, "import.problem.finishBeforeStart"),
                tuple(6, "import.problem.percent"),
                tuple(7, "import.problem.fourthLevel"),
                tuple(8, "import.problem.date"));
        assertThat(preview.problems()).filteredOn(p -> p.messageKey().equals("import.problem.cycle")).singleElement()
                .satisfies(p -> assertThat(p.args().get(0).toString()).contains("1.1.4 甲").contains("1.1.5 乙"));
        assertThatThrownBy(() -> imports.importAsNewProject(broken, "不应保存"))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isEqualTo(projectsBefore);
    }

    @Test
    void exporting_and_importing_again_gives_the_same_plan() throws IOException {
        byte[] withExtras = workbook(sheet -> {
            row(sheet, 1, "一级阶段", "节日促销", "张经理", "2024-09-02", "2024-09-30", "0%", null);
            row(sheet, 2, "二级模块", "准备", "小红", "2024-09-02", "2024-09-30", "0%", null);
            row(sheet, 3, "三级任务", "创意", "小明", "2024-09-02", "2024-09-06", "40%", null);
            sheet.getRow(3).createCell(9).setCellValue("张经理");
            sheet.getRow(3).createCell(10).setCellValue("小张");
            sheet.getRow(3).createCell(11).setCellValue("小陈、李姐");
            row(sheet, 4, "三级任务", "物料", "小张", "2024-09-10", "2024-09-20", "0%", "1.1.1FS+1");
        });
        long first = imports.importAsNewProject(withExtras, "往返一");
        WorkTree original = projects.workTree(first).orElseThrow();

        byte[] exported = exports.export(first, false);
        long second = imports.importAsNewProject(exported, "往返二");
        WorkTree again = projects.workTree(second).orElseThrow();

        List<WorkItemRow> a = original.rows();
        List<WorkItemRow> b = again.rows();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            WorkItemRow x = a.get(i);
            WorkItemRow y = b.get(i);
            assertThat(List.of(y.wbs(), y.level(), y.name(), String.valueOf(y.ownerName()), String.valueOf(y.plannedStart()),
                    String.valueOf(y.plannedFinish()), y.percentComplete(), y.predecessors(), y.priority(),
                    y.bufferPercent(), y.storedStatus(), String.valueOf(y.deliverables())))
                    .isEqualTo(List.of(x.wbs(), x.level(), x.name(), String.valueOf(x.ownerName()),
                            String.valueOf(x.plannedStart()), String.valueOf(x.plannedFinish()), x.percentComplete(),
                            x.predecessors(), x.priority(), x.bufferPercent(), x.storedStatus(),
                            String.valueOf(x.deliverables())));
        }
        assertThat(b.get(3).predecessors()).containsExactly("1.1.1FS+1");
        // the A, C and I travel with the table
        assertThat(jdbc.queryForList("select concat(w.name, ':', r.role, ':', p.display_name) from raci_assignment r"
                + " join work_item w on w.id = r.work_item_id join person p on p.id = r.person_id"
                + " where w.project_id = ? order by w.name, r.role, p.display_name", String.class, second))
                .containsExactlyInAnyOrder("创意:A:张经理", "创意:C:小张", "创意:I:李姐", "创意:I:小陈");
        // English headers read back too
        long third = imports.importAsNewProject(exports.export(first, true), "往返三");
        assertThat(projects.workTree(third).orElseThrow().rows()).hasSameSizeAs(a);
    }

    private static void row(Sheet sheet, int index, String level, String name, String owner, String start,
                            String finish, String percent, String predecessors) {
        Row r = sheet.createRow(index);
        String[] values = {level, name, "说明", "交付物", owner, start, finish, percent, predecessors};
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                r.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static byte[] workbook(Consumer<Sheet> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            String[] headers = {"任务层级", "任务名称", "任务描述", "交付物", "负责人", "计划开始", "计划完成", "完成度", "前置任务",
                    "审批人", "咨询人", "知会人"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            rows.accept(sheet);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
