package com.campaigntracker.archive.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.archive.ArchiveLine;
import com.campaigntracker.archive.ArchiveService;
import com.campaigntracker.archive.CampaignFigures;
import com.campaigntracker.report.FinishedCampaign;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two archived campaigns side by side: last year's demo 中秋节礼盒促销 and a small launch of the tests. */
class CompareUiTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    ArchiveService archive;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void two_archived_campaigns_are_compared_in_a_table_and_charts() {
        long launch = FinishedCampaign.withNewPeople(context, clock, users).id();
        archive.generate(launch, Locale.SIMPLIFIED_CHINESE);
        clock.reset();
        signIn("admin");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("archive/compare");
        CompareView view = _get(CompareView.class);
        assertThat(view.hint.isVisible()).isTrue();
        Set<ArchiveLine> chosen = view.campaigns.getListDataView().getItems()
                .filter(a -> a.projectName().equals("中秋节礼盒促销") || a.projectId() == launch)
                .collect(Collectors.toSet());
        view.campaigns.setValue(chosen);
        List<CampaignFigures> rows = GridKt._findAll(view.grid);
        assertThat(rows).hasSize(2);
        CampaignFigures midAutumn = rows.stream().filter(f -> f.projectName().equals("中秋节礼盒促销")).findFirst()
                .orElseThrow();
        assertThat(midAutumn.plannedDays()).isEqualTo(30);
        assertThat(midAutumn.actualDays()).isEqualTo(30);
        assertThat(midAutumn.onTimeRate()).isEqualTo(67); // 4 of 6 tasks by the baseline
        assertThat(midAutumn.averageDelay()).isEqualTo(2.5); // 3 and 2 working days late
        assertThat(midAutumn.escalations()).isEqualTo(1);
        assertThat(List.of(midAutumn.progressRating(), midAutumn.riskRating(), midAutumn.responsibilityRating()))
                .containsExactly(4, 3, 4);
        int index = rows.indexOf(midAutumn);
        assertThat(GridKt._getFormattedRow(view.grid, index).get(1)).isEqualTo("计划 30 / 实际 30");
        // M6: which archived version is compared; one version each, so no flag
        assertThat(GridKt._getFormattedRow(view.grid, index)).last().isEqualTo("第 1 版（共 1 版）");
        assertThat(view.versionsNote.isVisible()).isFalse();
        assertThat(view.charts.getChildren().count()).isEqualTo(3);
        assertThat(view.hint.isVisible()).isFalse();
    }
}
