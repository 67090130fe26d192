package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** CSV tables as Excel and other programs save them: encodings, separators, quotes, and the caps. */
class CsvTablesTest {

    private static final String TABLE = "任务层级,任务名称,计划开始\r\n一级阶段,双十一,2026/10/8\r\n";

    private static List<List<String>> cells(byte[] bytes, String fileName) {
        TableFile file = TableFiles.open(bytes, fileName);
        assertThat(file).isInstanceOf(CsvTableFile.class);
        return file.sheet(0).rows().stream().map(r -> new TreeMap<>(r.cells()).values().stream()
                .map(SheetCell::text).toList()).toList();
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }

    @Test
    void utf8_with_and_without_its_byte_order_mark_reads_the_same() {
        List<List<String>> expected = List.of(List.of("任务层级", "任务名称", "计划开始"), List.of("一级阶段", "双十一", "2026/10/8"));
        assertThat(cells(TABLE.getBytes(StandardCharsets.UTF_8), "plan.csv")).isEqualTo(expected);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(cells(withBom(bom, TABLE.getBytes(StandardCharsets.UTF_8)), "plan.csv")).isEqualTo(expected);
    }

    @Test
    void gbk_and_gb18030_as_excel_writes_them_on_chinese_windows_are_read() {
        List<List<String>> expected = List.of(List.of("任务层级", "任务名称", "计划开始"), List.of("一级阶段", "双十一", "2026/10/8"));
        assertThat(cells(TABLE.getBytes(Charset.forName("GBK")), "计划.csv")).isEqualTo(expected);
        // characters beyond GBK (𠀀, ㄱ) only GB18030 holds
        String rare = "任务层级,任务名称\n一级阶段,𠀀计划ㄱ€\n";
        assertThat(cells(rare.getBytes(Charset.forName("GB18030")), "计划.csv").get(1)).containsExactly("一级阶段", "𠀀计划ㄱ€");
    }

