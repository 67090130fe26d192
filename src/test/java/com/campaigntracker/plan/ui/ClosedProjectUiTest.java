package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.ui.RecordBanner;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.campaigntracker.SignIn;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * M6 on the pages: a closed project's plan says it is a record and offers no edit control, to its manager
 * and to an administrator; an administrator reopens it from its dashboard with a reason, which its pages show.
 */
class ClosedProjectUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2031, 6, 2);

    @Autowired
    Fixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    TimelineService timelines;
    @Autowired
    MutableClock clock;

    private Person manager;
    private Person admin;
    private long projectId;

    @BeforeEach
    void closedProject() {
        manager = fixtures.manager("record-m", "存档经理");
        admin = fixtures.person("record-admin", "存档管理员", Role.ADMIN);
        projectId = fixtures.project(manager, "存档项目", MON).phase("阶段").module("模块")
                .task("唯一任务", null, MON, MON.plusDays(4)).activate();
        SignIn.as(users, manager.getUsername());
        WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().get(2);
        timelines.setProgress(task.id(), task.version(), 100);
        projects.close(projectId, projects.workTree(projectId).orElseThrow().project().version());
        assertThat(projects.workTree(projectId).orElseThrow().project().status()).isEqualTo(ProjectStatus.CLOSED);
        SignIn.out();
        useLocale(AppLocales.CHINESE);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_closed_projects_plan_shows_the_banner_and_no_edit_controls_to_its_manager_and_an_administrator() {
        for (Person who : new Person[] {manager, admin}) {
            signIn(who.getUsername());
            UI.getCurrent().navigate("projects/" + projectId + "/plan");
            assertThat(_get(RecordBanner.class, spec -> spec.withId("record-banner")).getElement().getTextRecursively())
                    .as(who.getUsername()).contains("本项目已结项").contains("管理员可填写原因后重新打开");
            assertThat(_find(MenuBar.class, spec -> spec.withId("plan-actions"))).as("no add/edit menu").isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("edit-project"))).isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("import-into"))).isEmpty();
            assertThat(_get(Button.class, spec -> spec.withId("history-button")).isVisible()).isTrue(); // reading stays
            UI.getCurrent().navigate("projects/" + projectId + "/gantt");
            assertThat(_find(RecordBanner.class, spec -> spec.withId("record-banner"))).hasSize(1);
            assertThat(_find(Button.class, spec -> spec.withId("save-baseline"))).isEmpty();
            UI.getCurrent().navigate("projects/" + projectId + "/risks");
            assertThat(_find(RecordBanner.class, spec -> spec.withId("record-banner"))).hasSize(1);
            assertThat(_find(Button.class, spec -> spec.withId("add-risk"))).as("hidden").isEmpty();
        }
    }

    @Test
    void an_administrator_reopens_it_from_its_dashboard_with_a_reason_which_its_plan_then_shows() {
        signIn(manager.getUsername());
        UI.getCurrent().navigate("projects/" + projectId);
        assertThat(_find(Button.class, spec -> spec.withId("reopen-project"))).as("not for its manager").isEmpty();

        signIn(admin.getUsername());
        UI.getCurrent().navigate("projects/" + projectId);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reopen-project")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reopen-project-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reopen-error")).getText()).isEqualTo("请说明重新打开项目的原因。");
        assertThat(projects.workTree(projectId).orElseThrow().project().status()).isEqualTo(ProjectStatus.CLOSED);
        _get(TextArea.class, spec -> spec.withId("reopen-reason")).setValue("<b>补录</b> 结项日期有误");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reopen-project-confirm")));
        assertThat(projects.workTree(projectId).orElseThrow().project().status()).isEqualTo(ProjectStatus.ACTIVE);

        UI.getCurrent().navigate("projects/" + projectId + "/plan");
        assertThat(_find(RecordBanner.class, spec -> spec.withId("record-banner"))).isEmpty();
        RecordBanner note = _get(RecordBanner.class, spec -> spec.withId("reopened-note"));
        assertThat(note.getElement().getTextRecursively()).startsWith("存档管理员 于 ").endsWith("重新打开：<b>补录</b> 结项日期有误");
        assertThat(note.getElement().getChild(0).getProperty("innerHTML")).as("text, never HTML").isNull();
        assertThat(_find(MenuBar.class, spec -> spec.withId("plan-actions"))).hasSize(1); // editable again
    }
}
