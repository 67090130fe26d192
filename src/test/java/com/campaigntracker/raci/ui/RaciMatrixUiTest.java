package com.campaigntracker.raci.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The matrix as a manager edits it with clicks and keys, and as a member sees it. */
class RaciMatrixUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2027, 6, 7);

    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RaciMatrixService raci;

    private long projectId;
    private Person ding;
    private Person wu;
    private Person manager;

    @BeforeEach
    void openMatrix() {
        manager = fixtures.manager("raci-ui", "矩阵界面经理");
        ding = fixtures.member("raci-ding", "小丁");
        wu = fixtures.member("raci-wu", "小戊");
        projectId = fixtures.project(manager, "矩阵界面", MON)
                .row(new PlanRow(WorkItemLevel.PHASE, "阶段", null, null, null, MON, MON.plusDays(4), null, null,
                        ProgressStatus.NOT_STARTED, 0, null, null, null, null, null, false, null))
                .row(new PlanRow(WorkItemLevel.MODULE, "模块", null, null, null, MON, MON.plusDays(4), null, null,
                        ProgressStatus.NOT_STARTED, 0, null, null, null, null, null, false, null))
                .task("丁的任务", ding, MON, MON.plusDays(4))
                .create();
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + projectId + "/raci");
        everyone();
    }

    /** Everyone's column (a large organisation's page opens on the project's people only). */
    @SuppressWarnings("unchecked")
    private void everyone() {
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("raci-department")).setValue("");
    }

    private long task() {
        return projects.workTree(projectId).orElseThrow().rows().get(2).id();
    }

    /** The task's cell for the person, as the grid renders it (row 2: 阶段, 模块, 丁的任务). */
    @SuppressWarnings("unchecked")
    private RaciCell cell(Person person) {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("raci-matrix"));
        return (RaciCell) GridKt._getCellComponent(grid, 2, "person-" + person.getId());
    }

    @SuppressWarnings("unchecked")
    private List<String> problemsShown() {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("raci-matrix"));
        return GridKt._getCellComponent(grid, 2, "problems").getChildren()
                .map(c -> ((com.vaadin.flow.component.html.Span) c).getText()).toList();
    }

    @Test
    void a_click_and_a_key_set_letters_and_the_problems_follow() {
        assertThat(cell(ding).letter()).isEqualTo(RaciLetter.R);
        assertThat(problemsShown()).containsExactly("缺少 A：无人验收交付物（启动会需要）");

        ButtonKt._click(cell(wu)); // empty → A: the R is 小丁's, a click does not take it away
        assertThat(cell(wu).letter()).isEqualTo(RaciLetter.A);
        assertThat(cell(ding).letter()).isEqualTo(RaciLetter.R);
        assertThat(problemsShown()).isEmpty();

        JsonObject key = Json.createObject();
        key.put(RaciCell.KEY_FILTER, true); // what the browser reports for a key that passes the filter
        key.put("event.key", "r"); // typed on purpose: 小戊 takes over as R
        BasicUtilsKt._fireDomEvent(cell(wu), "keydown", key);
        assertThat(cell(wu).letter()).isEqualTo(RaciLetter.R);
        assertThat(cell(ding).letter()).isNull();
        assertThat(problemsShown()).containsExactly("缺少 A：无人验收交付物（启动会需要）");

        key.put("event.key", "Delete");
        BasicUtilsKt._fireDomEvent(cell(wu), "keydown", key);
        assertThat(cell(wu).letter()).isNull();
        assertThat(problemsShown()).contains("缺少 R：由谁执行？");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_large_organisation_opens_on_the_projects_people_and_the_filter_shows_everyone() {
        for (int i = 0; i <= RaciMatrixView.PROJECT_FIRST_OVER; i++) {
            fixtures.member("raci-crowd", "矩阵群众" + i);
        }
        UI.getCurrent().navigate("projects/" + projectId + "/raci");

        var filter = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("raci-department"));
        assertThat(filter.getItemLabelGenerator().apply(filter.getValue())).isEqualTo("本项目人员");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("raci-matrix"));
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).containsExactlyInAnyOrder("item",
                "person-" + manager.getId(), "person-" + ding.getId(), "problems"); // the manager, and the R
        everyone();
        grid = _get(Grid.class, spec -> spec.withId("raci-matrix"));
        assertThat(grid.getColumnByKey("person-" + wu.getId())).isNotNull();
    }

    @Test
    void a_cell_someone_else_changed_is_not_overwritten() {
        RaciCell stale = cell(wu);
        raci.set(projectId, task(), wu.getId(), null, RaciLetter.I); // someone else, meanwhile
        ButtonKt._click(stale); // the user saw it empty and clicks for R
        assertThat(lastNotification()).contains("小戊");
        assertThat(cell(wu).letter()).isEqualTo(RaciLetter.I);
    }

    @Test
    void the_department_filter_narrows_the_columns_and_a_member_cannot_edit() {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> department =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("raci-department"));
        department.setValue("市场部");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("raci-matrix"));
        assertThat(grid.getColumnByKey("person-" + ding.getId())).isNull(); // 小丁 has no department
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).contains("item", "problems").hasSizeGreaterThan(3);
        department.setValue("无部门");
        grid = _get(Grid.class, spec -> spec.withId("raci-matrix"));
        assertThat(grid.getColumnByKey("person-" + ding.getId())).isNotNull();

        signIn(ding.getUsername());
        UI.getCurrent().navigate("projects/" + projectId + "/raci");
        RaciCell own = cell(ding);
        assertThat(own.getElement().hasAttribute("tabindex")).isFalse(); // no keyboard, no click handler
        assertThat(own.getElement().getAttribute("role")).isNull();
    }
}
