package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ProgressTableReaderTest {

    private final ProgressTableReader reader = new ProgressTableReader();

    @Test
    void reads_the_users_sample_table_row_for_row() throws IOException {
        List<ProgressTableRow> rows;
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-progress-table.xlsx")) {
            ProgressTable table = reader.read(in.readAllBytes());
            assertThat(table.problems()).isEmpty();
            rows = table.rows();
        }

        assertThat(rows).hasSize(11);
        assertThat(rows).extracting(ProgressTableRow::level).containsExactly(
                WorkItemLevel.PHASE, WorkItemLevel.MODULE, WorkItemLevel.TASK, WorkItemLevel.TASK,
                WorkItemLevel.MODULE, WorkItemLevel.TASK, WorkItemLevel.TASK,
                WorkItemLevel.MODULE, WorkItemLevel.TASK, WorkItemLevel.TASK, WorkItemLevel.MODULE);
        assertThat(rows).extracting(ProgressTableRow::name).containsExactly("新品上市推广", "调研阶段", "用户调研",
                "竞品分析", "筹备阶段", "创意定稿", "物料设计", "执行阶段", "线上预热", "正式上线", "收尾阶段");
        ProgressTableRow survey = rows.get(2);
        assertThat(survey.description()).isEqualTo("发放问卷并分析用户需求");
        assertThat(survey.deliverables()).isEqualTo("问卷数据报告、用户画像");
        assertThat(survey.ownerName()).isEqualTo("小李");
        assertThat(survey.plannedStart()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(survey.plannedFinish()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(survey.remarks()).isEqualTo("需协调销售部提供客户资源");
        // "-" is how the users write "nothing"
        assertThat(survey.actualStart()).isNull();
        assertThat(survey.riskLevel()).isNull();
        assertThat(rows.get(1).remarks()).isNull();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ProgressStatus.NOT_STARTED);
            assertThat(r.percentComplete()).isZero();
        });
    }

    @Test
    void reads_date_cells_numeric_percentages_and_chinese_labels() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("三级任务");
            r.createCell(1).setCellValue("物料设计");
            r.createCell(2).setCellValue(LocalDate.of(2024, 3, 26));
            r.getCell(2).setCellStyle(dateStyle(sheet));
            r.createCell(3).setCellValue("进行中");
            r.createCell(4).setCellValue(0.4);
            r.getCell(4).setCellStyle(percentStyle(sheet));
            r.createCell(5).setCellValue("高");
        });

        ProgressTableRow row = reader.read(xlsx).rowsOrThrow().get(0);

        assertThat(row.plannedStart()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(row.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(row.percentComplete()).isEqualTo(40);
        assertThat(row.riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void every_cell_it_cannot_read_is_reported_with_its_row_and_column_and_reading_goes_on() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("三级任务");
            r.createCell(1).setCellValue("物料设计");
            r.createCell(2).setCellValue("下周一");
            r.createCell(4).setCellValue("120%");
            Row r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue("四级子任务");
            r2.createCell(1).setCellValue("太深了");
        });

        ProgressTable table = reader.read(xlsx);

        assertThat(table.problems()).extracting(TableProblem::rowNumber, TableProblem::column, TableProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "完成度", "import.problem.percent"),
                        org.assertj.core.groups.Tuple.tuple(2, "计划开始", "import.problem.date"),
                        org.assertj.core.groups.Tuple.tuple(3, "任务层级", "import.problem.fourthLevel"));
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void a_table_that_shows_no_tree_is_refused_naming_the_ways_and_the_columns_that_could_show_it() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            String[][] cells = {{"任务名称", "分组"}, {"调研", "甲"}, {"设计", "乙"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 2; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }

        ProgressTable table = reader.read(xlsx);

        assertThat(table.rows()).isEmpty();
        assertThat(table.tree()).isEqualTo(TreeSource.NONE);
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.problem.noTree");
            assertThat(p.args()).containsExactly(List.of("分组"));
        });
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("进度表");
            Row header = sheet.createRow(0);
            String[] headers = {"任务层级", "任务名称", "计划开始", "进度状态", "完成度", "风险等级"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            rows.accept(sheet);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(Sheet sheet) {
        var style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }

    private static org.apache.poi.ss.usermodel.CellStyle percentStyle(Sheet sheet) {
        var style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
        return style;
    }
}
