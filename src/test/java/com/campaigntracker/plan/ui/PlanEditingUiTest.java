package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan grid as a manager uses it, on a project of its own: 1 阶段 › 1.1 模块 › 1.1.1 甲 → 1.1.2 乙. */
class PlanEditingUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Autowired
    Fixtures fixtures;

    private Person manager;
    private PlanGrid grid;

    @BeforeEach
    void openPlan() {
        manager = fixtures.manager("planner-ui", "界面经理");
        long id = fixtures.project(manager, "界面测试", MON).phase("阶段").module("模块")
                .task("甲", null, MON, MON.plusDays(4))
                .task("乙", null, MON.plusDays(7), MON.plusDays(9), "1.1.1")
                .create();
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + id + "/plan");
        grid = _get(PlanGrid.class);
    }

    private List<String> names() {
        grid = _get(PlanGrid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).row.name()).toList();
    }

    private EditableRow rowNamed(String name) {
        grid = _get(PlanGrid.class);
        return PlanGrid.flatten(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(r -> r.row.level() == WorkItemLevel.PHASE).toList()).stream()
                .filter(r -> r.row.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_cell_edited_in_place_is_saved_and_enter_moves_on_to_the_next_row() {
        grid.edit(rowNamed("甲"));
        MockVaadin.clientRoundtrip(); // the editor opens with the server's response
        TextField name = (TextField) grid.getColumnByKey("name").getEditorComponent();
        name.setValue("甲（改）");
        grid.getEditor().save();
        MockVaadin.clientRoundtrip();

        assertThat(names()).contains("甲（改）").doesNotContain("甲");
        assertThat(grid.getEditor().isOpen()).isTrue();
        assertThat(grid.getEditor().getItem().row.name()).isEqualTo("乙");
    }

    @Test
    void a_date_that_breaks_a_dependency_is_refused_with_a_message_and_what_was_typed_stays() {
        grid.edit(rowNamed("乙"));
        MockVaadin.clientRoundtrip();
        DatePicker start = (DatePicker) grid.getColumnByKey("plannedStart").getEditorComponent();
        start.setValue(MON.plusDays(1));
        grid.getEditor().save();
        MockVaadin.clientRoundtrip();

        assertThat(lastNotification()).contains("1.1.2 乙").contains("1.1.1 甲");
        assertThat(grid.getEditor().isOpen()).isTrue();
        assertThat(start.getValue()).isEqualTo(MON.plusDays(1));
        assertThat(rowNamed("乙").row.plannedStart()).isEqualTo(MON.plusDays(7));
    }

    @Test
    void items_are_added_indented_and_a_fourth_level_is_refused() {
        grid.select(rowNamed("模块"));
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("plan-actions")), "add-child");
        assertThat(names()).contains("新条目");
        assertThat(rowNamed("新条目").row.wbs()).isEqualTo("1.1.3");

        grid.select(rowNamed("乙"));
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("plan-actions")), "indent");
        assertThat(lastNotification()).contains("最多三级");
        assertThat(rowNamed("乙").row.level()).isEqualTo(WorkItemLevel.TASK);
    }

    @Test
    void deleting_a_parent_asks_first_and_says_how_many_items_go_with_it() {
        grid.select(rowNamed("模块"));
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("plan-actions")), "delete");

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("1.1 模块").contains("2");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(names()).containsExactly("阶段");
    }

    @Test
    void the_history_of_the_selected_item_shows_who_changed_it() {
        grid.select(rowNamed("甲"));
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("plan-actions")), "history");
        HistoryDialog history = _get(HistoryDialog.class);
        assertThat(history.getHeaderTitle()).isEqualTo("1.1.1 甲 的变更记录");
        assertThat(_get(history, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("history-head")).getText())
                .contains("界面经理 (" + manager.getUsername() + ")").contains("创建");
    }
}
