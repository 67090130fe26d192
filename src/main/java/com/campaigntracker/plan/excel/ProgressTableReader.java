package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the users' progress table as they keep it: headers in their own words (Chinese or English, any
 * order, see {@link HeaderVocabulary}; columns the manager mapped by hand as mapped), the tree as the
 * table shows it (see {@link TreeFinder}), 一级阶段, 未开始, 高, "-" for empty, dates as date cells or
 * text, % as text or number. Every unreadable cell becomes a problem; reading goes on. The file itself
 * is opened by {@link TableFiles}; this class understands the cells of one sheet.
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
        return read(sheet, TableHeader.find(sheet.rows()), Map.of());
    }

    /**
     * The sheet read with its header row, the manager's choices for some columns (a field, or empty for
     * ignored) and guesses for the rest. A missing name column or a table that does not show its tree is
     * a problem naming the columns that could fill the gap, so the preview can offer to map them.
     */
    ProgressTable read(RawSheet sheet, TableHeader header, Map<Integer, Optional<ProgressTableColumn>> choices) {
        List<SheetRow> below = header.dataRows(sheet.rows());
        ColumnMapping mapping = ColumnMapping.of(header, below, choices);
        List<SheetRow> data = below.stream().filter(row -> !isBlank(row, mapping.fields())).toList();
        TreeFinder.Tree tree = new TreeFinder(data, mapping).find();
        List<TableProblem> problems = new ArrayList<>();
        List<String> candidates = mapping.unmapped();
        if (!mapping.fields().containsKey(ProgressTableColumn.NAME)) {
            problems.add(new TableProblem(header.rowNumber(), "", "", candidates.isEmpty()
                    ? "import.problem.missingFieldNone" : "import.problem.missingField",
                    List.of(ProgressTableColumn.NAME, candidates)));
        }
        if (tree.source() == TreeSource.NONE) {
            problems.add(candidates.isEmpty()
                    ? new TableProblem(header.rowNumber(), "", "", "import.problem.noTreeNone")
                    : new TableProblem(header.rowNumber(), "", "", "import.problem.noTree", List.of(candidates)));
        }
        if (!problems.isEmpty()) {
            return new ProgressTable(List.of(), problems, List.of(), mapping.columns(), tree.source());
        }
        TableValues values = new TableValues(data, DATE_COLUMNS.stream().map(mapping.fields()::get)
                .filter(Objects::nonNull).toList(), clock == null ? null : LocalDate.now(clock));
        List<ProgressTableRow> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            new RowReader(data.get(i), mapping, tree.places().get(i), problems, values).read().ifPresent(rows::add);
        }
        return new ProgressTable(rows, problems, List.of(), mapping.columns(), tree.source());
    }

    private static String textOf(SheetCell cell) {
        return cell == null ? "" : cell.text();
    }

    private static boolean isBlank(SheetRow row, Map<ProgressTableColumn, Integer> columns) {
        return columns.values().stream().allMatch(i -> textOf(row.getCell(i)).isBlank());
    }

    /** Reads one row; each unreadable cell adds a problem naming the row and column. */
    private final class RowReader {
        private final SheetRow row;
        private final ColumnMapping mapping;
        private final TreeFinder.Place place;
        private final List<TableProblem> problems;
        private final int rowNumber;
        private final TableValues values;

        RowReader(SheetRow row, ColumnMapping mapping, TreeFinder.Place place, List<TableProblem> problems,
                  TableValues values) {
            this.values = values;
            this.row = row;
            this.mapping = mapping;
            this.place = place;
            this.problems = problems;
            this.rowNumber = row.getRowNum() + 1;
        }

        java.util.Optional<ProgressTableRow> read() {
            // the name and level come from where the table shows its tree (a number prefix is taken off)
            String name = place.name();
            if (name == null) {
                problem(ProgressTableColumn.NAME, "", "import.problem.nameRequired");
            }
            if (place.problem() != null) {
                problems.add(place.problem());
            }
            WorkItemLevel level = place.level();
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
                    whole(ProgressTableColumn.ESTIMATE, 1, 999), whole(ProgressTableColumn.BUFFER, 0, 50), place.code()));
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
            Integer percent = values.percent(row, mapping.fields().get(ProgressTableColumn.PERCENT));
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
                int n = (int) Math.round(Double.parseDouble(v.toLowerCase(Locale.ROOT)
                        .replaceAll("%|个?工作日|天|days?|d$", "").strip()));
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
            LocalDate date = values.date(row, mapping.fields().get(column));
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
            Integer index = mapping.fields().get(column);
            return index == null ? null : row.getCell(index);
        }

        private void problem(ProgressTableColumn column, String value, String key, Object... args) {
            problems.add(new TableProblem(rowNumber, mapping.headerOf(column), value, key, List.of(args)));
        }
    }
}
