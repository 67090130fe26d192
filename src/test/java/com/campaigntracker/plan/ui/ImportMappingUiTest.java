package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.plan.excel.ProgressTableColumn;
import com.campaigntracker.plan.excel.TableProblem;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 20: the manager maps a column the importer did not understand; the mapping is remembered. */
class ImportMappingUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void signInAsManager() {
        signIn(fixtures.manager("mapping-ui", "映射界面经理").getUsername());
        useLocale(AppLocales.CHINESE);
    }

    @Test
    void a_column_mapped_by_hand_recomputes_the_preview_imports_and_is_offered_again_for_the_same_headers()
            throws IOException {
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class).preview(table("推广", "筹备"), "plan-de.xlsx");

        // not understood: named with the columns that could hold it, nothing importable
        Grid<TableProblem> problems = problems();
        assertThat(GridKt._size(problems)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(problems, 0))
                .contains("没有列被读取为“任务名称”。请在未导入的列中选一列作为它：Bezeichnung、Notiz。");
        assertThat(button().isEnabled()).isFalse();
        Select<ProgressTableColumn> name = column(1);
        assertThat(name.getLabel()).isEqualTo("Bezeichnung");
        assertThat(name.getHelperText()).isEqualTo("推广");
        assertThat(name.getValue()).isNull();
        assertThat(name.getItemLabelGenerator().apply(ProgressTableColumn.NAME)).isEqualTo("任务名称");
        assertThat(column(0).getValue()).isEqualTo(ProgressTableColumn.LEVEL);
        assertThat(column(2).getValue()).isEqualTo(ProgressTableColumn.OWNER);
        // hidden (Karibu finds visible components only): one sheet, nothing remembered yet
        assertThat(_find(Select.class, s -> s.withId("import-sheet"))).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withId("import-remembered"))).isEmpty();

        name.setValue(ProgressTableColumn.NAME);

        // recomputed at once
        assertThat(_find(Grid.class, s -> s.withId("import-problems"))).isEmpty();
        assertThat(GridKt._size(rows())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(rows(), 0)).contains("推广");
        assertThat(column(1).getValue()).isEqualTo(ProgressTableColumn.NAME);
        assertThat(_get(Paragraph.class, s -> s.withId("import-tree")).getText()).contains("层级列");
        assertThat(_get(TextField.class, s -> s.withId("import-project-name")).getValue()).isEqualTo("推广");
        assertThat(button().isEnabled()).isTrue();

        ButtonKt._click(button());
        assertThat(_get(H2.class, s -> s.withId("project-name")).getText()).isEqualTo("推广");
        assertThat(GridKt._size(_get(PlanGrid.class))).isEqualTo(2);

        // the next file with the same headers: read as mapped, and said so
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class).preview(table("总结", "归档"), "plan-de-2.xlsx");
        assertThat(_get(Paragraph.class, s -> s.withId("import-remembered")).getText())
                .isEqualTo("已按您上次为相同表头的文件所做的列映射读取。");
        assertThat(column(1).getValue()).isEqualTo(ProgressTableColumn.NAME);
        assertThat(GridKt._size(rows())).isEqualTo(2);
        assertThat(button().isEnabled()).isTrue();

        // set back to ignored: the problem is back, naming the column again
        column(1).setValue(null);
        assertThat(GridKt._getFormattedRow(problems(), 0).get(3)).contains("：Bezeichnung、Notiz");
        assertThat(button().isEnabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Select<ProgressTableColumn> column(int index) {
        return _get(Select.class, s -> s.withId("import-column-" + index));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TableProblem> problems() {
        return _get(Grid.class, s -> s.withId("import-problems"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> rows() {
        return _get(Grid.class, s -> s.withId("import-rows"));
    }

    private static Button button() {
        return _get(Button.class, s -> s.withId("import-confirm"));
    }

    /** A table whose name column has a header the importer does not know. */
    private static byte[] table(String phase, String module) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            String[][] cells = {{"层级", "Bezeichnung", "负责人", "Notiz"}, {"阶段", phase, "张经理", "x"},
                    {"模块", module, "小红", "y"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