    @Test
    void utf16_with_its_mark_as_excel_saves_unicode_text_is_read_with_tabs() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = "任务层级\t任务名称\r\n一级阶段\t推广, 预热\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(cells(withBom(bom, text), "plan.txt")).containsExactly(List.of("任务层级", "任务名称"),
                List.of("一级阶段", "推广, 预热"));
    }

    @Test
    void quoted_fields_hold_separators_quotes_and_line_breaks() {
        String csv = "任务层级,任务名称,任务描述\n"
                + "三级任务,\"海报, 横幅\",\"第一行\r\n第二行\"\n"
                + "三级任务,\"他说\"\"好\"\"\",\"\"\n"
                + "三级任务,最后一行,没有换行";
        TableFile file = TableFiles.open(csv.getBytes(StandardCharsets.UTF_8), "plan.csv");
        List<SheetRow> rows = file.sheet(0).rows();
        assertThat(rows).extracting(SheetRow::getRowNum).containsExactly(0, 1, 2, 3);
        assertThat(rows.get(1).getCell(1).text()).isEqualTo("海报, 横幅");
        assertThat(rows.get(1).getCell(2).text()).isEqualTo("第一行\r\n第二行");
        assertThat(rows.get(2).getCell(1).text()).isEqualTo("他说\"好\"");
        assertThat(rows.get(2).getCell(2)).isNull(); // an empty field is no cell
        assertThat(rows.get(3).getCell(2).text()).isEqualTo("没有换行");
    }

    @Test
    void empty_lines_keep_the_row_numbers_excel_shows() {
        TableFile file = TableFiles.open("任务层级,任务名称\n\n一级阶段,推广\n,,\n三级任务,海报\n".getBytes(StandardCharsets.UTF_8),
                "plan.csv");
        assertThat(file.sheet(0).rows()).extracting(SheetRow::getRowNum).containsExactly(0, 2, 4);
    }

    @Test
    void the_separator_is_the_one_the_header_line_holds_most_of() {
        assertThat(cells("任务层级;任务名称;计划开始\n一级阶段;推广, 预热;2026-10-08\n".getBytes(StandardCharsets.UTF_8), "p.csv"))
                .containsExactly(List.of("任务层级", "任务名称", "计划开始"), List.of("一级阶段", "推广, 预热", "2026-10-08"));
        assertThat(cells("任务层级\t任务名称\n一级阶段\t推广; 预热\n".getBytes(StandardCharsets.UTF_8), "p.csv"))
                .containsExactly(List.of("任务层级", "任务名称"), List.of("一级阶段", "推广; 预热"));
        // a separator inside a quoted header is not counted
        assertThat(cells("\"层级;级别\",任务名称\n一级阶段,推广\n".getBytes(StandardCharsets.UTF_8), "p.csv").get(0))
                .containsExactly("层级;级别", "任务名称");
        // Excel's own hint on the first line
        assertThat(cells("sep=;\n任务层级;任务名称\n一级阶段;推广, 预热\n".getBytes(StandardCharsets.UTF_8), "p.csv"))
                .containsExactly(List.of("任务层级", "任务名称"), List.of("一级阶段", "推广, 预热"));
    }

    @Test
    void the_one_sheet_is_named_after_the_file() {
        TableFile file = TableFiles.open(TABLE.getBytes(StandardCharsets.UTF_8), "C:\\计划\\双十一进度表.csv");
        assertThat(file.sheetNames()).containsExactly("双十一进度表");
        assertThat(file.isHidden(0)).isFalse();
        assertThat(file.firstSheetWithData()).isZero();
        assertThat(file.sheet(0).name()).isEqualTo("双十一进度表");
        assertThatThrownBy(() -> file.sheet(1)).isInstanceOfSatisfying(ProgressTableFormatException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.file.noSuchSheet"));
    }

    @Test
    void a_table_read_from_csv_is_read_like_a_workbook() {
        String csv = "任务层级,任务名称,计划开始,计划完成,完成度\n"
                + "一级阶段,双十一,2026/10/8,2026年11月11日,\n"
                + "二级模块,预热,10月8日,10/20,0.5\n"
                + "三级任务,\"海报, 横幅\",2026.10.8,10月12日,1\n";
        ProgressTable table = new ProgressTableReader().read(csv.getBytes(Charset.forName("GBK")), "双十一.csv");
        assertThat(table.problems()).isEmpty();
        assertThat(table.rows()).extracting(ProgressTableRow::name, r -> String.valueOf(r.plannedStart()),
                        r -> String.valueOf(r.plannedFinish()), ProgressTableRow::percentComplete)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("双十一", "2026-10-08", "2026-11-11", 0),
                        org.assertj.core.groups.Tuple.tuple("预热", "2026-10-08", "2026-10-20", 50),
                        org.assertj.core.groups.Tuple.tuple("海报, 横幅", "2026-10-08", "2026-10-12", 100));
    }

    @Test
    void more_rows_than_a_plan_holds_are_refused_and_exactly_the_limit_is_read() {
        StringBuilder csv = new StringBuilder("任务层级,任务名称\n一级阶段,阶段\n");
        for (int r = 2; r <= ProgressTableReader.MAX_ROWS; r++) {
            csv.append("二级模块,模块").append(r).append('\n');
        }
        byte[] atLimit = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(new ProgressTableReader().read(atLimit, "plan.csv").rows()).hasSize(ProgressTableReader.MAX_ROWS);
        byte[] over = (csv + "二级模块,多一行\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ProgressTableReader().read(over, "plan.csv"))
                .isInstanceOfSatisfying(ProgressTableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.tooManyRows");
                    assertThat(e.args()).containsExactly(ProgressTableReader.MAX_ROWS);
                });
    }

    @Test
    void a_line_of_countless_cells_is_refused_before_it_fills_the_memory() {
        // 1.2 MB: a few hundred thousand one-letter cells, far more than a plan's table
        byte[] wide = ("任务层级,任务名称\n" + "x,".repeat(600_000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ProgressTableReader().read(wide, "plan.csv"))
                .isInstanceOfSatisfying(ProgressTableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.tooManyCells"));
    }

    @Test
    void a_csv_over_five_megabytes_is_refused() {
        byte[] big = "任务层级,任务名称\n".repeat(ProgressTableReader.MAX_BYTES / 10).getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(ProgressTableReader.MAX_BYTES);
        assertThatThrownBy(() -> TableFiles.open(big, "plan.csv")).isInstanceOfSatisfying(
                ProgressTableFormatException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.tooBig"));
    }

    @Test
    void an_unclosed_quote_reads_to_the_end_as_one_field() {
        TableFile file = TableFiles.open("任务层级,任务名称\n三级任务,\"未闭合\n还在字段里".getBytes(StandardCharsets.UTF_8), "p.csv");
        Map<Integer, String> last = file.sheet(0).rows().get(1).cells().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
        assertThat(last).containsEntry(1, "未闭合\n还在字段里");
    }
}
