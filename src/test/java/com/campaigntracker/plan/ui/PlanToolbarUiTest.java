package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.DependencyMode;
import com.campaigntracker.shared.i18n.AppLocales;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan's toolbar and grid say what each control is, in both languages (issue 20, "the last label"). */
class PlanToolbarUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2030, 6, 3);

    @Autowired
    Fixtures fixtures;

    private void openPlan(Locale locale) {
        Person manager = fixtures.manager("toolbar-m", "工具栏经理");
        long projectId = fixtures.project(manager, "工具栏", MON).phase("阶段").module("模块")
                .task("任务", manager, MON, MON.plusDays(4)).create();
        signIn(manager.getUsername());
        useLocale(locale);
        UI.getCurrent().navigate("projects/" + projectId + "/plan");
    }

    @Test
    void every_row_action_shows_a_word_beside_its_icon_and_names_itself_in_full_in_chinese() {
        openPlan(AppLocales.CHINESE);
        assertActions("降级", "升级", "上移", "下移", "删除", "变更记录");
        MenuItem indent = item("indent");
        assertThat(indent.getElement().getAttribute("aria-label")).isEqualTo("降级（成为上一项的子项）");
    }

    @Test
    void every_row_action_shows_a_word_beside_its_icon_in_english() {
        openPlan(Locale.ENGLISH);
        assertActions("Indent", "Outdent", "Move up", "Move down", "Delete", "History");
        assertThat(item("history").getElement().getAttribute("aria-label")).isEqualTo("History of the selected item");
    }

    @Test
    void the_dependency_choice_is_a_labelled_select_whose_answers_are_short() {
        openPlan(AppLocales.CHINESE);
        @SuppressWarnings("unchecked")
        Select<DependencyMode> mode = _get(Select.class, spec -> spec.withId("dependency-mode"));
        assertThat(mode.getLabel()).isEqualTo("日期违反依赖时");
        assertThat(mode.getItemLabelGenerator().apply(DependencyMode.REFUSE)).isEqualTo("拒绝修改");
        assertThat(mode.getItemLabelGenerator().apply(DependencyMode.MOVE_SUCCESSORS)).isEqualTo("顺延后续任务");
        assertThat(mode.getWidth()).isNull(); // as wide as its answer: nothing is cut off
    }

    @Test
    void every_column_of_the_plan_has_a_header() {
        openPlan(AppLocales.CHINESE);
        TreeGrid<?> grid = _get(TreeGrid.class, spec -> spec.withId("work-tree"));
        assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.getHeaderText()).as(c.getKey()).isNotBlank());
        assertThat(grid.getColumnByKey("hints").getHeaderText()).isEqualTo("提示");
    }

    private void assertActions(String... words) {
        String[] ids = {"indent", "outdent", "move-up", "move-down", "delete", "history"};
        for (int i = 0; i < ids.length; i++) {
            MenuItem item = item(ids[i]);
            assertThat(text(item)).as(ids[i]).isEqualTo(words[i]);
            assertThat(item.getElement().getAttribute("aria-label")).as(ids[i]).contains(words[i]);
        }
    }

    private static MenuItem item(String id) {
        MenuBar bar = _get(MenuBar.class, spec -> spec.withId("plan-actions"));
        return bar.getItems().stream().filter(i -> id.equals(i.getId().orElse(null))).findFirst().orElseThrow();
    }

    /** What the item shows in words (its icon has none). */
    private static String text(Component item) {
        return item.getElement().getTextRecursively().trim();
    }
}
