package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.plan.excel.TableProblem;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportAndProjectFormUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void signInAsManager() {
        signIn(fixtures.manager("importer-ui", "导入界面经理").getUsername());
        useLocale(AppLocales.CHINESE);
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = ImportAndProjectFormUiTest.class.getResourceAsStream("/demo/seed-progress-table.xlsx")) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_sample_previews_its_eleven_rows_and_imports_into_a_new_project() throws IOException {
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        view.preview(sample());

        @SuppressWarnings("unchecked")
        Grid<Object> rows = _get(Grid.class, s -> s.withId("import-rows"));
        assertThat(GridKt._size(rows)).isEqualTo(11);
        assertThat(_get(TextField.class, s -> s.withId("import-project-name")).getValue()).isEqualTo("新品上市推广");
        _get(TextField.class, s -> s.withId("import-project-name")).setValue("界面导入");
        Button importButton = _get(Button.class, s -> s.withId("import-confirm"));
        assertThat(importButton.isEnabled()).isTrue();

        ButtonKt._click(importButton);

        assertThat(_get(H2.class, s -> s.withId("project-name")).getText()).isEqualTo("界面导入");
        assertThat(GridKt._size(_get(PlanGrid.class))).isEqualTo(11);
    }

    @Test
    void a_table_with_problems_lists_them_by_row_and_cannot_be_imported() throws IOException {
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class).preview(brokenTable());

        @SuppressWarnings("unchecked")
        Grid<TableProblem> problems = _get(Grid.class, s -> s.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(problems, 0)).contains("2", "负责人", "查无此人", "系统中没有名为“查无此人”的人员。");
        assertThat(GridKt._getFormattedRow(problems, 1)).contains("3", "计划完成");
        assertThat(_get(Button.class, s -> s.withId("import-confirm")).isEnabled()).isFalse();
    }

    @Test
    void a_new_project_needs_a_name_and_is_created_from_the_form() {
        UI.getCurrent().navigate(ProjectListView.class);
        ButtonKt._click(_get(Button.class, s -> s.withId("new-project")));
        ProjectForm form = _get(ProjectForm.class);

        ButtonKt._click(_get(Button.class, s -> s.withId("project-form-save")));
        TextField name = _get(TextField.class, s -> s.withId("project-form-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写项目名称");
        assertThat(_find(ProjectForm.class)).hasSize(1); // still open, nothing lost

        name.setValue("节日促销活动");
        _get(DatePicker.class, s -> s.withId("project-form-start")).setValue(LocalDate.of(2027, 2, 1));
        _get(DatePicker.class, s -> s.withId("project-form-committed-end")).setValue(LocalDate.of(2027, 1, 1));
        ButtonKt._click(_get(Button.class, s -> s.withId("project-form-save")));
        assertThat(_get(DatePicker.class, s -> s.withId("project-form-committed-end")).isInvalid()).isTrue();

        _get(DatePicker.class, s -> s.withId("project-form-committed-end")).setValue(LocalDate.of(2027, 3, 1));
        ButtonKt._click(_get(Button.class, s -> s.withId("project-form-save")));

        assertThat(form.isOpened()).as(() -> form.binder().validate().getValidationErrors().toString()).isFalse();
        assertThat(_get(H2.class, s -> s.withId("project-name")).getText()).isEqualTo("节日促销活动");
    }

    private static byte[] brokenTable() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            String[][] cells = {
                    {"任务层级", "任务名称", "负责人", "计划开始", "计划完成"},
                    {"一级阶段", "阶段", "查无此人", "2024-03-01", "2024-03-10"},
                    {"二级模块", "模块", "小红", "2024-03-10", "2024-03-01"}};
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
