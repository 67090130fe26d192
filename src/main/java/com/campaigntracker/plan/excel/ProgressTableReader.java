package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the users' Excel progress table (first sheet, header in the first row) as they keep it:
 * Chinese labels (一级阶段, 未开始, 高), "-" for empty, dates as date cells or text, % as text or number.
 */
public final class ProgressTableReader {

    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日")};

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public List<ProgressTableRow> read(InputStream xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<ProgressTableColumn, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()));
            List<ProgressTableRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !isBlank(row, columns)) {
                    rows.add(new RowReader(row, columns).read());
                }
            }
            return rows;
        }
    }

    private Map<ProgressTableColumn, Integer> columns(Row header) {
        Map<ProgressTableColumn, Integer> found = new EnumMap<>(ProgressTableColumn.class);
        if (header != null) {
            for (Cell cell : header) {
                String text = formatter.formatCellValue(cell);
                for (ProgressTableColumn column : ProgressTableColumn.values()) {
                    if (!found.containsKey(column) && column.matches(text)) {
                        found.put(column, cell.getColumnIndex());
                    }
                }
            }
        }
        for (ProgressTableColumn required : List.of(ProgressTableColumn.LEVEL, ProgressTableColumn.NAME)) {
            if (!found.containsKey(required)) {
                throw new ProgressTableFormatException(1, required.header(), "", "column missing");
            }
        }
        return found;
    }

    private boolean isBlank(Row row, Map<ProgressTableColumn, Integer> columns) {
        return columns.values().stream().allMatch(i -> formatter.formatCellValue(row.getCell(i)).isBlank());
    }

    /** Reads one row; each parse failure names the row and column. */
    private final class RowReader {
        private final Row row;
        private final Map<ProgressTableColumn, Integer> columns;

        RowReader(Row row, Map<ProgressTableColumn, Integer> columns) {
            this.row = row;
            this.columns = columns;
        }

        ProgressTableRow read() {
            String name = text(ProgressTableColumn.NAME);
            if (name == null) {
                throw fail(ProgressTableColumn.NAME, "", "a name is required");
            }
            int percent = percent();
            return new ProgressTableRow(row.getRowNum() + 1, level(), name,
                    text(ProgressTableColumn.DESCRIPTION), text(ProgressTableColumn.DELIVERABLES),
                    text(ProgressTableColumn.OWNER),
                    date(ProgressTableColumn.PLANNED_START), date(ProgressTableColumn.PLANNED_FINISH),
                    date(ProgressTableColumn.ACTUAL_START), date(ProgressTableColumn.ACTUAL_FINISH),
                    status(percent), percent, risk(), text(ProgressTableColumn.REMARKS));
        }

        private WorkItemLevel level() {
            String v = text(ProgressTableColumn.LEVEL);
            String s = v == null ? "" : v.toLowerCase(Locale.ROOT);
            if (s.contains("阶段") || s.contains("phase") || s.equals("1")) {
                return WorkItemLevel.PHASE;
            }
            if (s.contains("模块") || s.contains("module") || s.equals("2")) {
                return WorkItemLevel.MODULE;
            }
            if (s.contains("任务") || s.contains("task") || s.equals("3")) {
                return WorkItemLevel.TASK;
            }
            throw fail(ProgressTableColumn.LEVEL, v, "expected 一级阶段, 二级模块 or 三级任务");
        }

        /** 已延期 is derived from dates (R9), so it reads as an open task. */
        private ProgressStatus status(int percent) {
            String v = text(ProgressTableColumn.STATUS);
            if (v == null) {
                return percent == 100 ? ProgressStatus.DONE : percent > 0 ? ProgressStatus.IN_PROGRESS
                        : ProgressStatus.NOT_STARTED;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "未开始", "not started" -> ProgressStatus.NOT_STARTED;
                case "进行中", "in progress", "已延期", "delayed" -> ProgressStatus.IN_PROGRESS;
                case "已完成", "done", "completed" -> ProgressStatus.DONE;
                case "已阻塞", "blocked" -> ProgressStatus.BLOCKED;
                default -> throw fail(ProgressTableColumn.STATUS, v, "expected 未开始, 进行中, 已完成, 已延期 or 已阻塞");
            };
        }

        private RiskLevel risk() {
            String v = text(ProgressTableColumn.RISK);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "高", "high" -> RiskLevel.HIGH;
                case "中", "medium" -> RiskLevel.MEDIUM;
                case "低", "low" -> RiskLevel.LOW;
                default -> throw fail(ProgressTableColumn.RISK, v, "expected 高, 中 or 低");
            };
        }

        private int percent() {
            Cell cell = cell(ProgressTableColumn.PERCENT);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                double n = cell.getNumericCellValue();
                boolean fraction = cell.getCellStyle().getDataFormatString().contains("%");
                return checkedPercent(fraction ? n * 100 : n, String.valueOf(n));
            }
            String v = text(ProgressTableColumn.PERCENT);
            if (v == null) {
                return 0;
            }
            try {
                return checkedPercent(Double.parseDouble(v.replace("%", "").strip()), v);
            } catch (NumberFormatException e) {
                throw fail(ProgressTableColumn.PERCENT, v, "expected a percentage such as 40%");
            }
        }

        private int checkedPercent(double value, String raw) {
            long rounded = Math.round(value);
            if (rounded < 0 || rounded > 100) {
                throw fail(ProgressTableColumn.PERCENT, raw, "must lie between 0% and 100%");
            }
            return (int) rounded;
        }

        private LocalDate date(ProgressTableColumn column) {
            Cell cell = cell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String v = text(column);
            if (v == null) {
                return null;
            }
            for (DateTimeFormatter format : DATE_FORMATS) {
                try {
                    return LocalDate.parse(v, format);
                } catch (DateTimeParseException ignored) {
                    // try the next way of writing a date
                }
            }
            throw fail(column, v, "expected a date such as 2024-03-01");
        }

        /** Trimmed cell text; blank and "-" (the users' way of writing "nothing") are null. */
        private String text(ProgressTableColumn column) {
            Cell cell = cell(column);
            String v = cell == null ? "" : formatter.formatCellValue(cell).strip();
            return v.isEmpty() || v.equals("-") || v.equals("—") ? null : v;
        }

        private Cell cell(ProgressTableColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : row.getCell(index);
        }

        private ProgressTableFormatException fail(ProgressTableColumn column, String value, String reason) {
            return new ProgressTableFormatException(row.getRowNum() + 1, column.header(), value, reason);
        }
    }
}
