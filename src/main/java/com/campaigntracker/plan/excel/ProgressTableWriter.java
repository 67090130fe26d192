package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plan as the users' progress table, the same layout the reader takes (plus the optional
 * columns), so that export then import gives the same plan. Headers and labels in Chinese or English.
 */
public final class ProgressTableWriter {

    private final boolean english;
    private final Map<Long, Names> raci;

    /** The A, C and I of an item, by the names colleagues know. */
    public record Names(String accountable, List<String> consulted, List<String> informed) {
    }

    public ProgressTableWriter(boolean english, Map<Long, Names> raci) {
        this.english = english;
        this.raci = raci;
    }

    public byte[] write(WorkTree tree) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(tree.project().name()));
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);

            Row header = sheet.createRow(0);
            List<ProgressTableColumn> columns = ProgressTableColumn.written();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header(english));
                cell.setCellStyle(headerStyle);
            }
            int[] next = {1};
            writeRows(tree.roots(), sheet, next, dateStyle, percentStyle);
            sheet.createFreezePane(2, 1);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRows(List<WorkItemRow> rows, Sheet sheet, int[] next, CellStyle dateStyle, CellStyle percentStyle) {
        for (WorkItemRow r : rows) {
            Row row = sheet.createRow(next[0]++);
            int c = 0;
            text(row, c++, level(r.level()));
            text(row, c++, r.name());
            text(row, c++, r.description());
            text(row, c++, r.deliverables());
            text(row, c++, r.ownerName());
            date(row, c++, r.plannedStart(), dateStyle);
            date(row, c++, r.plannedFinish(), dateStyle);
            date(row, c++, r.actualStart(), dateStyle);
            date(row, c++, r.actualFinish(), dateStyle);
            text(row, c++, status(r.storedStatus()));
            Cell percent = row.createCell(c++);
            percent.setCellValue(r.percentComplete() / 100.0);
            percent.setCellStyle(percentStyle);
            text(row, c++, label(r.riskLevel(), RiskLevel::ordinal));
            text(row, c++, r.remarks());
            text(row, c++, String.join(", ", r.predecessors()));
            text(row, c++, label(r.priority(), Priority::ordinal));
            Names names = raci.get(r.id());
            text(row, c++, names == null ? null : names.accountable());
            text(row, c++, names == null || names.consulted().isEmpty() ? null : String.join("、", names.consulted()));
            text(row, c++, names == null || names.informed().isEmpty() ? null : String.join("、", names.informed()));
            text(row, c++, r.milestone() ? (english ? "Yes" : "是") : null);
            if (r.estimateDays() != null) {
                row.createCell(c).setCellValue(r.estimateDays());
            }
            c++;
            row.createCell(c).setCellValue(r.bufferPercent());
            writeRows(r.children(), sheet, next, dateStyle, percentStyle);
        }
    }

    private String level(WorkItemLevel level) {
        return switch (level) {
            case PHASE -> english ? "Phase" : "一级阶段";
            case MODULE -> english ? "Module" : "二级模块";
            case TASK -> english ? "Task" : "三级任务";
        };
    }

    private String status(ProgressStatus status) {
        return switch (status) {
            case NOT_STARTED -> english ? "Not started" : "未开始";
            case IN_PROGRESS -> english ? "In progress" : "进行中";
            case BLOCKED -> english ? "Blocked" : "已阻塞";
            case DONE -> english ? "Done" : "已完成";
        };
    }

    /** 高/中/低 (High/Medium/Low) for risk and priority, which share their order. */
    private <E> String label(E value, Function<E, Integer> ordinal) {
        if (value == null) {
            return null;
        }
        String[] labels = english ? new String[] {"High", "Medium", "Low"} : new String[] {"高", "中", "低"};
        return labels[ordinal.apply(value)];
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value == null ? "-" : value);
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue("-");
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /** Excel refuses some characters and more than 31 in a sheet name. */
    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Plan" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
