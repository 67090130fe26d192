package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads are hostile until read: size, content type, zip bombs and XML external entities. */
class UnsafeFilesTest {

    private static void refused(byte[] file, String key) {
        assertThatThrownBy(() -> new ProgressTableReader().read(file))
                .isInstanceOf(ProgressTableFormatException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                        ((ProgressTableFormatException) e).messageKey()).isEqualTo(key));
    }

    @Test
    void a_file_over_five_megabytes_is_refused() {
        byte[] big = new byte[ProgressTableReader.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        refused(big, "import.file.tooBig");
    }

    @Test
    void something_that_is_not_a_table_is_refused() {
        // text is a CSV table now, whatever the name; bytes that are no text, and a broken zip, are refused
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, "import.file.unknownKind");
        refused(new byte[] {'P', 'K', 3, 4, 0, 0, 0}, "import.file.notXlsx");
    }

    @Test
    void a_zip_bomb_is_refused_before_it_is_inflated() throws IOException {
        // 200 MB of identical rows deflate to a few hundred kilobytes; as the first sheet of a workbook, they are read
        byte[] workbook;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("进度表");
            wb.write(out);
            workbook = out.toByteArray();
        }
        byte[] bomb = LargeWorkbooksTest.withEntry(workbook, "xl/worksheets/sheet1.xml", LargeWorkbooksTest::hugeSheet);
        refused(bomb, "import.file.zipBomb");
    }

    @Test
    void a_workbook_with_an_external_entity_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&xxe;</Types>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        refused(out.toByteArray(), "import.file.unsafe");
    }

    private static byte[] contentTypes() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8);
    }
}
