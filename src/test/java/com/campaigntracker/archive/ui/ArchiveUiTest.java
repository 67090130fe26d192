package com.campaigntracker.archive.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.archive.ArchiveLine;
import com.campaigntracker.report.FinishedCampaign;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager generates the report from the archive page, then finds it by name, period and department. */
class ArchiveUiTest extends KaribuTest {

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_manager_generates_a_version_and_the_filters_find_it_by_name_period_and_department() {
        FinishedCampaign.Campaign campaign = FinishedCampaign.withNewPeople(context, clock, users);
        long projectId = campaign.id();
        signIn(campaign.manager().getUsername());
        useLocale(AppLocales.CHINESE);
        // from the retrospective's link: the project is chosen already
        UI.getCurrent().navigate("archive", QueryParameters.simple(Map.of("project", String.valueOf(projectId))));
        ArchiveView view = _get(ArchiveView.class);
        assertThat(view.project.getValue().id()).isEqualTo(projectId);
        ButtonKt._click(view.generate);
        assertThat(lastNotification()).endsWith("执行复盘报告第 1 版。");
        ButtonKt._click(view.generate);
        String name = view.project.getValue().name();

        view.search.setValue(name);
        List<ArchiveLine> found = GridKt._findAll(view.grid);
        assertThat(found).extracting(ArchiveLine::number).containsExactly(2, 1);
        assertThat(view.counts.getText()).isEqualTo("共 2 份报告，涉及 1 个项目");
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo("第 2 版");

        view.from.setValue(FinishedCampaign.MON.plusYears(1)); // ran before that
        assertThat(GridKt._size(view.grid)).isZero();
        view.from.setValue(FinishedCampaign.MON);
        view.to.setValue(FinishedCampaign.MON.plusDays(30));
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        long departmentId = campaign.department().id();
        view.department.setValue(view.department.getListDataView().getItems()
                .filter(d -> d.id() == departmentId).findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        view.department.setValue(view.department.getListDataView().getItems()
                .filter(d -> d.id() != departmentId).findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isZero();
    }
}
