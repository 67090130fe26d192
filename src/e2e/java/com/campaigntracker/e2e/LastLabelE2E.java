package com.campaigntracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a look at the running app showed (issue 20, "the last label"), as only a browser shows it: the project's
 * view bar on one line at 1500 px, every bar of the demo's plan in sight when its Gantt opens, a late task's
 * slip drawn after its bar.
 */
class LastLabelE2E extends BrowserTest {

    private static final int WIDTH = 1500;

    @Autowired
    JdbcTemplate jdbc;

    private long project(String name) {
        return jdbc.queryForObject("select id from project where name = ? order by id limit 1", Long.class, name);
    }

    private Page page(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, 900)
                .setLocale(locale));
        context.setDefaultTimeout(120_000); // a busy machine's first page waits for the development bundle
        Page page = context.newPage();
        signIn(page, "admin", "admin");
        return page;
    }

    @Test
    void the_project_view_bar_is_one_line_at_1500_px_on_every_project_page_in_both_languages() {
        long id = project("新品上市推广");
        for (String locale : List.of("zh-CN", "en-US")) {
            Page page = page(locale);
            for (String path : MainPages.forProject(id)) {
                page.navigate(url(path));
                Locator bar = page.locator(".project-views");
                bar.waitFor();
                @SuppressWarnings("unchecked")
                Map<String, Object> lines = (Map<String, Object>) bar.evaluate("nav => { const links = [...nav.querySelectorAll('a')];"
                        + " return { tops: new Set(links.map(a => Math.round(a.getBoundingClientRect().top))).size,"
                        + " bar: nav.getBoundingClientRect().height, link: links[0].getBoundingClientRect().height,"
                        + " links: links.length }; }");
                assertThat(((Number) lines.get("links")).intValue()).as(path).isEqualTo(MainPages.PROJECT.size());
                assertThat(((Number) lines.get("tops")).intValue()).as(locale + " " + path + " lines").isEqualTo(1);
                assertThat(((Number) lines.get("bar")).doubleValue()).as(locale + " " + path + " height")
                        .isLessThan(((Number) lines.get("link")).doubleValue() * 1.5);
            }
            page.context().close();
        }
    }

    @Test
    void every_bar_of_the_demo_plan_is_in_sight_when_its_gantt_opens_including_the_last_stage() {
        Page page = page("zh-CN");
        page.navigate(url("/projects/" + project("新品上市推广") + "/gantt"));
        page.locator("ct-gantt .gantt_task_line").first().waitFor();
        String lastStage = (String) page.locator("ct-gantt").evaluate("g => { let id = null;"
                + " g.chart.eachTask(t => { if (t.text === '收尾阶段') id = String(t.id); }); return id; }");
        Locator bar = page.locator("ct-gantt .gantt_task_line[data-task-id='" + lastStage + "']");
        bar.waitFor();
        BoundingBox box = bar.boundingBox();
        BoundingBox pane = page.locator("ct-gantt .gantt_task").boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(pane.x);
        assertThat(box.x + box.width).isLessThanOrEqualTo(pane.x + pane.width);
        page.context().close();
    }

    @Test
    void a_late_task_shows_its_slip_after_its_planned_bar_with_the_working_days_and_it_cannot_be_grabbed() {
        Page page = page("zh-CN");
        page.navigate(url("/projects/" + project("双十一节日促销") + "/gantt"));
        Locator slip = page.locator("ct-gantt .ct-gantt-overrun").first();
        slip.waitFor();
        String taskId = slip.getAttribute("data-task-id");
        BoundingBox planned = page.locator("ct-gantt .gantt_task_line[data-task-id='" + taskId + "']").boundingBox();
        BoundingBox late = slip.boundingBox();
        assertThat(late.x).isCloseTo(planned.x + planned.width, org.assertj.core.data.Offset.offset(2.0));
        assertThat(late.width).isPositive();
        assertThat(page.locator("ct-gantt .ct-gantt-overrun-label").first().textContent()).matches("已延期 \\d+ 个工作日");
        // the mouse goes through it: what lies under it is the chart's own cell, never a bar to drag
        assertThat(slip.evaluate("e => getComputedStyle(e.parentElement).pointerEvents")).isEqualTo("none");
        page.context().close();
    }
}
