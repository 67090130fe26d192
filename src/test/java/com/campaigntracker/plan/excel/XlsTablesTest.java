package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** Old Excel workbooks (.xls) written by HSSF, read record by record. */
class XlsTablesTest {

    private static byte[] xls(Consumer<HSSFWorkbook> content) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Sheet header(Sheet sheet, String... headers) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            row.createCell(i).setCellValue(headers[i]);
        }
        return sheet;
    }

    private static void refused(byte[] file, String key) {
        assertThatThrownBy(() -> new ProgressTableReader().read(file, "plan.xls"))
                .isInstanceOfSatisfying(ProgressTableFormatException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void every_sheet_is_listed_by_name_and_the_first_visible_one_with_data_is_read_by_default() throws IOException {
        byte[] file = xls(wb -> {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("2026 双十一计划");
            header(wb.createSheet("旧版"), "任务层级", "任务名称").createRow(1).createCell(0).setCellValue("一级阶段");
            wb.getSheet("旧版").getRow(1).createCell(1).setCellValue("旧计划");
            wb.setSheetHidden(1, true);
            wb.createSheet("空表");
            Sheet plan = header(wb.createSheet("进度表"), "任务层级", "任务名称");
            plan.createRow(1).createCell(0).setCellValue("一级阶段");
            plan.getRow(1).createCell(1).setCellValue("双十一");
        });
        TableFile table = TableFiles.open(file, "双十一.xls");
        assertThat(table).isInstanceOf(XlsTableFile.class);
        assertThat(table.sheetNames()).containsExactly("说明", "旧版", "空表", "进度表");
        assertThat(table.isHidden(1)).isTrue();
        assertThat(table.isHidden(3)).isFalse();
        assertThat(table.firstSheetWithData()).isEqualTo(3);
        assertThat(table.sheet(2).rows()).isEmpty();
        assertThat(table.sheet(1).name()).isEqualTo("旧版");
        // by default the plan, on request the hidden sheet
        assertThat(new ProgressTableReader().read(file, "双十一.xls").rows()).extracting(ProgressTableRow::name)
                .containsExactly("双十一");
        assertThat(new ProgressTableReader().read(file, "双十一.xls", 1).rows()).extracting(ProgressTableRow::name)
                .containsExactly("旧计划");
        assertThatThrownBy(() -> table.sheet(4)).isInstanceOfSatisfying(ProgressTableFormatException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.file.noSuchSheet"));
    }

    @Test
    void cells_read_as_excel_shows_them_formulas_by_their_cached_values_never_evaluated() throws IOException {
        byte[] file = xls(wb -> {
            Sheet sheet = header(wb.createSheet("进度表"), "任务层级", "任务名称", "计划开始", "计划完成", "完成度", "里程碑",
                    "备注", "实际开始");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            CellStyle indented = wb.createCellStyle();
            indented.setIndention((short) 2);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("三级任务");
            row.createCell(1).setCellFormula("\"主视觉\"&\"设计\""); // a text formula: its cached string
            row.getCell(1).setCellStyle(indented);
            row.createCell(2).setCellValue(LocalDate.of(2027, 3, 1));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellFormula("C2+4");
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(0.25);
            row.getCell(4).setCellStyle(percent);
            row.createCell(5).setCellFormula("1=1");
            row.createCell(6).setCellFormula("1/0");
            row.createCell(7).setCellValue(LocalDateTime.of(2027, 3, 2, 18, 30));
            row.getCell(7).setCellStyle(dateTime);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // a formula whose cached value says otherwise than it would compute: the cached value is read
            row.createCell(8).setCellFormula("1+1");
            row.getCell(8).setCellValue(7);
        });

        RawSheet raw = TableFiles.open(file, "plan.xls").sheet(0);
        SheetRow cells = raw.rows().get(1);
        assertThat(cells.getCell(1).text()).isEqualTo("主视觉设计");
        assertThat(cells.getCell(1).indent()).isEqualTo(2);
        assertThat(cells.getCell(2).isDate()).isTrue();
        assertThat(cells.getCell(6).text()).isEqualTo("#DIV/0!");
        assertThat(cells.getCell(8).number()).isEqualTo(7.0);

        ProgressTable table = new ProgressTableReader().read(file, "plan.xls");
        assertThat(table.problems()).isEmpty();
        ProgressTableRow read = table.rows().get(0);
        assertThat(read.name()).isEqualTo("主视觉设计");
        assertThat(read.plannedStart()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(read.plannedFinish()).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(read.actualStart()).isEqualTo(LocalDate.of(2027, 3, 2)); // a date-time keeps its date
        assertThat(read.percentComplete()).isEqualTo(25);
        assertThat(read.milestone()).isTrue();
        assertThat(read.remarks()).isEqualTo("#DIV/0!");
    }

    @Test
    void more_rows_than_a_plan_holds_are_refused_and_exactly_the_limit_is_read() throws IOException {
        byte[] atLimit = xls(wb -> {
            Sheet sheet = header(wb.createSheet("进度表"), "任务层级", "任务名称");
            sheet.createRow(1).createCell(0).setCellValue("一级阶段");
            sheet.getRow(1).createCell(1).setCellValue("阶段");
            for (int r = 2; r <= ProgressTableReader.MAX_ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("二级模块");
                row.createCell(1).setCellValue("模块" + r);
            }
        });
        assertThat(new ProgressTableReader().read(atLimit, "plan.xls").rows()).hasSize(ProgressTableReader.MAX_ROWS);
        byte[] over = xls(wb -> {
            Sheet sheet = header(wb.createSheet("进度表"), "任务层级", "任务名称");
            for (int r = 1; r <= ProgressTableReader.MAX_ROWS + 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue("三级任务");
            }
        });
        refused(over, "import.file.tooManyRows");
    }

    @Test
    void a_huge_sheet_behind_the_plan_is_not_collected() throws IOException {
        byte[] file = xls(wb -> {
            Sheet plan = header(wb.createSheet("进度表"), "任务层级", "任务名称");
            plan.createRow(1).createCell(0).setCellValue("一级阶段");
            plan.getRow(1).createCell(1).setCellValue("推广");
            Sheet data = wb.createSheet("数据");
            for (int r = 0; r <= ProgressTableReader.MAX_ROWS * 2; r++) {
                data.createRow(r).createCell(0).setCellValue(r);
            }
        });
        assertThat(new ProgressTableReader().read(file, "plan.xls").rows()).extracting(ProgressTableRow::name)
                .containsExactly("推广");
        // unless it is the one chosen
        assertThatThrownBy(() -> new ProgressTableReader().read(file, "plan.xls", 1)).isInstanceOfSatisfying(
                ProgressTableFormatException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.tooManyRows"));
    }

    @Test
    void countless_cells_are_refused_before_they_fill_the_memory() throws IOException {
        byte[] wide = xls(wb -> {
            Sheet sheet = wb.createSheet("进度表");
            for (int r = 0; r < 4_000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 63; c++) {
                    row.createCell(c).setCellValue("x");
                }
            }
        });
        assertThat(wide.length).isLessThan(ProgressTableReader.MAX_BYTES);
        refused(wide, "import.file.tooManyCells");
    }

    @Test
    void a_file_over_five_megabytes_is_refused_before_it_is_parsed() {
        byte[] big = new byte[ProgressTableReader.MAX_BYTES + 1];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, big, 0, ole2.length);
        refused(big, "import.file.tooBig");
        refused(java.util.Arrays.copyOf(ole2, 4096), "import.file.notXls"); // the header of an OLE2 file and nothing
    }

    @Test
    void a_workbook_with_a_password_is_refused_with_that_reason() throws IOException {
        byte[] file;
        Biff8EncryptionKey.setCurrentUserPassword("geheim");
        try {
            file = xls(wb -> header(wb.createSheet("进度表"), "任务层级", "任务名称"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        refused(file, "import.file.encrypted");
    }

    @Test
    void another_ole2_document_is_no_table() throws IOException {
        byte[] doc;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            doc = out.toByteArray();
        }
        refused(doc, "import.file.unknownKind");
    }
}
