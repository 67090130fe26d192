package com.campaigntracker.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.template.TemplateDraft;
import com.campaigntracker.template.TemplateService;
import com.campaigntracker.template.TemplateStart;
import com.campaigntracker.template.TemplateSummary;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9, the template views: a manager browses the built-in templates and their plans, makes a
 * project from one (a refusal keeps what was chosen), saves that project as a template with a place
 * named "设计部 designer", finds it listed and deletes it; in English the built-ins read in English.
 */
class TemplatesUiTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    PeopleService people;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TemplateService templates;

    /** A new manager, signed in, reading Chinese. */
    private Person managerSignedIn() {
        Person manager = fixtures.manager("tpl-ui-m", "模板界面经理");
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        return manager;
    }

    /** The templates view with the launch template selected. */
    private TemplatesView launchTemplateSelected() {
        UI.getCurrent().navigate("templates");
        TemplatesView view = _get(TemplatesView.class);
        view.grid.select(GridKt._findAll(view.grid).get(0));
        return view;
    }

    /** The launch template made into a project of the signed-in manager, 小李 researching, 小张 designing. */
    private long launchProject(String name) {
        return templates.createProject("builtin:new-product-launch", java.util.Locale.SIMPLIFIED_CHINESE,
                new TemplateStart(name, LocalDate.of(2039, 1, 1), null, null, java.util.Map.of(
                        "researcher", person("xiaoli").id(), "designer", person("xiaozhang").id(),
                        "planner", person("xiaohong").id())));
    }

    @Test
    void the_built_in_templates_are_listed_with_their_plans_in_working_days_and_places_for_people() {
        managerSignedIn();
        UI.getCurrent().navigate("templates");
        TemplatesView view = _get(TemplatesView.class);
        List<TemplateSummary> listed = GridKt._findAll(view.grid);
        assertThat(listed.subList(0, 3)).extracting(TemplateSummary::name)
                .containsExactly("新品上市推广", "节日促销活动", "品牌联名策划");
        assertThat(listed.get(0).builtIn()).isTrue();
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("7", "66 个工作日", "产品内置");

        // the plan of the launch template: working days from the start, places for people
        view.grid.select(listed.get(0));
        assertThat(view.preview.isVisible()).isTrue();
        assertThat(GridKt._size(view.preview.items)).isEqualTo(11);
        assertThat(GridKt._getFormattedRow(view.preview.items, 2))
                .contains("1.1.1", "用户调研", "问卷数据报告、用户画像", "第 1–6 天", "市场部 用户研究", "市场部 市场策划");
        assertThat(GridKt._getFormattedRow(view.preview.items, 9)).contains("正式上线", "每日", "投放ROI低于预期");
        assertThat(GridKt._getFormattedRow(view.preview.items, 1)).as("a module spans its tasks")
                .contains("1.1", "调研阶段", "第 1–11 天");
        assertThat(GridKt._getFormattedRow(view.preview.items, 0)).contains("第 1–66 天");
    }

    @Test
    void a_project_is_made_from_a_template_with_people_proposed_and_refusals_keep_what_was_chosen() {
        Person manager = managerSignedIn();
        TemplatesView view = launchTemplateSelected();
        ButtonKt._click(action(view, 0, "create-from-builtin-new-product-launch"));
        CreateFromTemplateDialog create = _get(CreateFromTemplateDialog.class);
        assertThat(create.people).containsKeys("manager", "designer", "media", "sales");
        assertThat(create.people.get("manager").getValue().username()).isEqualTo(manager.getUsername());
        PersonOption xiaozhang = person("xiaozhang");
        assertThat(create.people.get("designer").getValue()).as("the only person of 设计部").isEqualTo(xiaozhang);
        assertThat(create.people.get("researcher").getValue()).as("市场部 has several people").isNull();
        create.people.get("researcher").setValue(person("xiaoli"));
        // Saturday 1 January 2039: the plan starts on Monday the 3rd
        create.start.setValue(LocalDate.of(2039, 1, 1));
        assertThat(create.dates.getText()).contains("2039年1月1日 不是工作日").contains("2039年1月3日");
        create.name.setValue(" ");
        ButtonKt._click(create.create);
        assertThat(create.isOpened()).as("refused: the name is missing").isTrue();
        assertThat(create.name.isInvalid()).isTrue();
        assertThat(create.name.getErrorMessage()).isEqualTo("请填写项目名称。");
        assertThat(create.people.get("researcher").getValue()).as("what was chosen stays").isEqualTo(person("xiaoli"));
        String name = "新品上市推广 2039";
        create.name.setValue(name);
        // the manager takes the planner's place too: they would accept their own wrap-up report
        create.people.get("planner").setValue(person(manager.getUsername()));
        ButtonKt._click(create.create);
        assertThat(create.isOpened()).isTrue();
        assertThat(create.error.getText()).startsWith("模板界面经理 将同时担任“收尾阶段”的负责人和审批人");
        assertThat(create.name.getValue()).as("what was typed stays").isEqualTo(name);
        assertThat(create.people.get("researcher").getValue()).isEqualTo(person("xiaoli"));
        create.people.get("planner").setValue(person("xiaohong"));
        ButtonKt._click(create.create);

        // the new project's plan opens
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("projects/\\d+/plan");
        long projectId = Long.parseLong(path.split("/")[1]);
        WorkTree tree = projects.workTree(projectId).orElseThrow();
        assertThat(tree.project().name()).isEqualTo(name);
        assertThat(tree.project().start()).isEqualTo(LocalDate.of(2039, 1, 3));
        WorkItemRow research = tree.rows().stream().filter(r -> r.name().equals("用户调研")).findFirst().orElseThrow();
        assertThat(research.ownerName()).isEqualTo("小李");
        assertThat(tree.rows().stream().filter(r -> r.name().equals("物料设计")).findFirst().orElseThrow().ownerName())
                .isEqualTo("小张");
    }

    @Test
    void the_plans_save_as_template_names_the_places_refuses_an_empty_one_and_lists_the_new_template() {
        managerSignedIn();
        String name = "新品上市推广 2039";
        long projectId = launchProject(name);
        UI.getCurrent().navigate("projects/" + projectId + "/plan");
        // the plan's "save as template" opens the form for this project
        ButtonKt._click(_get(Button.class, s -> s.withId("save-as-template")));
        SaveTemplateDialog save = _get(SaveTemplateDialog.class);
        assertThat(save.project.getValue().id()).isEqualTo(projectId);
        assertThat(save.name.getValue()).isEqualTo(name + " 模板");
        assertThat(save.contents.getText()).contains("共 11 项、7 个任务");
        String designerPlace = save.labels.entrySet().stream()
                .filter(e -> e.getValue().getValue().startsWith("设计部")).findFirst().orElseThrow().getKey();
        save.labels.get(designerPlace).setValue(" ");
        ButtonKt._click(save.save);
        assertThat(save.error.getText()).isEqualTo("每个岗位占位都需要名称。");
        assertThat(save.name.getValue()).as("kept").isEqualTo(name + " 模板");
        save.labels.get(designerPlace).setValue("设计部 designer");
        ButtonKt._click(save.save);
        assertThat(save.isOpened()).isFalse();

        TemplatesView again = _get(TemplatesView.class);
        TemplateSummary mine = again.grid.asSingleSelect().getValue();
        assertThat(mine.name()).isEqualTo(name + " 模板");
        assertThat(mine.placeholders()).extracting(p -> p.label()).contains("设计部 designer", "项目经理");
        assertThat(mine.sourceProjectName()).isEqualTo(name);
        assertThat(again.preview.isVisible()).isTrue();
    }

    @Test
    void the_manager_deletes_a_template_of_their_own_from_the_list() {
        managerSignedIn();
        long projectId = launchProject("新品上市推广 2039");
        String key = templates.save(projectId, new TemplateDraft("新品上市推广 2039 模板", null, java.util.Map.of(),
                "项目经理"));
        UI.getCurrent().navigate("templates");
        TemplatesView again = _get(TemplatesView.class);
        TemplateSummary mine = GridKt._findAll(again.grid).stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow();
        ButtonKt._click(action(again, GridKt._findAll(again.grid).indexOf(mine), "delete-" + mine.key().replace(':', '-')));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._findAll(again.grid)).extracting(TemplateSummary::key).doesNotContain(mine.key());
    }

    @Test
    void in_english_the_built_in_templates_read_in_english() {
        signIn("zhang");
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate("templates");
        TemplatesView view = _get(TemplatesView.class);
        assertThat(GridKt._findAll(view.grid).subList(0, 3)).extracting(TemplateSummary::name)
                .containsExactly("New-product launch", "Holiday promotion", "Co-branding");
        view.grid.select(GridKt._get(view.grid, 1));
        assertThat(GridKt._getFormattedRow(view.preview.items, 5))
                .contains("Gift-box packaging purchase", "采购部 buyer", "day 9–18");
    }

    /** A button of the row's action cell, by id. */
    private static Button action(TemplatesView view, int row, String id) {
        Component cell = GridKt._getCellComponent(view.grid, row, "actions");
        return (Button) cell.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private PersonOption person(String username) {
        return people.people().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }
}
