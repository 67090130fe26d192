package com.campaigntracker.archive;

import com.campaigntracker.report.FrozenTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A frozen progress table as the users' Excel table: every work item, the deviation records, the task files. */
final class FrozenTableExcel {

    private FrozenTableExcel() {
    }

    static byte[] write(FrozenTable table, Function<String, String> label) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            // dates and percentages as values Excel can sort and count with, not as text
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            Sheet plan = book.createSheet(label.apply("archive.sheet.table"));
            header(plan, bold, label, "item.wbs", "item.name", "item.owner", "archive.col.baselineStart",
                    "archive.col.baselineFinish", "item.plannedStart", "item.plannedFinish", "item.actualStart",
                    "item.actualFinish", "item.status", "item.percent", "item.remarks");
            int i = 1;
            for (FrozenTable.Row r : table.rows()) {
                Row row = plan.createRow(i++);
                cells(row, 0, r.wbs(), "  ".repeat(Math.max(0, r.level() - 1)) + r.name(), r.owner());
                dates(row, 3, date, r.baselineStart(), r.baselineFinish(), r.plannedStart(), r.plannedFinish(),
                        r.actualStart(), r.actualFinish());
                cells(row, 9, r.status());
                row.createCell(10).setCellValue(r.percent() / 100.0);
                row.getCell(10).setCellStyle(percent);
                cells(row, 11, r.remarks());
            }
            Sheet deviations = book.createSheet(label.apply("archive.sheet.deviations"));
            header(deviations, bold, label, "item.name", "warning.kind", "monitoring.state", "explanation.causeType",
                    "explanation.cause", "coordination.assessment", "explanation.measures", "explanation.proposedStart",
                    "explanation.proposedFinish", "coordination.comment", "gantt.revision");
            i = 1;
            for (FrozenTable.Deviation x : table.deviations()) {
                Row row = deviations.createRow(i++);
                cells(row, 0, x.task(), x.kind(), x.state(), x.causeType(), x.cause(), x.assessment(),
                        String.join("\n", x.measures()));
                dates(row, 7, date, x.proposedStart(), x.proposedFinish());
                cells(row, 9, x.decision());
                if (x.revision() != null) {
                    row.createCell(10).setCellValue(x.revision());
                }
            }
            Sheet files = book.createSheet(label.apply("archive.sheet.files"));
            header(files, bold, label, "item.name", "archive.col.file", "archive.col.version", "archive.col.size",
                    "archive.col.uploadedBy", "archive.col.uploadedAt", "archive.col.sha256");
            i = 1;
            for (FrozenTable.FileEntry f : table.files()) {
                Row row = files.createRow(i++);
                cells(row, 0, f.task(), f.name());
                row.createCell(2).setCellValue(f.version());
                row.createCell(3).setCellValue(f.size());
                cells(row, 4, f.uploadedBy(), f.uploadedAt() == null ? null : f.uploadedAt().toString(), f.sha256());
            }
            for (Sheet s : List.of(plan, deviations, files)) {
                for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
                    s.setColumnWidth(c, 14 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The frozen table cannot be written", e);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, Function<String, String> label, String... keys) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < keys.length; c++) {
            row.createCell(c).setCellValue(label.apply(keys[c]));
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static void cells(Row row, int from, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(from + c).setCellValue(values[c]);
            }
        }
    }

    private static void dates(Row row, int from, CellStyle style, LocalDate... days) {
        for (int c = 0; c < days.length; c++) {
            if (days[c] != null) {
                row.createCell(from + c).setCellValue(days[c]);
                row.getCell(from + c).setCellStyle(style);
            }
        }
    }
}
