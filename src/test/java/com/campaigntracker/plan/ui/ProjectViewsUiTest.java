package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.ui.LoginView;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.ui.StatusBadge;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class ProjectViewsUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2030, 6, 3);

    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void without_signing_in_every_view_shows_the_login_page() {
        UI.getCurrent().navigate("projects");
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(ProjectListView.class)).isEmpty();
    }

    @Test
    void a_manager_signs_in_and_lists_exactly_the_projects_he_manages_or_has_a_task_in() {
        Person manager = fixtures.manager("list-m", "列表经理");
        Person other = fixtures.manager("list-o", "别的经理");
        long managed = fixtures.project(manager, "他管的", MON).create();
        long withATask = fixtures.project(other, "他负责一项任务的", MON).phase("阶段").module("模块")
                .task("任务", manager, MON, MON.plusDays(4)).create();
        fixtures.project(other, "与他无关的", MON).create();
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate(ProjectListView.class);

        @SuppressWarnings("unchecked")
        Grid<ProjectSummary> projects = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat(GridKt._findAll(projects)).extracting(ProjectSummary::id)
                .containsExactlyInAnyOrder(managed, withATask);
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("列表经理");
    }

    @Test
    void the_manager_signs_in_and_opens_the_example_campaign_with_its_eleven_rows_in_colour() {
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate(ProjectListView.class);

        @SuppressWarnings("unchecked")
        Grid<ProjectSummary> projects = _get(Grid.class, spec -> spec.withId("project-grid"));
        // the demo's, and what other tests made of 张经理's: the list's exact contents are the test above's
        List<String> listed = IntStream.range(0, GridKt._size(projects)).mapToObj(i -> GridKt._get(projects, i).name())
                .toList();
        assertThat(listed).contains("新品上市推广");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("张经理");

        GridKt._clickItem(projects, listed.indexOf("新品上市推广"));

        assertThat(_get(H2.class, spec -> spec.withId("project-name")).getText()).isEqualTo("新品上市推广");
        @SuppressWarnings("unchecked")
        TreeGrid<EditableRow> tree = _get(TreeGrid.class, spec -> spec.withId("work-tree"));
        assertThat(GridKt._size(tree)).isEqualTo(11);
        List<String> names = IntStream.range(0, 11).mapToObj(i -> GridKt._get(tree, i).row.name()).toList();
        assertThat(names).containsExactly("新品上市推广", "调研阶段", "用户调研", "竞品分析", "筹备阶段", "创意定稿",
                "物料设计", "执行阶段", "线上预热", "正式上线", "收尾阶段");
        assertThat(GridKt._getFormattedRow(tree, 2)).contains("1.1.1", "用户调研", "任务", "小李", "需协调销售部提供客户资源");
        StatusBadge badge = (StatusBadge) GridKt._getCellComponent(tree, 2, "status");
        assertThat(badge.getText()).isEqualTo("未开始");
        assertThat(badge.getClassNames()).contains("status-badge", "status-grey");
        assertThat(tree.getColumnByKey("plannedStart").getHeaderText()).isEqualTo("计划开始");
    }

    @Test
    void the_same_view_speaks_english_to_an_english_user() {
        clock.setTo(MON.atTime(9, 0).atZone(clock.getZone()).toInstant()); // its task not started, and not yet late
        Person manager = fixtures.manager("english-m", "English manager");
        fixtures.project(manager, "Launch", MON).phase("Research").module("Survey").task("Interviews", manager, MON,
                MON.plusDays(4)).create();
        signIn(manager.getUsername());
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate(ProjectListView.class);
        @SuppressWarnings("unchecked")
        Grid<ProjectSummary> projects = _get(Grid.class, spec -> spec.withId("project-grid"));
        GridKt._clickItem(projects, 0); // his only project

        @SuppressWarnings("unchecked")
        TreeGrid<EditableRow> tree = _get(TreeGrid.class, spec -> spec.withId("work-tree"));
        assertThat(tree.getColumnByKey("plannedStart").getHeaderText()).isEqualTo("Planned start");
        assertThat(tree.getColumnByKey("owner").getHeaderText()).isEqualTo("Responsible");
        assertThat(((StatusBadge) GridKt._getCellComponent(tree, 0, "status")).getText()).isEqualTo("Not started");
        assertThat(GridKt._getFormattedRow(tree, 0)).contains("Phase");
    }

    @Test
    void logging_out_ends_the_authentication() {
        signIn("zhang");
        UI.getCurrent().navigate(ProjectListView.class);

        _click(_get(Button.class, spec -> spec.withId("logout")));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_project_the_user_is_not_part_of_does_not_open() {
        signIn("zhang");
        UI.getCurrent().navigate(ProjectListView.class);
        @SuppressWarnings("unchecked")
        Grid<ProjectSummary> projects = _get(Grid.class, spec -> spec.withId("project-grid"));
        long id = GridKt._get(projects, 0).id();
        signIn("lijie");
        UI.getCurrent().navigate("projects/" + id + "/plan");

        assertThat(_get(Paragraph.class, spec -> spec.withId("project-not-found")).getText()).isNotBlank();
        assertThat(_find(TreeGrid.class)).isEmpty();
    }
}
