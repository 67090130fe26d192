package com.campaigntracker.plan.excel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The row of a sheet that names its columns: the first row, unless a title sits above the headers
 * ("2024 新品上市推广进度表") — then the row among the first few whose cells are most often exactly a
 * field's word (a data cell such as 未开始 may hold a word, it is not one). Its
 * signature identifies a layout: the same headers in the same places, however they are spelt
 * (normalised), give the same signature, so a mapping chosen once is found again.
 */
record TableHeader(int position, int rowNumber, Map<Integer, String> headers) {

    /** A title and a blank line or two may stand above the headers; not more. */
    private static final int ROWS_LOOKED_AT = 6;

    static TableHeader find(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            return new TableHeader(0, 1, Map.of());
        }
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < Math.min(ROWS_LOOKED_AT, rows.size()); i++) {
            int count = fieldsNamed(rows.get(i));
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        SheetRow header = rows.get(best);
        Map<Integer, String> headers = new TreeMap<>();
        header.cells().forEach((column, cell) -> headers.put(column, cell.text().strip()));
        return new TableHeader(best, header.getRowNum() + 1, headers);
    }

    private static int fieldsNamed(SheetRow row) {
        Set<ProgressTableColumn> fields = EnumSet.noneOf(ProgressTableColumn.class);
        row.cells().values().forEach(cell -> HeaderVocabulary.match(cell.text()).filter(HeaderVocabulary.Match::exact)
                .ifPresent(m -> fields.add(m.field())));
        return fields.size();
    }

    /** The rows below the header. */
    List<SheetRow> dataRows(List<SheetRow> rows) {
        return rows.isEmpty() ? List.of() : rows.subList(position + 1, rows.size());
    }

    /** Columns with text in the header row, or with values below it, in their order. */
    String header(int column) {
        return headers.getOrDefault(column, "");
    }

    /** SHA-256 over the normalised headers and their places. */
    String signature() {
        StringBuilder text = new StringBuilder();
        headers.forEach((column, header) -> text.append(column).append('=').append(HeaderVocabulary.normalise(header))
                .append('\u001F'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
