package com.campaigntracker.plan.excel;

/** Opens an uploaded table by what its bytes are, whatever its name claims. */
final class TableFiles {

    private TableFiles() {
    }

    static TableFile open(byte[] bytes, String fileName) {
        if (bytes.length > ProgressTableReader.MAX_BYTES) {
            throw new ProgressTableFormatException("import.file.tooBig", ProgressTableReader.MAX_BYTES / 1024 / 1024);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            return new XlsxTableFile(bytes);
        }
        throw new ProgressTableFormatException("import.file.notXlsx");
    }
}
