package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.WorkItemLevel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tree (phase › module › task) however a table shows it, in this order: a level column; a
 * WBS column whose numbers nest (1, 1.1, 1.1.1); numbers before every name ("1.2 物料设计", taken off
 * the name); the names' indentation (leading spaces, full-width spaces, tabs, or Excel's cell indent).
 * A column of numbers that do not nest (1, 2, 3: a row count) shows no tree and the next way is tried.
 * <p>
 * Deeper than three levels: the row is a problem ({@code import.problem.fourthLevel}), whichever way
 * the table shows it. Folding (what {@link MsProjectReader} does) suits a Project plan, whose outline
 * is often deep and cannot be reshaped before it comes; a table is the manager's own and one row is
 * quickly moved, while a silent fold would change what the table says.
 */
final class TreeFinder {

    /** Where one data row sits in the tree, the name it keeps, or why it has no place. */
    record Place(WorkItemLevel level, String name, TableProblem problem, String code) {

        Place(WorkItemLevel level, String name, TableProblem problem) {
            this(level, name, problem, null);
        }
    }

    record Tree(TreeSource source, List<Place> places) {
    }

    private static final Pattern WBS = Pattern.compile("\\d{1,4}(\\.\\d{1,4})*\\.?");
    /** "1.2 物料设计", "1、调研", "1.1.1物料": the code, then the name. */
    private static final Pattern NUMBERED_NAME = Pattern.compile(
            "^(\\d{1,3}(?:[.．]\\d{1,3})*)(?:[.．]?[\\s\\u3000]+|[.．、,，)）]|(?=[^\\d.．\\s\\u3000]))(.*)$",
            Pattern.DOTALL);
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+|[一二三四五六七八九十])\\s*(级|层|level|lvl)?");
    private static final Pattern NUMBERED_LEVEL = Pattern.compile("(level|lvl|l|层级|级别|层)\\s*(\\d+)");

    private final List<SheetRow> rows;
    private final ColumnMapping mapping;

    TreeFinder(List<SheetRow> rows, ColumnMapping mapping) {
        this.rows = rows;
        this.mapping = mapping;
    }

    Tree find() {
        if (mapping.fields().containsKey(ProgressTableColumn.LEVEL)) {
            return fromLevels();
        }
        if (mapping.fields().containsKey(ProgressTableColumn.WBS) && nests(ProgressTableColumn.WBS)) {
            return fromWbs();
        }
        if (mapping.fields().containsKey(ProgressTableColumn.NAME)) {
            Tree numbered = fromNumberedNames();
            if (numbered != null) {
                return numbered;
            }
            Tree indented = fromIndentation();
            if (indented != null) {
                return indented;
            }
        }
        List<Place> none = new ArrayList<>();
        rows.forEach(row -> none.add(new Place(null, name(row), null)));
        return new Tree(TreeSource.NONE, none);
    }

    private Tree fromLevels() {
        List<Place> places = new ArrayList<>();
        for (SheetRow row : rows) {
            String value = text(row, ProgressTableColumn.LEVEL);
            int depth = value == null ? 0 : levelDepth(value);
            places.add(place(row, depth, name(row), ProgressTableColumn.LEVEL, value == null ? "" : value,
                    "import.problem.level"));
        }
        return new Tree(TreeSource.LEVEL_COLUMN, places);
    }

    /** 一级阶段, 二级模块, 三级任务; Phase, Module, Task; 1, 2, 3; L2, Level 3; 0 when unreadable. */
    static int levelDepth(String value) {
        String s = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        Matcher leading = LEADING_NUMBER.matcher(s);
        if (leading.find()) {
            String n = leading.group(1);
            int i = "一二三四五六七八九十".indexOf(n);
            return i >= 0 ? i + 1 : n.length() > 2 ? 99 : Integer.parseInt(n);
        }
        Matcher numbered = NUMBERED_LEVEL.matcher(s);
        if (numbered.find() && numbered.group(2).length() <= 2) {
            return Integer.parseInt(numbered.group(2));
        }
        if (s.contains("阶段") || s.contains("phase") || s.contains("stage")) {
            return 1;
        }
        if (s.contains("模块") || s.contains("module") || s.contains("工作包") || s.contains("workstream")) {
            return 2;
        }
        if (s.contains("任务") || s.contains("task") || s.contains("活动") || s.contains("activity")) {
            return 3;
        }
        return 0;
    }

    private boolean nests(ProgressTableColumn column) {
        return rows.stream().map(row -> text(row, column)).filter(v -> v != null && WBS.matcher(v).matches())
                .anyMatch(v -> wbsDepth(v) > 1);
    }

    private Tree fromWbs() {
        List<Place> places = new ArrayList<>();
        for (SheetRow row : rows) {
            String value = text(row, ProgressTableColumn.WBS);
            int depth = value != null && WBS.matcher(value).matches() ? wbsDepth(value) : 0;
            places.add(place(row, depth, name(row), ProgressTableColumn.WBS, value == null ? "" : value,
                    "import.problem.wbs"));
        }
        return new Tree(TreeSource.WBS_COLUMN, places);
    }

    private static int wbsDepth(String code) {
        String c = code.endsWith(".") ? code.substring(0, code.length() - 1) : code;
        return c.split("\\.").length;
    }

    /** Only when every name is numbered and the numbers nest: "3款竞品分析" alone is a name, not a code. */
    private Tree fromNumberedNames() {
        List<Place> places = new ArrayList<>();
        boolean nested = false;
        for (SheetRow row : rows) {
            String name = name(row);
            if (name == null) {
                places.add(new Place(null, null, null));
                continue;
            }
            Matcher m = NUMBERED_NAME.matcher(name);
            if (!m.matches()) {
                return null;
            }
            int depth = wbsDepth(Normalizer.normalize(m.group(1), Normalizer.Form.NFKC));
            nested |= depth > 1;
            String rest = m.group(2).strip();
            String code = Normalizer.normalize(m.group(1), Normalizer.Form.NFKC);
            Place place = place(row, depth, rest.isEmpty() ? null : rest, ProgressTableColumn.NAME, name, null);
            places.add(new Place(place.level(), place.name(), place.problem(), code));
        }
        return nested ? new Tree(TreeSource.NAME_NUMBERS, places) : null;
    }

    /** Each distinct indentation, from the least, is the next level. */
    private Tree fromIndentation() {
        List<Integer> widths = new ArrayList<>();
        TreeSet<Integer> distinct = new TreeSet<>();
        for (SheetRow row : rows) {
            int width = indentation(row.getCell(mapping.fields().get(ProgressTableColumn.NAME)));
            widths.add(width);
            if (name(row) != null) {
                distinct.add(width);
            }
        }
        if (distinct.size() < 2) {
            return null;
        }
        List<Integer> levels = new ArrayList<>(distinct);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            String name = name(row);
            int depth = name == null ? 0 : levels.indexOf(widths.get(i)) + 1;
            places.add(name == null ? new Place(null, null, null)
                    : place(row, depth, name, ProgressTableColumn.NAME, name, null));
        }
        return new Tree(TreeSource.INDENTATION, places);
    }

    /** Excel's indent counts as four spaces, a full-width space as two, a tab as four. */
    private static int indentation(SheetCell cell) {
        if (cell == null) {
            return 0;
        }
        int width = cell.indent() * 4;
        for (char c : cell.text().toCharArray()) {
            if (c == ' ' || c == '\u00A0') {
                width += 1;
            } else if (c == '\u3000') {
                width += 2;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width;
    }

    private Place place(SheetRow row, int depth, String name, ProgressTableColumn column, String value,
                        String unreadableKey) {
        if (depth >= 1 && depth <= 3) {
            return new Place(WorkItemLevel.values()[depth - 1], name, null, wbsCode(row));
        }
        String key = depth > 3 ? "import.problem.fourthLevel" : unreadableKey;
        return new Place(null, name, new TableProblem(row.getRowNum() + 1, mapping.headerOf(column), value, key),
                wbsCode(row));
    }

    /** The row's number in a WBS or 序号 column (1, 1.2, 3.), which the file's predecessors may use. */
    private String wbsCode(SheetRow row) {
        String value = text(row, ProgressTableColumn.WBS);
        if (value == null || !WBS.matcher(value).matches()) {
            return null;
        }
        return value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    }

    /** Trimmed cell text; blank and "-" (the users' way of writing "nothing") are null. */
    private String text(SheetRow row, ProgressTableColumn column) {
        Integer index = mapping.fields().get(column);
        SheetCell cell = index == null ? null : row.getCell(index);
        String v = cell == null ? "" : cell.text().strip();
        return v.isEmpty() || v.equals("-") || v.equals("—") ? null : v;
    }

    private String name(SheetRow row) {
        String name = text(row, ProgressTableColumn.NAME);
        return name == null ? null : name.replace('\u3000', ' ').strip();
    }
}
