package com.campaigntracker.plan.excel;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * An old Excel workbook (.xls, BIFF8), read as a stream of records (POI's event model): no workbook is
 * built in memory, only the chosen sheet's cells are kept, capped like the .xlsx ones ({@link CollectedRows}).
 * Formulas are never evaluated: their cached values are read, as Excel last showed them; an error cell
 * reads as its code (#DIV/0!); numbers keep their format, which tells dates and percentages.
 */
final class XlsTableFile implements TableFile {

    /** Days from 1900-01-00 to 1904-01-01: a workbook on the 1904 date system counts from there. */
    private static final int DAYS_1900_TO_1904 = 1462;

    private final byte[] bytes;
    private List<BoundSheetRecord> sheets;
    private int cachedIndex = -1;
    private RawSheet cached;

    XlsTableFile(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public List<String> sheetNames() {
        return sheets().stream().map(BoundSheetRecord::getSheetname).toList();
    }

    @Override
    public boolean isHidden(int index) {
        BoundSheetRecord sheet = sheets().get(index);
        return sheet.isHidden() || sheet.isVeryHidden();
    }

    @Override
    public RawSheet sheet(int index) {
        if (index < 0 || index >= sheets().size()) {
            throw new ProgressTableFormatException("import.file.noSuchSheet", index + 1);
        }
        if (index != cachedIndex) {
            SheetReader reader = new SheetReader(sheets().get(index));
            process(reader);
            cached = new RawSheet(sheets().get(index).getSheetname(), reader.rows.rows());
            cachedIndex = index;
        }
        return cached;
    }

    private List<BoundSheetRecord> sheets() {
        if (sheets == null) {
            SheetReader globalsOnly = new SheetReader(null);
            process(globalsOnly);
            if (globalsOnly.sheets.isEmpty()) {
                throw new ProgressTableFormatException("import.file.empty");
            }
            sheets = globalsOnly.sheets;
        }
        return sheets;
    }

    private void process(SheetReader reader) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) { // an .xlsx protected by a password is an OLE2 file too
                throw new ProgressTableFormatException("import.file.encrypted");
            }
            if (!hasEntry(root, InternalWorkbook.WORKBOOK)) {
                // a Word file, a Project plan under another name; Excel 95 and older name their stream Book
                throw new ProgressTableFormatException(hasEntry(root, InternalWorkbook.OLD_WORKBOOK_DIR_ENTRY_NAME)
                        ? "import.file.oldExcel" : "import.file.unknownKind");
            }
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(reader);
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, root);
        } catch (ProgressTableFormatException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ProgressTableFormatException("import.file.encrypted");
        } catch (OldExcelFormatException e) {
            throw new ProgressTableFormatException("import.file.oldExcel");
        } catch (Exception e) {
            throw new ProgressTableFormatException("import.file.notXls");
        }
    }

    private static boolean hasEntry(DirectoryNode root, String name) {
        for (String entry : root.getEntryNames()) {
            if (entry.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Follows the records: the workbook's globals (sheet names, shared strings, formats), then the sheets'
     * streams in the order they lie in the file; keeps the cells of one sheet, and stops after it.
     */
    private static final class SheetReader extends AbortableHSSFListener {

        private static final short STOP = 1;

        final List<BoundSheetRecord> sheets = new ArrayList<>();
        final CollectedRows rows = new CollectedRows();
        private final BoundSheetRecord wanted;
        private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(null, Locale.ROOT);
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final List<ExtendedFormatRecord> cellFormats = new ArrayList<>();
        private BoundSheetRecord[] inFileOrder;
        private SSTRecord strings;
        private boolean date1904;
        private int depth;
        private int stream = -1;
        private boolean inWanted;
        private FormulaRecord pendingString;

        SheetReader(BoundSheetRecord wanted) {
            this.wanted = wanted;
        }

        @Override
        public short abortableProcessRecord(Record record) {
            formats.processRecordInternally(record);
            if (record instanceof BOFRecord bof) {
                depth++;
                if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) { // a sheet's stream (not a chart in it)
                    if (wanted == null) {
                        return STOP; // the globals were all that was asked
                    }
                    if (inFileOrder == null) {
                        inFileOrder = BoundSheetRecord.orderByBofPosition(sheets);
                    }
                    stream++;
                    inWanted = stream < inFileOrder.length && inFileOrder[stream].getSheetname()
                            .equals(wanted.getSheetname());
                }
                return 0;
            }
            if (record instanceof EOFRecord) {
                depth--;
                return depth == 0 && inWanted ? STOP : 0;
            }
            if (record instanceof BoundSheetRecord sheet) {
                sheets.add(sheet);
            } else if (record instanceof SSTRecord sst) {
                strings = sst;
            } else if (record instanceof ExtendedFormatRecord xf) {
                cellFormats.add(xf);
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            } else if (inWanted && depth == 1) {
                cell(record);
            }
            return 0;
        }

        private void cell(Record record) {
            if (record instanceof StringRecord string && pendingString != null) {
                add(pendingString, string.getString());
                pendingString = null;
            } else if (record instanceof LabelSSTRecord label && strings != null) {
                add(label, strings.getString(label.getSSTIndex()).getString());
            } else if (record instanceof LabelRecord label) {
                add(label, label.getValue());
            } else if (record instanceof NumberRecord number) {
                rows.add(number.getRow(), number.getColumn(), number(number, number.getValue()));
            } else if (record instanceof BoolErrRecord boolErr) {
                add(boolErr, boolErr.isBoolean() ? String.valueOf(boolErr.getBooleanValue()).toUpperCase(Locale.ROOT)
                        : FormulaError.forInt(boolErr.getErrorValue()).getString());
            } else if (record instanceof FormulaRecord formula) {
                CellType cached = formula.getCachedResultTypeEnum();
                switch (cached) {
                    case NUMERIC -> rows.add(formula.getRow(), formula.getColumn(), number(formula, formula.getValue()));
                    case STRING -> pendingString = formula; // its value is the StringRecord that follows
                    case BOOLEAN -> add(formula, formula.getCachedBooleanValue() ? "TRUE" : "FALSE");
                    case ERROR -> add(formula, FormulaError.forInt(formula.getCachedErrorValue()).getString());
                    default -> {
                        // an empty cached value: nothing to read
                    }
                }
            }
        }

        private SheetCell number(CellValueRecordInterface cell, double value) {
            int formatIndex = formats.getFormatIndex(cell);
            String found = formats.getFormatString(cell);
            String format = found == null ? "General" : found; // a cell whose style the file does not hold
            String text = formatter.formatRawCellContents(value, formatIndex, format, date1904);
            SheetCell read = new SheetCell(text, value, formatIndex, format, indent(cell));
            if (date1904 && read.isDate()) { // dates are told in the 1900 system everywhere else
                read = new SheetCell(text, value + DAYS_1900_TO_1904, formatIndex, format, indent(cell));
            }
            return read;
        }

        /** A text cell (booleans and errors read as their text, as in .xlsx), with its indent. */
        private void add(CellValueRecordInterface cell, String text) {
            rows.add(cell.getRow(), cell.getColumn(), new SheetCell(text, null, -1, null, indent(cell)));
        }

        private int indent(CellValueRecordInterface cell) {
            int xf = cell.getXFIndex();
            return xf >= 0 && xf < cellFormats.size() ? cellFormats.get(xf).getIndent() : 0;
        }
    }
}
