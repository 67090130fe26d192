package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.tracking.RiskService;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9, the risk-point library in planning: a manager adds a task to this year's plan and names
 * it like a task of last year's finished festivals; the packaging risk they met is offered with its
 * measure and record, and "Add" makes it a risk point of the new task. A task unlike any offers nothing.
 */
class RiskSuggestionsUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2034, 9, 4);

    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService planRows;
    @Autowired
    PeopleService people;
    @Autowired
    RiskService risks;

    @Test
    void a_task_added_to_the_plan_is_offered_the_risks_of_similar_finished_tasks() {
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        long projectId = TestPlans.project(projects, people, "zhang", "元旦礼盒", MON);
        planRows.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "元旦礼盒促销", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "备货", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "备货计划", null, MON, MON.plusDays(4), null)));
        UI.getCurrent().navigate("projects/" + projectId + "/plan");

        long added = addTaskUnder("备货", "元旦礼盒生产");
        RiskSuggestionsDialog dialog = _get(RiskSuggestionsDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("类似“元旦礼盒生产”的任务曾遇到的风险");
        Button add = _get(dialog, Button.class, s -> s.withText("加为风险点"));
        ButtonKt._click(add);
        assertThat(add.isEnabled()).isFalse();
        List<RiskLine> raised = risks.ofTask(added);
        assertThat(raised).singleElement().satisfies(r -> {
            assertThat(r.description()).isEqualTo("包材供应商节前产能紧张，可能晚交 3 天");
            assertThat(r.level()).isEqualTo(RiskLevel.HIGH);
            assertThat(r.mitigation()).isEqualTo("预付定金锁定产能，同时备选第二家包材厂");
        });
        ButtonKt._click(_get(Button.class, s -> s.withId("risk-suggestions-done")));
        assertThat(rowNamed("元旦礼盒生产").riskLevel()).isEqualTo(RiskLevel.HIGH);

        addTaskUnder("备货", "与财务核对发票");
        assertThat(_find(RiskSuggestionsDialog.class)).as("nothing finished looks like it").isEmpty();

        // renaming a task that was there before is editing, not adding: nothing is offered
        PlanGrid grid = _get(PlanGrid.class);
        long existing = rowNamed("备货计划").id();
        grid.edit(editable(grid, "备货计划"));
        MockVaadin.clientRoundtrip();
        ((TextField) grid.getColumnByKey("name").getEditorComponent()).setValue("礼盒生产计划");
        grid.getEditor().save();
        MockVaadin.clientRoundtrip();
        assertThat(rowNamed("礼盒生产计划").id()).isEqualTo(existing); // the same task, renamed and saved
        assertThat(projects.workTree(projectId).orElseThrow().rows()).filteredOn(r -> r.id() == existing)
                .extracting(WorkItemRow::name).containsExactly("礼盒生产计划");
        assertThat(_find(RiskSuggestionsDialog.class)).isEmpty();
        assertThat(risks.ofTask(existing)).isEmpty();
        // nor for a new phase named like a finished task
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("plan-actions")), "add-phase");
        grid = _get(PlanGrid.class);
        MockVaadin.clientRoundtrip();
        ((TextField) grid.getColumnByKey("name").getEditorComponent()).setValue("礼盒生产");
        grid.getEditor().save();
        MockVaadin.clientRoundtrip();
        assertThat(_find(RiskSuggestionsDialog.class)).isEmpty();
    }

    /** Adds a task under the module from the plan's menu and names it in the grid, as a manager does. */
    private long addTaskUnder(String module, String name) {
        PlanGrid grid = _get(PlanGrid.class);
        grid.select(editable(grid, module));
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("plan-actions")), "add-child");
        grid = _get(PlanGrid.class);
        MockVaadin.clientRoundtrip();
        TextField field = (TextField) grid.getColumnByKey("name").getEditorComponent();
        long id = grid.getEditor().getItem().id();
        field.setValue(name);
        grid.getEditor().save();
        MockVaadin.clientRoundtrip();
        return id;
    }

    private WorkItemRow rowNamed(String name) {
        return editable(_get(PlanGrid.class), name).row;
    }

    private static EditableRow editable(PlanGrid grid, String name) {
        return PlanGrid.flatten(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                        .filter(r -> r.row.level() == WorkItemLevel.PHASE).toList()).stream()
                .filter(r -> r.row.name().equals(name)).findFirst().orElseThrow();
    }
}
