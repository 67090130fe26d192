package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the users' Excel progress table (first sheet, header in the first row, any column order,
 * Chinese or English headers) as they keep it: 一级阶段, 未开始, 高, "-" for empty, dates as date
 * cells or text, % as text or number. Every unreadable cell becomes a problem; reading goes on.
 * Only the first sheet is read, streamed (SAX) from a file: the other sheets are never inflated, and
 * the rows kept are capped at {@value #MAX_ROWS}.
 */
public final class ProgressTableReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Data rows a table may hold: a campaign plan has a few hundred. */
    public static final int MAX_ROWS = 5_000;

    static {
        // a zip bomb is refused before it is inflated: a 5 MB file never legitimately expands 100-fold,
        // and no part of a plan's workbook needs more than 20 MB once inflated
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
    }

    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日")};

    public ProgressTable read(byte[] xlsx) {
        if (xlsx.length > MAX_BYTES) {
            throw new ProgressTableFormatException("import.file.tooBig", MAX_BYTES / 1024 / 1024);
        }
        if (xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K') {
            throw new ProgressTableFormatException("import.file.notXlsx");
        }
        Path file = null;
        try {
            // from a file, a zip is read entry by entry where it lies: from memory, POI inflates every part
            file = Files.createTempFile("ct-import-", ".xlsx");
            Files.write(file, xlsx);
            return read(file);
        } catch (IOException e) {
            throw new ProgressTableFormatException("import.file.notXlsx");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    private ProgressTable read(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader workbook = new XSSFReader(pkg);
            Iterator<InputStream> sheets = workbook.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ProgressTableFormatException("import.file.empty");
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            SheetRows rows = new SheetRows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(workbook.getStylesTable(), strings, rows,
                        rows.formatter, false));
                parser.parse(new InputSource(sheet));
            }
            return read(rows.rows);
        } catch (ProgressTableFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new ProgressTableFormatException(classify(e));
        }
    }

    /** A cell as the sheet holds it: its text as Excel shows it and, for a number, the value and format. */
    record SheetCell(String text, Double number, int formatIndex, String format) {

        boolean isNumeric() {
            return number != null;
        }

        boolean isDate() {
            return number != null && format != null && DateUtil.isADateFormat(formatIndex, format)
                    && DateUtil.isValidExcelDate(number);
        }
    }

    /** One row of the sheet: its 0-based number and its cells by column. */
    record SheetRow(int rowNum, Map<Integer, SheetCell> cells) {

        SheetCell getCell(int column) {
            return cells.get(column);
        }

        int getRowNum() {
            return rowNum;
        }
    }

    /** Keeps the rows of the sheet as they stream by, and stops past {@value #MAX_ROWS} rows with values. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<SheetRow> rows = new ArrayList<>();
        final CapturingFormatter formatter = new CapturingFormatter();
        private Map<Integer, SheetCell> current;
        private int currentRow;
        private int lastColumn;

        @Override
        public void startRow(int rowNum) {
            current = new HashMap<>();
            currentRow = rowNum;
            lastColumn = -1;
            formatter.last = null;
        }

        @Override
        public void endRow(int rowNum) {
            if (rows.isEmpty() || !current.isEmpty()) { // the first row is the header, even if empty
                if (rows.size() > MAX_ROWS) { // the header and MAX_ROWS rows are kept
                    throw new ProgressTableFormatException("import.file.tooManyRows", MAX_ROWS);
                }
                rows.add(new SheetRow(currentRow, current));
            }
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            int column = ref == null ? lastColumn + 1 : new CellReference(ref).getCol();
            lastColumn = column;
            CapturingFormatter.Raw raw = formatter.last;
            formatter.last = null;
            String text = formatted == null ? "" : formatted;
            if (raw == null && text.startsWith("ERROR:")) {
                text = text.substring("ERROR:".length()); // an error cell reads as its code (#DIV/0!)
            }
            current.put(column, raw == null ? new SheetCell(text, null, -1, null)
                    : new SheetCell(text, raw.value(), raw.formatIndex(), raw.format()));
        }
    }

    /** Formats numbers as Excel shows them and remembers the last one's value and format (for dates and %). */
    private static final class CapturingFormatter extends DataFormatter {

        record Raw(double value, int formatIndex, String format) {
        }

        Raw last;

        CapturingFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            last = new Raw(value, formatIndex, formatString);
            return super.formatRawCellContents(value, formatIndex, formatString);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            last = new Raw(value, formatIndex, formatString);
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
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

    private ProgressTable read(List<SheetRow> sheet) {
        if (sheet.isEmpty()) {
            throw new ProgressTableFormatException("import.file.missingColumn", ProgressTableColumn.LEVEL.header(),
                    ProgressTableColumn.LEVEL.header(true));
        }
        Map<ProgressTableColumn, Integer> columns = columns(sheet.get(0));
        List<ProgressTableRow> rows = new ArrayList<>();
        List<TableProblem> problems = new ArrayList<>();
        for (SheetRow row : sheet.subList(1, sheet.size())) {
            if (!isBlank(row, columns)) {
                new RowReader(row, columns, problems).read().ifPresent(rows::add);
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

        RowReader(SheetRow row, Map<ProgressTableColumn, Integer> columns, List<TableProblem> problems) {
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
            SheetCell cell = cell(ProgressTableColumn.PERCENT);
            String raw = text(ProgressTableColumn.PERCENT);
            if (raw == null) {
                return 0;
            }
            double value;
            if (cell.isNumeric()) {
                double n = cell.number();
                value = cell.format() != null && cell.format().contains("%") ? n * 100 : n;
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
            SheetCell cell = cell(column);
            if (cell != null && cell.isDate()) {
                return DateUtil.getLocalDateTime(cell.number()).toLocalDate();
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
