package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.plan.WorkItemLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * L1: an import reads the first sheet only, streamed: a second sheet of hundreds of megabytes (a few
 * megabytes zipped) is never inflated, a first sheet of too many rows is refused early, and what the
 * streaming reader reads is what the users' tables hold (formulas' cached values, rich text, dates).
 */
class LargeWorkbooksTest {

    private final ProgressTableReader reader = new ProgressTableReader();

    @Test
    void a_huge_second_sheet_is_never_inflated_and_the_first_is_imported() throws IOException {
        byte[] xlsx = withEntry(twoSheets(), "xl/worksheets/sheet2.xml", LargeWorkbooksTest::hugeSheet);
        assertThat(xlsx.length).isLessThan(ProgressTableReader.MAX_BYTES);
        assertThat(inflatedSize(xlsx, "xl/worksheets/sheet2.xml")).isGreaterThan(150L * 1024 * 1024);

        long before = used();
        ProgressTable table = reader.read(xlsx);

        assertThat(table.problems()).isEmpty();
        assertThat(table.rows()).extracting(ProgressTableRow::name).containsExactly("推广", "筹备", "主视觉");
        // the old reader built every sheet's DOM (gigabytes here) or refused the file as a bomb
        assertThat(used() - before).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_first_sheet_that_is_a_bomb_is_refused_as_it_inflates() throws IOException {
        byte[] xlsx = withEntry(twoSheets(), "xl/worksheets/sheet1.xml", LargeWorkbooksTest::hugeSheet);
        assertThatThrownBy(() -> reader.read(xlsx)).isInstanceOfSatisfying(ProgressTableFormatException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.file.zipBomb"));
    }

    @Test
    void more_rows_than_a_plan_holds_are_refused_with_a_message() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = header(wb.createSheet("进度表"));
            for (int r = 1; r <= ProgressTableReader.MAX_ROWS + 1; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("三级任务");
                row.createCell(1).setCellValue("任务" + r);
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read(xlsx)).isInstanceOfSatisfying(ProgressTableFormatException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.file.tooManyRows");
            assertThat(e.args()).containsExactly(ProgressTableReader.MAX_ROWS);
        });
    }

    @Test
    void exactly_the_row_limit_is_read() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = header(wb.createSheet("进度表"));
            sheet.createRow(1).createCell(0).setCellValue("一级阶段");
            sheet.getRow(1).createCell(1).setCellValue("阶段");
            for (int r = 2; r <= ProgressTableReader.MAX_ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("二级模块");
                row.createCell(1).setCellValue("模块" + r);
            }
            sheet.createRow(ProgressTableReader.MAX_ROWS + 3).createCell(5); // a styled empty row below
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(reader.read(xlsx).rows()).hasSize(ProgressTableReader.MAX_ROWS);
    }

    @Test
    void cached_formula_values_rich_text_numbers_booleans_and_dates_read_as_excel_shows_them() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = header(wb.createSheet("进度表"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            Row row = sheet.createRow(1);
            XSSFRichTextString name = new XSSFRichTextString("主视觉设计");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            name.applyFont(0, 3, bold);
            row.createCell(0).setCellValue("三级任务");
            row.createCell(1).setCellValue(name);
            row.createCell(2).setCellValue(LocalDate.of(2027, 3, 1));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellFormula("C2+4"); // the finish as a formula: its cached value is read
            row.getCell(3).setCellStyle(date);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row.createCell(4).setCellValue(0.25);
            row.getCell(4).setCellStyle(percent);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellValue(3);
            wb.write(out);
            xlsx = out.toByteArray();
        }

        ProgressTable table = reader.read(xlsx);

        ProgressTableRow read = table.rows().get(0);
        assertThat(read.name()).isEqualTo("主视觉设计");
        assertThat(read.level()).isEqualTo(WorkItemLevel.TASK);
        assertThat(read.plannedStart()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(read.plannedFinish()).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(read.percentComplete()).isEqualTo(25);
        assertThat(read.milestone()).isTrue(); // a TRUE cell
        assertThat(table.problems()).isEmpty();
        assertThat(read.estimateDays()).isEqualTo(3);
    }

    private static Sheet header(Sheet sheet) {
        Row header = sheet.createRow(0);
        String[] headers = {"任务层级", "任务名称", "计划开始", "计划完成", "完成度", "里程碑", "耗时预估"};
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        return sheet;
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** A real workbook: the plan on its first sheet, a small second sheet to be replaced. */
    private static byte[] twoSheets() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet plan = header(wb.createSheet("进度表"));
            String[][] rows = {{"一级阶段", "推广"}, {"二级模块", "筹备"}, {"三级任务", "主视觉"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = plan.createRow(i + 1);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
            }
            wb.createSheet("数据").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** 200 MB of repeated cells (rows and cells without references: identical bytes, a ratio far below 1 %). */
    static void hugeSheet(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .getBytes(StandardCharsets.UTF_8));
        String row = "<row>" + "<c t=\"inlineStr\"><is><t>重复</t></is></c>".repeat(6) + "</row>";
        byte[] chunk = row.repeat(1024 * 1024 / row.length()).getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < 200L * 1024 * 1024; written += chunk.length) {
            out.write(chunk);
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** The workbook with one entry's content replaced, everything else copied as it was. */
    static byte[] withEntry(byte[] xlsx, String name, Writer content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    content.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static long inflatedSize(byte[] xlsx, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        return -1;
    }
}
