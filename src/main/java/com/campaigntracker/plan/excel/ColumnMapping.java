package com.campaigntracker.plan.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which column holds which field: the manager's choices first (a field chosen for two columns is read
 * from the first), then for every field still free the column whose header names it most specifically
 * (the first of equals). Every column of the file is listed, mapped or ignored.
 */
record ColumnMapping(List<ImportColumn> columns, Map<ProgressTableColumn, Integer> fields) {

    static ColumnMapping of(TableHeader header, List<SheetRow> data,
                            Map<Integer, Optional<ProgressTableColumn>> choices) {
        TreeSet<Integer> indexes = new TreeSet<>(header.headers().keySet());
        data.forEach(row -> indexes.addAll(row.cells().keySet()));
        Map<ProgressTableColumn, Integer> fields = new EnumMap<>(ProgressTableColumn.class);
        for (Integer column : indexes) {
            Optional<ProgressTableColumn> chosen = choices.get(column);
            if (chosen != null && chosen.isPresent()) {
                fields.putIfAbsent(chosen.get(), column);
            }
        }
        Map<ProgressTableColumn, HeaderVocabulary.Match> best = new EnumMap<>(ProgressTableColumn.class);
        Map<ProgressTableColumn, Integer> guessed = new EnumMap<>(ProgressTableColumn.class);
        for (Integer column : indexes) {
            if (choices.containsKey(column)) {
                continue;
            }
            HeaderVocabulary.match(header.header(column)).ifPresent(match -> {
                if (!fields.containsKey(match.field()) && (!best.containsKey(match.field())
                        || match.specificity() > best.get(match.field()).specificity())) {
                    best.put(match.field(), match);
                    guessed.put(match.field(), column);
                }
            });
        }
        fields.putAll(guessed);
        Map<Integer, ProgressTableColumn> byColumn = new java.util.HashMap<>();
        fields.forEach((field, column) -> byColumn.put(column, field));
        List<ImportColumn> columns = new ArrayList<>();
        for (Integer column : indexes) {
            columns.add(new ImportColumn(column, header.header(column), sample(data, column), byColumn.get(column),
                    choices.containsKey(column)));
        }
        return new ColumnMapping(Collections.unmodifiableList(columns), Collections.unmodifiableMap(fields));
    }

    /** The first value below the header, as a hint of what the column holds. */
    private static String sample(List<SheetRow> data, int column) {
        for (SheetRow row : data) {
            SheetCell cell = row.getCell(column);
            if (cell != null && !cell.text().isBlank()) {
                String text = cell.text().strip();
                return text.length() <= 40 ? text : text.substring(0, 40) + "…";
            }
        }
        return "";
    }

    /** Header as written of the column a field is read from, or the field's own header. */
    String headerOf(ProgressTableColumn field) {
        Integer column = fields.get(field);
        if (column == null) {
            return field.header();
        }
        return columns.stream().filter(c -> c.index() == column).map(ImportColumn::header)
                .filter(h -> !h.isBlank()).findFirst().orElse(field.header());
    }

    /** Headers (or letters) of the columns read as nothing: those that could hold a missing field. */
    List<String> unmapped() {
        return columns.stream().filter(ImportColumn::ignored)
                .map(c -> c.header().isBlank() ? c.letters() : c.header()).toList();
    }
}
