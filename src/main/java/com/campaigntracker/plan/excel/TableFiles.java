package com.campaigntracker.plan.excel;

/**
 * Opens an uploaded table by what its bytes are, whatever its name claims: a zip (PK) is an .xlsx
 * workbook, an OLE2 compound file (D0 CF 11 E0) an old .xls workbook, and text (UTF-8, UTF-16 with its
 * mark, GBK/GB18030) a CSV table. Anything else is refused. (Microsoft Project's .mpp is OLE2 too: it is
 * routed by its name before it comes here, see {@code PlanImportService#isMsProject}.)
 */
final class TableFiles {

    /** Cells with values a sheet may hold: MAX_ROWS rows of 50 columns, far beyond a plan. */
    static final int MAX_CELLS = 250_000;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private TableFiles() {
    }

    static TableFile open(byte[] bytes, String fileName) {
        if (bytes.length > ProgressTableReader.MAX_BYTES) {
            throw new ProgressTableFormatException("import.file.tooBig", ProgressTableReader.MAX_BYTES / 1024 / 1024);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            return new XlsxTableFile(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            return new XlsTableFile(bytes);
        }
        String text = TableText.decode(bytes);
        if (text == null) {
            throw new ProgressTableFormatException("import.file.unknownKind");
        }
        if (TableText.isWebPage(text)) {
            // systems that "export to Excel" often send an HTML table named .xls
            throw new ProgressTableFormatException("import.file.webPage");
        }
        return new CsvTableFile(text, sheetName(fileName));
    }

    /** The file's name without folders and extension: the one sheet of a CSV file is named after it. */
    static String sheetName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return name.isBlank() ? "CSV" : name;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
