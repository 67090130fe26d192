package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the users' Excel progress table (first sheet, header in the first row, any column order,
 * Chinese or English headers) as they keep it: 一级阶段, 未开始, 高, "-" for empty, dates as date
 * cells or text, % as text or number. Every unreadable cell becomes a problem; reading goes on.
 */
public final class ProgressTableReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static {
        // a zip bomb is refused before it is inflated: a 5 MB file never legitimately expands 100-fold
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日")};

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public ProgressTable read(byte[] xlsx) {
        if (xlsx.length > MAX_BYTES) {
            throw new ProgressTableFormatException("import.file.tooBig", MAX_BYTES / 1024 / 1024);
        }
        if (xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K') {
            throw new ProgressTableFormatException("import.file.notXlsx");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ProgressTableFormatException("import.file.empty");
            }
            return read(workbook.getSheetAt(0));
        } catch (ProgressTableFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ProgressTableFormatException(classify(e));
        }
    }

    /** POI reports a bomb and a DOCTYPE (the door to external entities) in its messages. */
    private static String classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("inflate") || m.contains("max entry size")) {
                return "import.file.zipBomb";
            }
            if (m.contains("doctype") || m.contains("entity")) {
                return "import.file.unsafe";
            }
        }
        return "import.file.notXlsx";
    }

    private ProgressTable read(Sheet sheet) {
        Map<ProgressTableColumn, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()));
        List<ProgressTableRow> rows = new ArrayList<>();
        List<TableProblem> problems = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !isBlank(row, columns)) {
                new RowReader(row, columns, problems).read().ifPresent(rows::add);
            }
        }
        return new ProgressTable(rows, problems);
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
                throw new ProgressTableFormatException("import.file.missingColumn", required.header(),
                        required.header(true));
            }
        }
        return found;
    }

    private boolean isBlank(Row row, Map<ProgressTableColumn, Integer> columns) {
        return columns.values().stream().allMatch(i -> formatter.formatCellValue(row.getCell(i)).isBlank());
    }

    /** Reads one row; each unreadable cell adds a problem naming the row and column. */
    private final class RowReader {
        private final Row row;
        private final Map<ProgressTableColumn, Integer> columns;
        private final List<TableProblem> problems;
        private final int rowNumber;

        RowReader(Row row, Map<ProgressTableColumn, Integer> columns, List<TableProblem> problems) {
            this.row = row;
            this.columns = columns;
            this.problems = problems;
            this.rowNumber = row.getRowNum() + 1;
        }

        java.util.Optional<ProgressTableRow> read() {
            String name = text(ProgressTableColumn.NAME);
            if (name == null) {
                problem(ProgressTableColumn.NAME, "", "import.problem.nameRequired");
            }
            WorkItemLevel level = level();
            int percent = percent();
            if (name == null || level == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new ProgressTableRow(rowNumber, level, name,
                    text(ProgressTableColumn.DESCRIPTION), text(ProgressTableColumn.DELIVERABLES),
                    text(ProgressTableColumn.OWNER),
                    date(ProgressTableColumn.PLANNED_START), date(ProgressTableColumn.PLANNED_FINISH),
                    date(ProgressTableColumn.ACTUAL_START), date(ProgressTableColumn.ACTUAL_FINISH),
                    status(percent), percent, risk(), text(ProgressTableColumn.REMARKS),
                    text(ProgressTableColumn.PREDECESSORS), priority(), text(ProgressTableColumn.ACCOUNTABLE),
                    names(ProgressTableColumn.CONSULTED), names(ProgressTableColumn.INFORMED), milestone(),
                    whole(ProgressTableColumn.ESTIMATE, 1, 999), whole(ProgressTableColumn.BUFFER, 0, 50)));
        }

        private WorkItemLevel level() {
            String v = text(ProgressTableColumn.LEVEL);
            String s = v == null ? "" : v.toLowerCase(Locale.ROOT);
            if (s.contains("四") || s.contains("4") || s.contains("五") || s.contains("5")) {
                problem(ProgressTableColumn.LEVEL, v, "import.problem.fourthLevel");
                return null;
            }
            if (s.contains("阶段") || s.contains("phase") || s.equals("1") || s.startsWith("一")) {
                return WorkItemLevel.PHASE;
            }
            if (s.contains("模块") || s.contains("module") || s.equals("2") || s.startsWith("二")) {
                return WorkItemLevel.MODULE;
            }
            if (s.contains("任务") || s.contains("task") || s.equals("3") || s.startsWith("三")) {
                return WorkItemLevel.TASK;
            }
            problem(ProgressTableColumn.LEVEL, v, "import.problem.level");
            return null;
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
                default -> {
                    problem(ProgressTableColumn.STATUS, v, "import.problem.status");
                    yield ProgressStatus.NOT_STARTED;
                }
            };
        }

        private RiskLevel risk() {
            String v = text(ProgressTableColumn.RISK);
            return v == null ? null : switch (v.toLowerCase(Locale.ROOT)) {
                case "高", "high" -> RiskLevel.HIGH;
                case "中", "medium" -> RiskLevel.MEDIUM;
                case "低", "low" -> RiskLevel.LOW;
                default -> {
                    problem(ProgressTableColumn.RISK, v, "import.problem.highMediumLow");
                    yield null;
                }
            };
        }

        private Priority priority() {
            String v = text(ProgressTableColumn.PRIORITY);
            return v == null ? null : switch (v.toLowerCase(Locale.ROOT)) {
                case "高", "high" -> Priority.HIGH;
                case "中", "medium" -> Priority.MEDIUM;
                case "低", "low" -> Priority.LOW;
                default -> {
                    problem(ProgressTableColumn.PRIORITY, v, "import.problem.highMediumLow");
                    yield null;
                }
            };
        }

        private boolean milestone() {
            String v = text(ProgressTableColumn.MILESTONE);
            if (v == null) {
                return false;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "是", "√", "✓", "y", "yes", "true", "1", "里程碑" -> true;
                case "否", "n", "no", "false", "0" -> false;
                default -> {
                    problem(ProgressTableColumn.MILESTONE, v, "import.problem.yesNo");
                    yield false;
                }
            };
        }

        private int percent() {
            Cell cell = cell(ProgressTableColumn.PERCENT);
            String raw = text(ProgressTableColumn.PERCENT);
            if (raw == null) {
                return 0;
            }
            double value;
            if (cell.getCellType() == CellType.NUMERIC) {
                double n = cell.getNumericCellValue();
                value = cell.getCellStyle().getDataFormatString().contains("%") ? n * 100 : n;
            } else {
                try {
                    value = Double.parseDouble(raw.replace("%", "").strip());
                } catch (NumberFormatException e) {
                    problem(ProgressTableColumn.PERCENT, raw, "import.problem.percent");
                    return 0;
                }
            }
            long rounded = Math.round(value);
            if (rounded < 0 || rounded > 100) {
                problem(ProgressTableColumn.PERCENT, raw, "import.problem.percent");
                return 0;
            }
            return (int) rounded;
        }

        private Integer whole(ProgressTableColumn column, int min, int max) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                int n = (int) Math.round(Double.parseDouble(v.replace("%", "").replace("天", "").strip()));
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(column, v, "import.problem.number", min, max);
            return null;
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
            problem(column, v, "import.problem.date");
            return null;
        }

        private List<String> names(ProgressTableColumn column) {
            String v = text(column);
            return v == null ? List.of() : Arrays.stream(v.split("[,，、;；/\\s]+")).filter(s -> !s.isBlank()).toList();
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

        private void problem(ProgressTableColumn column, String value, String key, Object... args) {
            problems.add(new TableProblem(rowNumber, column.header(), value, key, List.of(args)));
        }
    }
}
