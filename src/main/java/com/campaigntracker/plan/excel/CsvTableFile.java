package com.campaigntracker.plan.excel;

import java.util.List;

/**
 * A CSV table (RFC 4180): fields separated by commas, or by tabs or semicolons as some programs and
 * locales save them (the separator is the one the header line holds most of, outside quotes; Excel's
 * {@code sep=;} first line also says it); a field in double quotes may hold separators, line breaks and
 * doubled quotes. One sheet, named after the file; every cell is text.
 */
final class CsvTableFile implements TableFile {

    private static final char[] SEPARATORS = {',', '\t', ';'};

    private final String text;
    private final String name;
    private RawSheet sheet;

    CsvTableFile(String text, String name) {
        this.text = text;
        this.name = name;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(name);
    }

    @Override
    public boolean isHidden(int index) {
        return false;
    }

    @Override
    public RawSheet sheet(int index) {
        if (index != 0) {
            throw new ProgressTableFormatException("import.file.noSuchSheet", index + 1);
        }
        if (sheet == null) {
            sheet = new RawSheet(name, parse());
        }
        return sheet;
    }

    private List<SheetRow> parse() {
        int start = 0;
        char separator;
        int firstLineEnd = lineEnd(0);
        String firstLine = text.substring(0, firstLineEnd).strip();
        if (firstLine.length() == 5 && firstLine.regionMatches(true, 0, "sep=", 0, 4)) {
            separator = firstLine.charAt(4);
            start = skipLineBreak(firstLineEnd);
        } else {
            separator = sniff();
        }
        CollectedRows rows = new CollectedRows();
        int row = 0;
        int column = 0;
        int i = start;
        StringBuilder field = new StringBuilder();
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                // a quoted field: up to the quote not doubled; text after it up to the separator is kept
                i++;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                continue;
            }
            if (c == separator) {
                rows.add(row, column++, SheetCell.text(field.toString()));
                field.setLength(0);
                i++;
            } else if (c == '\r' || c == '\n') {
                rows.add(row++, column, SheetCell.text(field.toString()));
                field.setLength(0);
                column = 0;
                i = skipLineBreak(i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!field.isEmpty() || column > 0) {
            rows.add(row, column, SheetCell.text(field.toString()));
        }
        return rows.rows();
    }

    /** The separator the header line (the first line, outside quotes) holds most of; a comma when none. */
    private char sniff() {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\r' || c == '\n')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** Past one line break: CRLF, LF or CR. */
    private int skipLineBreak(int i) {
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
