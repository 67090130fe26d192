package com.campaigntracker.plan.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx workbook, streamed (SAX) from a temporary file: only the chosen sheet is inflated, and the
 * rows kept are capped at {@link ProgressTableReader#MAX_ROWS}.
 */
final class XlsxTableFile implements TableFile {

    static {
        // a zip bomb is refused before it is inflated: a 5 MB file never legitimately expands 100-fold,
        // and no part of a plan's workbook needs more than 20 MB once inflated
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
    }

    private final byte[] bytes;
    private List<String> names;
    private List<Boolean> hidden;
    private int cachedIndex = -1;
    private RawSheet cached;

    XlsxTableFile(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public List<String> sheetNames() {
        if (names == null) {
            withWorkbook((pkg, workbook) -> {
                List<String> found = new ArrayList<>();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) workbook.getSheetsData();
                while (sheets.hasNext()) {
                    sheets.next().close();
                    found.add(sheets.getSheetName());
                }
                Set<String> hiddenNames = new HashSet<>();
                try (InputStream book = workbook.getWorkbookData()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes) {
                            String state = attributes.getValue("state"); // hidden, veryHidden
                            boolean sheet = "sheet".equals(localName) || qName.equals("sheet") || qName.endsWith(":sheet");
                            if (sheet && state != null && !state.equals("visible")) {
                                hiddenNames.add(attributes.getValue("name"));
                            }
                        }
                    });
                    parser.parse(new InputSource(book));
                }
                names = found;
                hidden = found.stream().map(hiddenNames::contains).toList();
                return null;
            });
        }
        return names;
    }

    @Override
    public boolean isHidden(int index) {
        sheetNames();
        return hidden.get(index);
    }

    @Override
    public RawSheet sheet(int index) {
        if (index != cachedIndex) { // the default sheet is looked at, then read
            cached = read(index);
            cachedIndex = index;
        }
        return cached;
    }

    private RawSheet read(int index) {
        if (index < 0) {
            throw new ProgressTableFormatException("import.file.noSuchSheet", index + 1);
        }
        return withWorkbook((pkg, workbook) -> {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) workbook.getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream sheet = sheets.next()) {
                    if (i < index) {
                        continue;
                    }
                    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                    SheetRows rows = new SheetRows();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new IndentingHandler(workbook.getStylesTable(), strings, rows));
                    parser.parse(new InputSource(sheet));
                    return new RawSheet(sheets.getSheetName(), rows.rows);
                }
            }
            throw new ProgressTableFormatException(index == 0 ? "import.file.empty" : "import.file.noSuchSheet",
                    index + 1);
        });
    }

    private interface WorkbookTask<T> {
        T run(OPCPackage pkg, XSSFReader workbook) throws Exception;
    }

    private <T> T withWorkbook(WorkbookTask<T> task) {
        Path file = null;
        try {
            // from a file, a zip is read entry by entry where it lies: from memory, POI inflates every part
            file = Files.createTempFile("ct-import-", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return task.run(pkg, new XSSFReader(pkg));
            }
        } catch (ProgressTableFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new ProgressTableFormatException(classify(e));
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

    /**
     * POI's handler, which also tells {@link SheetRows} each cell's indent (Excel's "increase indent":
     * one of the ways a table shows its outline), read from the cell's style before the cell is reported.
     */
    private static final class IndentingHandler extends XSSFSheetXMLHandler {

        private final StylesTable styles;
        private final SheetRows rows;

        IndentingHandler(StylesTable styles, ReadOnlySharedStringsTable strings, SheetRows rows) {
            super(styles, strings, rows, rows.formatter, false);
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                String style = attributes.getValue("s");
                int indent = 0;
                if (style != null && styles != null) {
                    try {
                        int index = Integer.parseInt(style);
                        indent = index < styles.getNumCellStyles() ? styles.getStyleAt(index).getIndention() : 0;
                    } catch (NumberFormatException ignored) {
                        // a malformed style reference: no indent
                    }
                }
                rows.indent = indent;
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Keeps the rows of the sheet as they stream by, and stops past MAX_ROWS rows with values. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<SheetRow> rows = new ArrayList<>();
        final CapturingFormatter formatter = new CapturingFormatter();
        private Map<Integer, SheetCell> current;
        private int currentRow;
        private int lastColumn;
        int indent;

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
                if (rows.size() > ProgressTableReader.MAX_ROWS) { // the header and MAX_ROWS rows are kept
                    throw new ProgressTableFormatException("import.file.tooManyRows", ProgressTableReader.MAX_ROWS);
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
            current.put(column, raw == null ? new SheetCell(text, null, -1, null, indent)
                    : new SheetCell(text, raw.value(), raw.formatIndex(), raw.format(), indent));
            indent = 0;
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
}
