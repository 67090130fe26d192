package com.campaigntracker.plan.excel;

/**
 * One column of an uploaded table as the preview shows it: where it is (0-based), its header as
 * written, a value from its first row that has one, and the field it is read as ({@code null}:
 * ignored). {@code chosen} tells a choice of the manager's (now or remembered) from a guess.
 */
public record ImportColumn(int index, String header, String sample, ProgressTableColumn field, boolean chosen) {

    public boolean ignored() {
        return field == null;
    }

    /** The column's letters as Excel shows them: A, B, … Z, AA. */
    public String letters() {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}
