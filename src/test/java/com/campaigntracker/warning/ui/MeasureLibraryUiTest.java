package com.campaigntracker.warning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.warning.CauseType;
import com.campaigntracker.warning.MeasureEntry;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, the measures library: in last year's two festivals the gift-box design came late and both
 * times design and sampling were run side by side; the library lists that measure once, taken twice,
 * with the cause it answered and its record, found by words and by kind of cause.
 */
class MeasureLibraryUiTest extends KaribuTest {

    @Test
    void the_measures_of_finished_campaigns_are_listed_with_their_causes_and_record() {
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("measure-library");
        MeasureLibraryView view = _get(MeasureLibraryView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(MeasureEntry::description)
                .contains("生产线加开夜班", "设计与打样并行，每天与工厂确认");

        view.search.setValue("打样");
        MeasureEntry parallel = GridKt._findAll(view.grid).stream()
                .filter(e -> e.description().equals("设计与打样并行，每天与工厂确认")).findFirst().orElseThrow();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(parallel.timesTaken()).isEqualTo(2);
        assertThat(parallel.causes()).containsExactly("供应商打样两次返工，礼盒结构改为抽屉式");
        assertThat(parallel.sourceProjects()).containsExactlyInAnyOrder("端午节礼盒促销", "中秋节礼盒促销");
        // both design tasks still finished after their planned finish: the measure did not make up the delay
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("客观", "采用 2 次，奏效 0 次（0%）");
        assertThat(view.counts.getText()).isEqualTo("共 1 条措施");

        view.causeType.setValue(CauseType.SUBJECTIVE);
        assertThat(GridKt._findAll(view.grid)).extracting(MeasureEntry::description).doesNotContain("设计与打样并行，每天与工厂确认");
        view.causeType.setValue(CauseType.OBJECTIVE);
        assertThat(GridKt._findAll(view.grid)).extracting(MeasureEntry::description).containsExactly("设计与打样并行，每天与工厂确认");
    }
}
