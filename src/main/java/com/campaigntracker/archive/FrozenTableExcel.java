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

/** A frozen progress table as the users' Excel table: every work item, then the deviation records. */
final class FrozenTableExcel {

    private FrozenTableExcel() {
    }

    static byte[] write(FrozenTable table, Function<String, String> label) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet plan = book.createSheet(label.apply("archive.sheet.table"));
            header(plan, bold, label, "item.wbs", "item.name", "item.owner", "archive.col.baselineStart",
                    "archive.col.baselineFinish", "item.plannedStart", "item.plannedFinish", "item.actualStart",
                    "item.actualFinish", "item.status", "item.percent", "item.remarks");
            int i = 1;
            for (FrozenTable.Row r : table.rows()) {
                Row row = plan.createRow(i++);
                cells(row, r.wbs(), "  ".repeat(Math.max(0, r.level() - 1)) + r.name(), r.owner(), d(r.baselineStart()),
                        d(r.baselineFinish()), d(r.plannedStart()), d(r.plannedFinish()), d(r.actualStart()),
                        d(r.actualFinish()), r.status(), r.percent() + "%", r.remarks());
            }
            Sheet deviations = book.createSheet(label.apply("archive.sheet.deviations"));
            header(deviations, bold, label, "item.name", "warning.kind", "monitoring.state", "explanation.causeType",
                    "explanation.cause", "coordination.assessment", "explanation.measures", "explanation.proposedStart",
                    "explanation.proposedFinish", "coordination.comment", "gantt.revision");
            i = 1;
            for (FrozenTable.Deviation x : table.deviations()) {
                Row row = deviations.createRow(i++);
                cells(row, x.task(), x.kind(), x.state(), x.causeType(), x.cause(), x.assessment(),
                        String.join("\n", x.measures()), d(x.proposedStart()), d(x.proposedFinish()), x.decision(),
                        x.revision() == null ? null : String.valueOf(x.revision()));
            }
            for (Sheet s : List.of(plan, deviations)) {
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

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static String d(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
