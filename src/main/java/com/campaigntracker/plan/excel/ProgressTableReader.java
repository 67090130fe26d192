package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the users' progress table (header in the first row, any column order, Chinese or English
 * headers) as they keep it: 一级阶段, 未开始, 高, "-" for empty, dates as date cells or text, % as
 * text or number. Every unreadable cell becomes a problem; reading goes on. The file itself is opened
 * by {@link TableFiles}; this class understands the cells of one sheet.
 */
public final class ProgressTableReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Data rows a table may hold: a campaign plan has a few hundred. */
    public static final int MAX_ROWS = 5_000;
    private static final List<ProgressTableColumn> DATE_COLUMNS = List.of(ProgressTableColumn.PLANNED_START,
            ProgressTableColumn.PLANNED_FINISH, ProgressTableColumn.ACTUAL_START, ProgressTableColumn.ACTUAL_FINISH);

    /** Completes dates written without a year when the table holds none (null: such dates stay unread). */
    private final Clock clock;

    /** A reader for tools and tests: a table whose dates all lack a year is not read around today. */
    public ProgressTableReader() {
        this(null);
    }

    public ProgressTableReader(Clock clock) {
        this.clock = clock;
    }

    /** The sheet an import reads by default of a table file (the demo's and the tests' way in). */
    public ProgressTable read(byte[] file) {
        return read(file, "plan.xlsx");
    }

    /** The first sheet with data ({@link TableFile#firstSheetWithData()}) of an uploaded file of that name. */
    public ProgressTable read(byte[] file, String fileName) {
        TableFile table = TableFiles.open(file, fileName);
        return read(table.sheet(table.firstSheetWithData()));
    }

    /** The sheet at {@code sheet} (0-based, as {@link TableFile#sheetNames()} lists them) of an uploaded file. */
    public ProgressTable read(byte[] file, String fileName, int sheet) {
        return read(TableFiles.open(file, fileName).sheet(sheet));
    }

    ProgressTable read(RawSheet sheet) {
        return read(sheet.rows());
    }

    private ProgressTable read(List<SheetRow> sheet) {
        if (sheet.isEmpty()) {
            throw new ProgressTableFormatException("import.file.missingColumn", ProgressTableColumn.LEVEL.header(),
                    ProgressTableColumn.LEVEL.header(true));
        }
        Map<ProgressTableColumn, Integer> columns = columns(sheet.get(0));
        List<ProgressTableRow> rows = new ArrayList<>();
        List<TableProblem> problems = new ArrayList<>();
        TableValues values = new TableValues(sheet, DATE_COLUMNS.stream().map(columns::get).filter(Objects::nonNull)
                .toList(), clock == null ? null : LocalDate.now(clock));
        for (SheetRow row : sheet.subList(1, sheet.size())) {
            if (!isBlank(row, columns)) {
                new RowReader(row, columns, problems, values).read().ifPresent(rows::add);
            }
        }
        return new ProgressTable(rows, problems);
    }

    private Map<ProgressTableColumn, Integer> columns(SheetRow header) {
        Map<ProgressTableColumn, Integer> found = new EnumMap<>(ProgressTableColumn.class);
        header.cells().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
            String text = cell.getValue().text();
            for (ProgressTableColumn column : ProgressTableColumn.values()) {
                if (!found.containsKey(column) && column.matches(text)) {
                    found.put(column, cell.getKey());
                }
            }
        });
        for (ProgressTableColumn required : List.of(ProgressTableColumn.LEVEL, ProgressTableColumn.NAME)) {
            if (!found.containsKey(required)) {
                throw new ProgressTableFormatException("import.file.missingColumn", required.header(),
                        required.header(true));
            }
        }
        return found;
    }

    private static String textOf(SheetCell cell) {
        return cell == null ? "" : cell.text();
    }

    private boolean isBlank(SheetRow row, Map<ProgressTableColumn, Integer> columns) {
        return columns.values().stream().allMatch(i -> textOf(row.getCell(i)).isBlank());
    }

    /** Reads one row; each unreadable cell adds a problem naming the row and column. */
    private final class RowReader {
        private final SheetRow row;
        private final Map<ProgressTableColumn, Integer> columns;
        private final List<TableProblem> problems;
        private final int rowNumber;
        private final TableValues values;

        RowReader(SheetRow row, Map<ProgressTableColumn, Integer> columns, List<TableProblem> problems,
                  TableValues values) {
            this.values = values;
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
            String raw = text(ProgressTableColumn.PERCENT);
            if (raw == null) {
                return 0;
            }
            Integer percent = values.percent(row, columns.get(ProgressTableColumn.PERCENT));
            if (percent == null) {
                problem(ProgressTableColumn.PERCENT, raw, "import.problem.percent");
                return 0;
            }
            return percent;
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
            String v = text(column);
            if (v == null) {
                return null;
            }
            LocalDate date = values.date(row, columns.get(column));
            if (date == null) {
                problem(column, v, "import.problem.date");
            }
            return date;
        }

        private List<String> names(ProgressTableColumn column) {
            String v = text(column);
            return v == null ? List.of() : Arrays.stream(v.split("[,，、;；/\\s]+")).filter(s -> !s.isBlank()).toList();
        }

        /** Trimmed cell text; blank and "-" (the users' way of writing "nothing") are null. */
        private String text(ProgressTableColumn column) {
            String v = textOf(cell(column)).strip();
            return v.isEmpty() || v.equals("-") || v.equals("—") ? null : v;
        }

        private SheetCell cell(ProgressTableColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : row.getCell(index);
        }

        private void problem(ProgressTableColumn column, String value, String key, Object... args) {
            problems.add(new TableProblem(rowNumber, column.header(), value, key, List.of(args)));
        }
    }
}
