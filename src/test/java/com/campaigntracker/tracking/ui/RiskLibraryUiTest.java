package com.campaigntracker.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.tracking.RiskLibraryEntry;
import com.campaigntracker.tracking.RiskService;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9, the risk-point library: last year's two festivals both met the packaging supplier's capacity
 * risk; the library shows it once, seen twice, with its measure; planning this year's production, the
 * manager takes it from the suggestions and it becomes the new task's risk point.
 */
class RiskLibraryUiTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PeopleService people;
    @Autowired
    RiskService risks;

    @Test
    void the_library_lists_risks_of_finished_campaigns_and_a_suggestion_becomes_a_tasks_risk_point() {
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("risk-library");
        RiskLibraryView view = _get(RiskLibraryView.class);
        view.search.setValue("包材");
        List<RiskLibraryEntry> found = GridKt._findAll(view.grid);
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.timesSeen()).isEqualTo(2);
            assertThat(e.trigger()).isEqualTo("礼盒生产");
            assertThat(e.level()).isEqualTo(RiskLevel.HIGH);
            assertThat(e.measures()).containsExactly("预付定金锁定产能，同时备选第二家包材厂");
            assertThat(e.sourceProjects()).containsExactlyInAnyOrder("端午节礼盒促销", "中秋节礼盒促销");
        });
        view.level.setValue(RiskLevel.LOW);
        assertThat(GridKt._size(view.grid)).isZero();

        LocalDate mon = LocalDate.of(2034, 8, 7);
        // 张经理's own new project: the library he takes from is what he sees of the demo's past festivals
        long projectId = fixtures.project(people.findByUsername("zhang").orElseThrow(), "国庆礼盒", mon)
                .phase("执行").module("生产").task("国庆礼盒生产", null, mon, mon.plusDays(9)).create();
        UI.getCurrent().navigate("projects/" + projectId + "/risks");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("登记风险点")));
        RiskDialog dialog = _get(RiskDialog.class);
        WorkItemRow task = dialog.task.getListDataView().getItems().findFirst().orElseThrow();
        dialog.task.setValue(task);
        Button take = (Button) dialog.suggestions.getChildren().filter(c -> c instanceof Button).findFirst()
                .orElseThrow();
        ButtonKt._click(take);
        assertThat(dialog.description.getValue()).isEqualTo("包材供应商节前产能紧张，可能晚交 3 天");
        assertThat(dialog.level.getValue()).isEqualTo(RiskLevel.HIGH);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("risk-save")));
        assertThat(risks.ofTask(task.id())).singleElement().satisfies(r -> {
            assertThat(r.description()).isEqualTo("包材供应商节前产能紧张，可能晚交 3 天");
            assertThat(r.mitigation()).isEqualTo("预付定金锁定产能，同时备选第二家包材厂");
        });
    }
}
