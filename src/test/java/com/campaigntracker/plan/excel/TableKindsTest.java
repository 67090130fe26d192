package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A file is opened by what its bytes are; its name only names the sheet of a CSV file. */
class TableKindsTest {

    private static byte[] plan(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("进度表");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("任务层级");
            header.createCell(1).setCellValue("任务名称");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("一级阶段");
            row.createCell(1).setCellValue("推广");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void the_bytes_decide_whatever_the_name_claims() throws IOException {
        byte[] xlsx = plan(new XSSFWorkbook());
        byte[] xls = plan(new HSSFWorkbook());
        byte[] csv = "任务层级,任务名称\n一级阶段,推广\n".getBytes(Charset.forName("GBK"));
        for (String name : new String[] {"plan.xlsx", "plan.xls", "plan.csv", "plan", null}) {
            assertThat(TableFiles.open(xlsx, name)).isInstanceOf(XlsxTableFile.class);
            assertThat(TableFiles.open(xls, name)).isInstanceOf(XlsTableFile.class);
            assertThat(TableFiles.open(csv, name)).isInstanceOf(CsvTableFile.class);
            for (byte[] file : new byte[][] {xlsx, xls, csv}) {
                assertThat(new ProgressTableReader().read(file, name).rows()).extracting(ProgressTableRow::name)
                        .containsExactly("推广");
            }
        }
    }

    @Test
    void a_web_page_saved_as_xls_is_refused_with_that_reason() {
        byte[] html = "<html><body><table><tr><td>任务层级</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TableFiles.open(html, "导出.xls")).isInstanceOfSatisfying(
                ProgressTableFormatException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.webPage"));
    }

    @Test
    void bytes_that_are_text_in_no_encoding_are_refused() {
        byte[] binary = {0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, (byte) 0x80, (byte) 0xFF, 0x00, 0x01};
        assertThatThrownBy(() -> TableFiles.open(binary, "plan.csv")).isInstanceOfSatisfying(
                ProgressTableFormatException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.unknownKind"));
    }

    @Test
    void an_xlsx_lists_its_hidden_and_empty_sheets_and_reads_the_first_with_data() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("空表");
            Sheet hidden = wb.createSheet("模板");
            hidden.createRow(0).createCell(0).setCellValue("任务层级");
            hidden.getRow(0).createCell(1).setCellValue("任务名称");
            hidden.createRow(1).createCell(0).setCellValue("一级阶段");
            hidden.getRow(1).createCell(1).setCellValue("模板阶段");
            wb.setSheetHidden(1, true);
            Sheet plan = wb.createSheet("进度表");
            plan.createRow(0).createCell(0).setCellValue("任务层级");
            plan.getRow(0).createCell(1).setCellValue("任务名称");
            plan.createRow(1).createCell(0).setCellValue("一级阶段");
            plan.getRow(1).createCell(1).setCellValue("双十一");
            wb.write(out);
            file = out.toByteArray();
        }
        TableFile table = TableFiles.open(file, "plan.xlsx");
        assertThat(table.sheetNames()).containsExactly("空表", "模板", "进度表");
        assertThat(table.isHidden(0)).isFalse();
        assertThat(table.isHidden(1)).isTrue();
        assertThat(table.firstSheetWithData()).isEqualTo(2);
        assertThat(new ProgressTableReader().read(file).rows()).extracting(ProgressTableRow::name).containsExactly("双十一");
        assertThat(new ProgressTableReader().read(file, "plan.xlsx", 1).rows()).extracting(ProgressTableRow::name)
                .containsExactly("模板阶段");
        assertThatThrownBy(() -> table.sheet(3)).isInstanceOfSatisfying(ProgressTableFormatException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.file.noSuchSheet"));
    }

    @Test
    void a_workbook_of_empty_sheets_reads_its_first_visible_sheet() throws IOException {
        byte[] file;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("隐藏");
            wb.createSheet("第一张");
            wb.setSheetHidden(0, true);
            wb.write(out);
            file = out.toByteArray();
        }
        assertThat(TableFiles.open(file, "plan.xls").firstSheetWithData()).isEqualTo(1);
    }
}
