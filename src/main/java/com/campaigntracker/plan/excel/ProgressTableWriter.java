package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.Responsibilities;
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
import java.util.stream.Collectors;
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

    /** The columns written, in this order: each under the header the reader knows it by. */
    private static final List<ProgressTableColumn> COLUMNS = List.of(ProgressTableColumn.LEVEL,
            ProgressTableColumn.NAME, ProgressTableColumn.DESCRIPTION, ProgressTableColumn.DELIVERABLES,
            ProgressTableColumn.OWNER, ProgressTableColumn.PLANNED_START, ProgressTableColumn.PLANNED_FINISH,
            ProgressTableColumn.ACTUAL_START, ProgressTableColumn.ACTUAL_FINISH, ProgressTableColumn.STATUS,
            ProgressTableColumn.PERCENT, ProgressTableColumn.RISK, ProgressTableColumn.REMARKS,
            ProgressTableColumn.PREDECESSORS, ProgressTableColumn.PRIORITY, ProgressTableColumn.ACCOUNTABLE,
            ProgressTableColumn.CONSULTED, ProgressTableColumn.INFORMED, ProgressTableColumn.MILESTONE,
            ProgressTableColumn.ESTIMATE, ProgressTableColumn.BUFFER);

    private final boolean english;
    private final TableNames names;
    private final Map<Long, Responsibilities> raci;

    /**
     * @param names people by the names the import resolves back to them
     * @param raci  the A, C and I of the items, by item id
     */
    public ProgressTableWriter(boolean english, TableNames names, Map<Long, Responsibilities> raci) {
        this.english = english;
        this.names = names;
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
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header(english));
                cell.setCellStyle(headerStyle);
            }
            int[] next = {1};
            writeRows(tree.roots(), sheet, next, dateStyle, percentStyle);
            sheet.createFreezePane(2, 1);
            for (int c = 0; c < COLUMNS.size(); c++) {
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
            Responsibilities roles = raci.getOrDefault(r.id(), new Responsibilities(null, List.of(), List.of()));
            for (int c = 0; c < COLUMNS.size(); c++) {
                switch (COLUMNS.get(c)) {
                    case LEVEL -> text(row, c, level(r.level()));
                    case NAME -> text(row, c, r.name());
                    case DESCRIPTION -> text(row, c, r.description());
                    case DELIVERABLES -> text(row, c, r.deliverables());
                    case OWNER -> text(row, c, names.single(r.ownerId()));
                    case PLANNED_START -> date(row, c, r.plannedStart(), dateStyle);
                    case PLANNED_FINISH -> date(row, c, r.plannedFinish(), dateStyle);
                    case ACTUAL_START -> date(row, c, r.actualStart(), dateStyle);
                    case ACTUAL_FINISH -> date(row, c, r.actualFinish(), dateStyle);
                    // what the owner set, never the derived 已延期 (R9): that would read back as 进行中
                    case STATUS -> text(row, c, status(r.storedStatus()));
                    case PERCENT -> {
                        Cell percent = row.createCell(c);
                        percent.setCellValue(r.percentComplete() / 100.0);
                        percent.setCellStyle(percentStyle);
                    }
                    case RISK -> text(row, c, label(r.riskLevel(), RiskLevel::ordinal));
                    case REMARKS -> text(row, c, r.remarks());
                    // type and lag where they differ from FS+0: 1.2.1, 1.3SS+3, 2.1.1FF-1
                    case PREDECESSORS -> text(row, c, r.predecessors().isEmpty() ? null
                            : String.join(", ", r.predecessors()));
                    case PRIORITY -> text(row, c, label(r.priority(), Priority::ordinal));
                    case ACCOUNTABLE -> text(row, c, names.single(roles.accountable()));
                    case CONSULTED -> text(row, c, list(roles.consulted()));
                    case INFORMED -> text(row, c, list(roles.informed()));
                    case MILESTONE -> text(row, c, r.milestone() ? (english ? "Yes" : "是") : null);
                    case ESTIMATE -> {
                        if (r.estimateDays() != null) {
                            row.createCell(c).setCellValue(r.estimateDays());
                        }
                    }
                    case BUFFER -> row.createCell(c).setCellValue(r.bufferPercent());
                    default -> throw new IllegalStateException("Not written: " + COLUMNS.get(c));
                }
            }
            writeRows(r.children(), sheet, next, dateStyle, percentStyle);
        }
    }

    private String list(List<Long> people) {
        return people.isEmpty() ? null : people.stream().map(names::inList).collect(Collectors.joining("、"));
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
