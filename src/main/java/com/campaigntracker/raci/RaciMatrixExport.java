package com.campaigntracker.raci;

import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.WorkItemRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The RACI matrix as a spreadsheet: WBS and name, then one column per person under their
 * department, then what each item breaks; texts in the user's language through {@code translate}.
 */
final class RaciMatrixExport {

    private RaciMatrixExport() {
    }

    static byte[] write(RaciMatrix matrix, List<PersonOption> people, Function<String, String> translate) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("RACI");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle letter = workbook.createCellStyle();
            letter.setAlignment(HorizontalAlignment.CENTER);

            Row departments = sheet.createRow(0);
            Row names = sheet.createRow(1);
            text(names, 0, translate.apply("item.wbs"), header);
            text(names, 1, translate.apply("item.name"), header);
            int column = 2;
            int groupStart = column;
            String group = null;
            for (PersonOption p : people) {
                String department = p.departmentName() == null ? translate.apply("raci.noDepartment") : p.departmentName();
                if (!department.equals(group)) {
                    merge(sheet, groupStart, column - 1);
                    text(departments, column, department, header);
                    group = department;
                    groupStart = column;
                }
                text(names, column++, p.displayName(), header);
            }
            merge(sheet, groupStart, column - 1);
            text(names, column, translate.apply("raci.problems"), header);

            int rowIndex = 2;
            for (WorkItemRow item : matrix.tree().rows()) {
                Row row = sheet.createRow(rowIndex++);
                text(row, 0, item.wbs(), null);
                text(row, 1, item.name(), null);
                int c = 2;
                for (PersonOption p : people) {
                    RaciLetter l = matrix.letter(item.id(), p.id());
                    if (l != null) {
                        text(row, c, l.name(), letter);
                    }
                    c++;
                }
                List<String> problems = matrix.problems().getOrDefault(item.id(), List.of());
                text(row, c, String.join("; ", problems.stream().map(translate).filter(Objects::nonNull).toList()), null);
            }
            sheet.setColumnWidth(1, 28 * 256);
            sheet.createFreezePane(2, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(Sheet sheet, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, from, to));
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
