package com.campaigntracker.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.i18n.AppLocales;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every project page starts the same way ({@link ProjectPage}): a project that does not exist, one the
 * user may not see, and an id that is not a number all get the page "not found" and its title; a project
 * the user may see is titled with its name.
 */
class ProjectPageUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2030, 9, 2);
    /** The ten project pages, by what follows {@code projects/:projectId}. */
    private static final List<String> PAGES = List.of("", "/plan", "/gantt", "/raci", "/kickoff", "/updates",
            "/risks", "/digest", "/retrospective", "/channels");
    private static final String NOT_FOUND = "该项目不存在，或您不是项目成员。";
    private static final String APP = " · 营销进度跟进";

    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    com.campaigntracker.plan.ProjectService projects;

    private long mine;
    private long others;

    @BeforeEach
    void createProjects() {
        clock.setTo(LocalDateTime.of(MON, LocalTime.of(9, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        Person manager = fixtures.manager("page-m", "页面经理");
        Person other = fixtures.manager("page-o", "别人的经理");
        mine = fixtures.project(manager, "页面项目", MON).phase("阶段").module("模块")
                .task("任务", manager, MON, MON.plusDays(4)).activate();
        others = fixtures.project(other, "别人的项目", MON).activate();
        signIn(manager.getUsername());
        useLocale(AppLocales.CHINESE);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The page's title as the views give it, the application's name after it. */
    private static String title() {
        return ((HasDynamicTitle) view()).getPageTitle();
    }

    private static Component view() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void an_unknown_a_foreign_and_a_malformed_project_are_not_found_on_every_page() {
        for (String page : PAGES) {
            for (String id : List.of(String.valueOf(others), "999999999", "abc")) {
                UI.getCurrent().navigate("projects/" + id + page);
                assertThat(_get(Paragraph.class, spec -> spec.withId("project-not-found")).getText())
                        .as(id + page).isEqualTo(NOT_FOUND);
                assertThat(view().getChildren().count()).as(id + page).isEqualTo(1); // nothing else of the page
                assertThat(title()).as(id + page).isEqualTo(NOT_FOUND + APP);
            }
        }
    }

    @Test
    void a_project_the_user_may_see_gives_every_page_its_name_as_title() {
        String name = projects.workTree(mine).orElseThrow().project().name(); // "页面项目 (n)": the fixtures make it unique
        for (String page : PAGES) {
            UI.getCurrent().navigate("projects/" + mine + page);
            assertThat(title()).as(page).isEqualTo(name + APP);
            assertThat(view().getChildren().count()).as(page).isGreaterThan(1);
        }
    }
}
