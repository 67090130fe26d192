package com.campaigntracker.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.shared.i18n.AppLocales;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The texts Vaadin's components bring themselves follow the UI's language (issue 20, item 6). */
class ComponentTextsUiTest extends KaribuTest {

    @Test
    void the_import_upload_speaks_chinese_in_a_chinese_ui() {
        signIn("admin");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/import");

        UploadI18N i18n = _get(Upload.class, s -> s.withId("import-upload")).getI18n();
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("将文件拖到此处");
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(i18n.getFile().getRemove()).isEqualTo("移除");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("文件过大。");
    }

    @Test
    void the_import_upload_speaks_english_in_an_english_ui() {
        signIn("admin");
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("projects/import");

        UploadI18N i18n = _get(Upload.class, s -> s.withId("import-upload")).getI18n();
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("Drop the file here");
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Choose a file…");
    }

    @Test
    void a_date_picker_writes_dates_months_and_weekdays_as_the_language_does() {
        signIn("admin");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("archive");

        DatePicker.DatePickerI18n zh = _get(DatePicker.class, s -> s.withId("archive-from")).getI18n();
        assertThat(zh.getDateFormats()).startsWith("yyyy/M/d").contains("yyyy-M-d");
        assertThat(zh.getMonthNames()).hasSize(12).startsWith("一月").endsWith("十二月");
        assertThat(zh.getWeekdaysShort()).containsExactly("日", "一", "二", "三", "四", "五", "六");
        assertThat(zh.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(zh.getToday()).isEqualTo("今天");
        assertThat(zh.getCancel()).isEqualTo("取消");

        DatePicker picker = new DatePicker(LocalDate.of(2026, 10, 8));
        ComponentTexts.datePicker(picker);
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().add(picker); // attached into an English UI: its texts are English
        DatePicker.DatePickerI18n en = picker.getI18n();
        assertThat(en.getDateFormats()).startsWith("M/d/yyyy");
        assertThat(en.getMonthNames()).startsWith("January");
        assertThat(en.getFirstDayOfWeek()).isZero();
        assertThat(en.getToday()).isEqualTo("Today");
    }
}
