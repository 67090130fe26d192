package com.campaigntracker.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The component alone, in a mocked UI: what it sends, what it escapes, how it answers gestures. */
class GanttTest {

    private static final LocalDate MON = LocalDate.of(2027, 3, 1);
    private Gantt gantt;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        gantt = new Gantt();
        UI.getCurrent().add(gantt);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static GanttTask task(String id, String text, int startOffset) {
        return GanttTask.builder(id, text).dates(MON.plusDays(startOffset), MON.plusDays(startOffset + 2)).build();
    }

    private static List<GanttTask> tasks(int n) {
        List<GanttTask> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(task("t" + i, "Task " + i, i));
        }
        return all;
    }

    private void fireMove(String id, String start, String end) {
        JsonObject data = Json.createObject();
        data.put("event.detail.id", id);
        data.put("event.detail.start", start);
        data.put("event.detail.end", end);
        BasicUtilsKt._fireDomEvent(gantt, "task-moved", data);
        MockVaadin.clientRoundtrip();
    }

    @Test
    void everything_goes_once_then_only_what_differs() {
        List<GanttTask> all = tasks(1000);
        List<GanttLink> links = List.of(new GanttLink("l1", "t1", "t2", GanttLinkType.FS, 0, ""));
        gantt.setData(all, links);
        MockVaadin.clientRoundtrip();
        GanttUpdate first = gantt.getLastUpdate();
        assertThat(first.full()).isTrue();
        assertThat(first.taskIds()).hasSize(1000);

        gantt.setData(all, links);
        MockVaadin.clientRoundtrip();
        assertThat(gantt.getLastUpdate()).isSameAs(first); // nothing differed, nothing went

        List<GanttTask> changed = new ArrayList<>(all);
        changed.set(500, task("t500", "Renamed", 500));
        changed.remove(999);
        gantt.setData(changed, List.of());
        MockVaadin.clientRoundtrip();
        GanttUpdate update = gantt.getLastUpdate();
        assertThat(update.full()).isFalse();
        assertThat(update.taskIds()).containsExactly("t500");
        assertThat(update.removedTaskIds()).containsExactly("t999");
        assertThat(update.removedLinkIds()).containsExactly("l1");
        assertThat(update.characters()).isLessThan(first.characters() / 50);
    }

    @Test
    void a_chart_attached_again_gets_everything_again() {
        gantt.setData(tasks(3), List.of());
        MockVaadin.clientRoundtrip();
        UI.getCurrent().remove(gantt);
        UI.getCurrent().add(gantt);
        MockVaadin.clientRoundtrip();
        assertThat(gantt.getLastUpdate().full()).isTrue();
        assertThat(gantt.getLastUpdate().taskIds()).hasSize(3);
    }

    @Test
    void a_rejected_move_sends_the_task_back_as_it_was() {
        gantt.setData(tasks(3), List.of());
        MockVaadin.clientRoundtrip();
        List<TaskMovedEvent> seen = new ArrayList<>();
        gantt.addTaskMovedListener(e -> {
            seen.add(e);
            e.reject();
        });

        fireMove("t1", "2027-03-08", "2027-03-10");

        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e.getTaskId()).isEqualTo("t1");
            assertThat(e.getStart()).isEqualTo(MON.plusDays(7));
            assertThat(e.getEnd()).isEqualTo(MON.plusDays(9));
        });
        assertThat(gantt.getLastUpdate().taskIds()).containsExactly("t1");
        assertThat(gantt.getTask("t1").start()).isEqualTo(MON.plusDays(1));
    }

    @Test
    void an_accepted_move_that_lands_where_the_server_had_it_is_still_sent_back() {
        gantt.setData(tasks(3), List.of());
        MockVaadin.clientRoundtrip();
        gantt.addTaskMovedListener(e -> gantt.setData(tasks(3), List.of())); // the server snapped it back

        fireMove("t1", "2027-03-06", "2027-03-08");

        assertThat(gantt.getLastUpdate().taskIds()).containsExactly("t1");
    }

    @Test
    void a_read_only_chart_refuses_forged_gestures_without_asking_its_listeners() {
        gantt.setData(tasks(3), List.of());
        gantt.setReadOnly(true);
        MockVaadin.clientRoundtrip();
        List<Object> seen = new ArrayList<>();
        gantt.addTaskMovedListener(seen::add);

        fireMove("t1", "2027-03-08", "2027-03-10");
        fireMove("unknown", "2027-03-08", "2027-03-10");

        assertThat(seen).isEmpty();
        assertThat(gantt.getLastUpdate().taskIds()).containsExactly("t1");
    }

    @Test
    void a_late_tasks_slip_travels_escaped_as_days_after_its_bar_and_never_ends_before_the_bar() {
        GanttTask late = GanttTask.builder("x1", "late").dates(MON, MON.plusDays(2))
                .overrun(MON.plusDays(7), "<b>5 working days late</b>").build();
        String json = GanttJson.write(GanttJson.encode(List.of(late, task("t1", "on time", 0)), List.of(), List.of()));
        assertThat(json).contains("\"overrun\":[5,null]").contains("\"&lt;b&gt;5 working days late&lt;/b&gt;\"")
                .doesNotContain("<b>");
        assertThat(GanttJson.write(GanttJson.encode(List.of(task("t1", "on time", 0)), List.of(), List.of())))
                .doesNotContain("overrun");
        assertThatThrownBy(() -> GanttTask.builder("x2", "x").dates(MON, MON.plusDays(2))
                .overrun(MON.plusDays(2), "0").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_data_travels_by_column_with_ids_and_days_as_differences_and_repeated_texts_once() {
        List<GanttTask> tasks = List.of(
                GanttTask.builder("100", "Phase").dates(MON, MON.plusDays(9)).type(GanttTaskType.SUMMARY).build(),
                GanttTask.builder("101", "A").parent("100").dates(MON, MON.plusDays(2)).cell("owner", "Ann").build(),
                GanttTask.builder("103", "B").parent("100").dates(MON.plusDays(7), MON.plusDays(9)).cell("owner", "Ann")
                        .build());
        List<GanttColumn> columns = List.of(GanttColumn.tree("text", "Name", 100),
                GanttColumn.of("owner", "Owner", 80, GanttColumn.Align.LEFT));
        String json = GanttJson.write(GanttJson.encode(tasks,
                List.of(new GanttLink("7", "101", "103", GanttLinkType.FS, 0, "")), columns));
        assertThat(json).contains("\"num\":true")
                .contains("\"id\":[100,1,2]").contains("\"parent\":[0,1,3]")
                .contains("\"start\":[" + MON.toEpochDay() + ",0,7]").contains("\"days\":[9,2,2]")
                .contains("\"type\":[1,0,0]").contains("\"progress\":0") // the same for every task: one value
                .contains("\"cells\":[null,[0,1,1]]").contains("\"s\":[\"\",\"Ann\"]") // "": no class, Phase has no owner
                .contains("\"source\":101").contains("\"target\":103").contains("\"type\":\"FS\"");
        String named = GanttJson.write(GanttJson.encode(List.of(task("t1", "x", 0)), List.of(), List.of()));
        assertThat(named).contains("\"num\":false").contains("\"id\":\"t1\"");
    }

    @Test
    void a_zoom_the_chart_fitted_is_taken_and_told_and_a_forged_one_ignored() {
        List<GanttZoom> told = new ArrayList<>();
        gantt.addZoomFittedListener(e -> told.add(e.getZoom()));
        gantt.setFitZoom(true);
        for (String zoom : List.of("MONTH", "YEAR<script>")) {
            JsonObject data = Json.createObject();
            data.put("event.detail.zoom", zoom);
            BasicUtilsKt._fireDomEvent(gantt, "zoom-fitted", data);
        }
        assertThat(gantt.getZoom()).isEqualTo(GanttZoom.MONTH);
        assertThat(told).containsExactly(GanttZoom.MONTH);
    }

    @Test
    void text_is_escaped_and_css_classes_keep_only_class_characters() {
        GanttTask evil = GanttTask.builder("x1", "<img src=x onerror=alert(1)>").cssClass("bar-red\"><script>")
                .cell("owner", "O'Brien & <b>").tooltip("<i>", "\"quoted\"").build();
        String json = GanttJson.write(GanttJson.encode(List.of(evil), List.of(),
                List.of(GanttColumn.tree("text", "<Name>", 100), GanttColumn.of("owner", "Owner", 80, GanttColumn.Align.LEFT))));
        assertThat(json).contains("\"text\":[\"&lt;img src=x onerror=alert(1)&gt;\"]")
                .contains("\"O&#39;Brien &amp; &lt;b&gt;\"")
                .contains("\"bar-redscript\"")
                .doesNotContain("<img").doesNotContain("<b>").doesNotContain("quoted"); // the tooltip is asked for
        String tip = GanttJson.write(GanttJson.tooltip(evil, evil.tooltip()));
        assertThat(tip).contains("[\"&lt;i&gt;\",\"&quot;quoted&quot;\"]").doesNotContain("<img");
        assertThatThrownBy(() -> GanttTask.builder("R&D <1>", "x").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tooltip_is_sent_when_the_browser_asks_for_a_known_task_from_the_provider() {
        gantt.setData(tasks(3), List.of());
        MockVaadin.clientRoundtrip();
        gantt.setTooltipProvider(t -> List.of(new GanttTask.TooltipLine("Float", t.id().equals("t1") ? "3 days" : "0")));

        assertThat(gantt.tooltip("t1")).containsExactly(new GanttTask.TooltipLine("Float", "3 days"));
        assertThat(gantt.tooltip("unknown")).isEmpty();
        JsonObject data = Json.createObject();
        data.put("event.detail.id", "t1");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        BasicUtilsKt._fireDomEvent(gantt, "tooltip-requested", data);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .map(i -> i.getInvocation().getExpression() + i.getInvocation().getParameters())
                .singleElement().asString().contains("setTooltip").contains("3 days").contains("\"t1\"");
    }

    @Test
    void options_travel_only_when_they_change_and_a_new_or_reordered_task_resends_everything() {
        gantt.setNonWorkingDays(List.of(MON.minusDays(1)));
        gantt.setData(tasks(3), List.of());
        MockVaadin.clientRoundtrip();
        assertThat(gantt.getLastUpdate().options()).isTrue();

        gantt.setNonWorkingDays(List.of(MON.minusDays(1)));
        gantt.setZoom(GanttZoom.WEEK);
        List<GanttTask> changed = new ArrayList<>(tasks(3));
        changed.set(1, task("t1", "Renamed", 1));
        gantt.setData(changed, List.of());
        MockVaadin.clientRoundtrip();
        assertThat(gantt.getLastUpdate().options()).isFalse();
        assertThat(gantt.getLastUpdate().full()).isFalse();

        List<GanttTask> reordered = new ArrayList<>(changed);
        reordered.add(0, reordered.remove(2));
        gantt.setData(reordered, List.of());
        MockVaadin.clientRoundtrip();
        assertThat(gantt.getLastUpdate().full()).isTrue();
        assertThat(gantt.getLastUpdate().taskIds()).containsExactly("t2", "t0", "t1");

        reordered.add(task("t9", "New", 9));
        gantt.setData(reordered, List.of());
        MockVaadin.clientRoundtrip();
        assertThat(gantt.getLastUpdate().full()).isTrue();
    }

    @Test
    void a_read_only_task_and_a_failing_listener_put_the_bar_back() {
        List<GanttTask> all = new ArrayList<>(tasks(3));
        all.set(0, GanttTask.builder("t0", "Summary").dates(MON, MON.plusDays(2)).readOnly(true).build());
        gantt.setData(all, List.of());
        MockVaadin.clientRoundtrip();
        List<Object> seen = new ArrayList<>();
        gantt.addTaskMovedListener(e -> {
            seen.add(e);
            throw new IllegalStateException("database down");
        });

        fireMove("t0", "2027-03-08", "2027-03-10");
        assertThat(seen).isEmpty();
        assertThat(gantt.getLastUpdate().taskIds()).containsExactly("t0");

        assertThatThrownBy(() -> fireMove("t1", "2027-03-08", "2027-03-10")).hasMessage("database down");
        MockVaadin.clientRoundtrip();
        assertThat(gantt.getLastUpdate().taskIds()).containsExactly("t1");
    }
}
