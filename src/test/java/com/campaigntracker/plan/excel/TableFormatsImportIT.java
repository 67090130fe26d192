package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 20, the formats people have: the same plan as CSV (GBK, GB18030, UTF-8 with its mark, tabs), as an
 * old .xls and as a workbook of several sheets, previewed row by row and imported, all rows or none.
 */
class TableFormatsImportIT extends IntegrationTest {

    private static final String OWNER_A = "格式甲";
    private static final String OWNER_B = "格式乙";
    private static final String HEADER = "任务层级,任务名称,负责人,计划开始,计划完成,完成度";
    /** Every form of date and percentage in one plan; 12月28日 → 1月3日 crosses into the next year. */
    private static final String PLAN = HEADER + "\r\n"
            + "一级阶段,双十一大促," + OWNER_A + ",2026/10/8,2026年11月11日,\r\n"
            + "二级模块,预热," + OWNER_A + ",10月8日,10/20,40%\r\n"
            + "三级任务,\"海报, 横幅\"," + OWNER_B + ",2026.10.8,10月12日,0.5\r\n"
            + "三级任务,\"直播\"\"夜\"\"\"," + OWNER_B + ",12月28日,1月3日,1\r\n";

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

    @BeforeEach
    void signIn() {
        fixtures.member("fmt-a", OWNER_A);
        fixtures.member("fmt-b", OWNER_B);
        SignIn.as(users, fixtures.manager("fmt-importer", "格式经理").getUsername());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static Tuple[] expectedRows() {
        return new Tuple[] {
                tuple(2, WorkItemLevel.PHASE, "双十一大促", OWNER_A, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 11, 11), 0),
                tuple(3, WorkItemLevel.MODULE, "预热", OWNER_A, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 20), 40),
                tuple(4, WorkItemLevel.TASK, "海报, 横幅", OWNER_B, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 12), 50),
                tuple(5, WorkItemLevel.TASK, "直播\"夜\"", OWNER_B, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3), 100)};
    }

    /** The preview row by row, then the import: the saved tasks as the table says. */
    private void previewsAndImports(byte[] file, String fileName) {
        ImportPreview preview = imports.preview(file, fileName);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.suggestedName()).isEqualTo("双十一大促");
        assertThat(preview.rows()).extracting(ProgressTableRow::rowNumber, ProgressTableRow::level, ProgressTableRow::name,
                ProgressTableRow::ownerName, ProgressTableRow::plannedStart, ProgressTableRow::plannedFinish,
                ProgressTableRow::percentComplete).containsExactly(expectedRows());

        long id = imports.importAsNewProject(file, fileName, "格式 " + fileName);

        List<WorkItemRow> saved = projects.workTree(id).orElseThrow().rows();
        assertThat(saved).extracting(WorkItemRow::level, WorkItemRow::name, WorkItemRow::ownerName).containsExactly(
                tuple(WorkItemLevel.PHASE, "双十一大促", OWNER_A), tuple(WorkItemLevel.MODULE, "预热", OWNER_A),
                tuple(WorkItemLevel.TASK, "海报, 横幅", OWNER_B), tuple(WorkItemLevel.TASK, "直播\"夜\"", OWNER_B));
        assertThat(saved.subList(2, 4)).extracting(WorkItemRow::plannedStart, WorkItemRow::plannedFinish,
                WorkItemRow::percentComplete).containsExactly(
                tuple(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 12), 50),
                tuple(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3), 100));
    }

    @Test
    void a_csv_in_gbk_as_excel_saves_it_on_chinese_windows() {
        previewsAndImports(PLAN.getBytes(Charset.forName("GBK")), "双十一.csv");
    }

    @Test
    void a_csv_in_gb18030() {
        previewsAndImports(PLAN.getBytes(Charset.forName("GB18030")), "双十一.csv");
    }

    @Test
    void a_csv_in_utf8_with_its_byte_order_mark_and_one_without_saved_with_tabs() {
        byte[] text = PLAN.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        previewsAndImports(withBom, "双十一.csv");

        String tabs = PLAN.replace("\"海报, 横幅\"", "海报, 横幅").replace(',', '\t').replace("海报\t 横幅", "海报, 横幅");
        previewsAndImports(tabs.getBytes(StandardCharsets.UTF_8), "双十一.txt");
    }

    @Test
    void an_old_xls_workbook_with_date_and_percent_cells() throws IOException {
        previewsAndImports(workbook(new HSSFWorkbook(), false), "双十一.xls");
    }

    @Test
    void a_workbook_of_several_sheets_reads_the_plan_behind_a_cover_and_a_hidden_sheet() throws IOException {
        previewsAndImports(workbook(new XSSFWorkbook(), true), "双十一.xlsx");
        previewsAndImports(workbook(new HSSFWorkbook(), true), "双十一.xls");
    }

    @Test
    void a_table_with_a_problem_is_refused_as_a_whole_in_every_format() throws IOException {
        String broken = PLAN.replace("10月12日", "下周一");
        byte[][] files = {broken.getBytes(Charset.forName("GB18030")), brokenXls()};
        String[] names = {"坏.csv", "坏.xls"};
        long before = jdbc.queryForObject("select count(*) from project", Long.class);
        for (int i = 0; i < files.length; i++) {
            ImportPreview preview = imports.preview(files[i], names[i]);
            assertThat(preview.importable()).isFalse();
            assertThat(preview.problems()).extracting(TableProblem::rowNumber, TableProblem::column,
                    TableProblem::value, TableProblem::messageKey).containsExactly(
                    tuple(4, "计划完成", "下周一", "import.problem.date"));
            byte[] file = files[i];
            String name = names[i];
            assertThatThrownBy(() -> imports.importAsNewProject(file, name, "不应保存"))
                    .isInstanceOf(ImportRefusedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isEqualTo(before);
    }

    @Test
    void a_file_that_is_no_table_is_refused_in_the_users_terms() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> imports.preview(png, "plan.xlsx")).isInstanceOfSatisfying(
                ProgressTableFormatException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.unknownKind"));
    }

    private static byte[] brokenXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("进度表");
            String[] lines = PLAN.replace("10月12日", "下周一").replace("\"海报, 横幅\"", "海报横幅").split("\r\n");
            for (int r = 0; r < lines.length; r++) {
                String[] values = lines[r].split(",", -1);
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The plan as Excel keeps it: dates as date cells (one written as text 10月8日), 40 % as a %-formatted
     * cell, 0.5 and 1 as plain numbers; with {@code covered}, behind an empty cover and a hidden sheet.
     */
    private static byte[] workbook(Workbook wb, boolean covered) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (covered) {
                wb.createSheet("封面").createRow(0).createCell(0).setCellValue("2026 双十一");
                Sheet old = wb.createSheet("旧版");
                old.createRow(0).createCell(0).setCellValue("任务层级");
                old.getRow(0).createCell(1).setCellValue("任务名称");
                old.createRow(1).createCell(0).setCellValue("一级阶段");
                old.getRow(1).createCell(1).setCellValue("旧计划");
                wb.setSheetHidden(1, true);
            }
            Sheet sheet = wb.createSheet("进度表");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            String[] headers = HEADER.split(",");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            Object[][] rows = {
                    {"一级阶段", "双十一大促", OWNER_A, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 11, 11), null},
                    {"二级模块", "预热", OWNER_A, "10月8日", LocalDate.of(2026, 10, 20), 0.4},
                    {"三级任务", "海报, 横幅", OWNER_B, LocalDate.of(2026, 10, 8), "10月12日", "0.5"},
                    {"三级任务", "直播\"夜\"", OWNER_B, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3), 1.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Double n) {
                        row.createCell(c).setCellValue(n);
                        if (n == 0.4) {
                            row.getCell(c).setCellStyle(percent);
                        }
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
