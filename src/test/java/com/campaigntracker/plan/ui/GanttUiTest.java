package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.TestPlans;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.gantt.Gantt;
import com.campaigntracker.gantt.GanttTask;
import com.campaigntracker.gantt.GanttUpdate;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.DisplayStatus;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Gantt view with its component's events fired on the server, as the browser would send them:
 * what is saved, and what travels back. Project: 1 阶段 › 1.1 模块 › 甲 (Mon Mar 1–Fri Mar 5 2027)
 * → 乙 (Mar 8–10); 丙 (Mar 1–2) on its own, owned by a member.
 */
class GanttUiTest extends KaribuTest {

    private static final String MANAGER = "gantt-ui";
    private static final String MEMBER = "gantt-member";
    private static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService planRows;
    @Autowired
    TimelineService timelines;
    @Autowired
    PeopleService people;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long projectId;
    private Gantt gantt;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void openGantt() {
        // seen the Friday before the plan starts, whatever day the suite runs: nothing is late yet
        clock.setTo(MON.minusDays(3).atTime(10, 0).atZone(clock.getZone()).toInstant());
        SignIn.as(users, "admin");
        if (people.findByUsername(MANAGER).isEmpty()) {
            people.createPerson(MANAGER, "甘特界面经理", Role.MANAGER, null, "secret");
            people.createPerson(MEMBER, "小丙", Role.MEMBER, null, "secret");
        }
        signIn(MANAGER);
        projectId = TestPlans.project(projects, people, MANAGER, "甘特界面", MON);
        var member = people.findByUsername(MEMBER).orElseThrow();
        planRows.appendRows(projectId, List.of(
                row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                row(WorkItemLevel.TASK, "甲", MON, MON.plusDays(4), null, null),
                row(WorkItemLevel.TASK, "乙", MON.plusDays(7), MON.plusDays(9), "1.1.1", null),
                row(WorkItemLevel.TASK, "<img src=x onerror=alert(1)>", MON, MON.plusDays(1), null, member)));
        useLocale(AppLocales.CHINESE);
        open();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void open() {
        UI.getCurrent().navigate("projects/" + projectId + "/gantt");
        gantt = _get(Gantt.class);
        MockVaadin.clientRoundtrip();
    }

    private static PlanRow row(WorkItemLevel level, String name, LocalDate start, LocalDate finish, String preds,
                               com.campaigntracker.people.Person owner) {
        return TestPlans.row(level, name, owner, start, finish, preds);
    }

    private WorkItemRow named(String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    private String id(String name) {
        return String.valueOf(named(name).id());
    }

    private void fire(String event, String... keysAndValues) {
        JsonObject data = Json.createObject();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = "event.detail." + keysAndValues[i];
            String value = keysAndValues[i + 1];
            if (key.endsWith("percent")) {
                data.put(key, Double.parseDouble(value));
            } else {
                data.put(key, value);
            }
        }
        BasicUtilsKt._fireDomEvent(gantt, event, data);
        MockVaadin.clientRoundtrip();
    }

    @Test
    void the_chart_opens_with_every_item_summaries_colours_and_the_dependency_arrow() {
        GanttUpdate first = gantt.getLastUpdate();
        assertThat(first.full()).isTrue();
        assertThat(first.taskIds()).hasSize(5);
        assertThat(first.linkIds()).hasSize(1);
        GanttTask module = gantt.getTask(id("模块"));
        assertThat(module.type()).hasToString("SUMMARY");
        assertThat(module.end()).isEqualTo(MON.plusDays(9)); // rolled up
        GanttTask jia = gantt.getTask(id("甲"));
        assertThat(jia.css()).contains("bar-grey");
        assertThat(jia.cells()).containsEntry("wbs", "1.1.1").containsEntry("percent", "0%")
                .containsEntry("status", "未开始"); // the grey bar says it in words in its row too
        assertThat(gantt.tooltip(jia.id())).extracting(GanttTask.TooltipLine::value).contains("交付物");
        assertThat(gantt.isReadOnly()).isFalse();
    }

    @Test
    void the_owner_and_status_filters_show_the_matching_tasks_with_the_items_above_them_and_clearing_shows_all() {
        @SuppressWarnings("unchecked")
        ComboBox<String> owner = _get(ComboBox.class, spec -> spec.withId("gantt-owner"));
        @SuppressWarnings("unchecked")
        ComboBox<DisplayStatus> status = _get(ComboBox.class, spec -> spec.withId("gantt-status"));
        assertThat(owner.getValue()).isNull();
        assertThat(owner.getListDataView().getItems()).containsExactly("小丙"); // the only owner of this plan
        assertThat(gantt.getVisibleTasks()).isNull();

        owner.setValue("小丙");
        assertThat(gantt.getVisibleTasks()).containsExactlyInAnyOrder(id("阶段"), id("模块"),
                id("<img src=x onerror=alert(1)>"));

        owner.clear();
        status.setValue(DisplayStatus.NOT_STARTED);
        assertThat(gantt.getVisibleTasks()).containsExactlyInAnyOrder(id("阶段"), id("模块"), id("甲"), id("乙"),
                id("<img src=x onerror=alert(1)>"));

        status.clear();
        assertThat(gantt.getVisibleTasks()).isNull();
    }

    @Test
    void a_bar_dragged_onto_a_weekend_is_saved_on_the_next_working_day_and_only_what_changed_travels() {
        // a task off the critical path moved by a day: it alone travels, the other four stay put
        fire("task-moved", "id", id("<img src=x onerror=alert(1)>"), "start", "2027-03-02", "end", "2027-03-03");
        assertThat(gantt.getLastUpdate().taskIds()).containsExactly(id("<img src=x onerror=alert(1)>"));
        assertThat(gantt.getLastUpdate().linkIds()).isEmpty();

        // 甲 dropped on Saturday Mar 6 – Wed Mar 10
        fire("task-moved", "id", id("甲"), "start", "2027-03-06", "end", "2027-03-10");

        assertThat(named("甲").plannedStart()).isEqualTo(MON.plusDays(7));
        assertThat(named("乙").plannedStart()).isEqualTo(MON.plusDays(14)); // pushed by FS
        GanttUpdate update = gantt.getLastUpdate();
        assertThat(update.full()).isFalse();
        assertThat(update.options()).isFalse(); // zoom, columns and calendar did not change: no re-render
        assertThat(update.taskIds()).contains(id("甲"), id("乙"), id("模块"), id("阶段"));
        assertThat(gantt.getTask(id("甲")).start()).isEqualTo(MON.plusDays(7));
        assertThat(lastNotification()).contains("1.1.2 乙");

    }

    @Test
    void a_bar_dropped_before_its_predecessor_is_refused_and_sent_back_where_it_was() {
        fire("task-moved", "id", id("乙"), "start", "2027-03-03", "end", "2027-03-05");

        assertThat(named("乙").plannedStart()).isEqualTo(MON.plusDays(7));
        assertThat(lastNotification()).contains("1.1.1 甲");
        GanttUpdate update = gantt.getLastUpdate();
        assertThat(update.taskIds()).containsExactly(id("乙"));
        assertThat(gantt.getTask(id("乙")).start()).isEqualTo(MON.plusDays(7));
    }

    @Test
    void a_drag_on_a_stale_chart_gets_a_conflict_and_the_other_persons_dates() {
        WorkItemRow jia = named("甲");
        timelines.reschedule(jia.id(), jia.version(), MON.plusDays(1), MON.plusDays(5), false); // someone else

        fire("task-moved", "id", id("甲"), "start", "2027-03-03", "end", "2027-03-09");

        assertThat(lastNotification()).contains("甲");
        assertThat(named("甲").plannedStart()).isEqualTo(MON.plusDays(1));
        assertThat(gantt.getTask(id("甲")).start()).isEqualTo(MON.plusDays(1));
        assertThat(gantt.getLastUpdate().taskIds()).contains(id("甲"));
    }

    @Test
    void dragging_progress_starts_the_task_and_drawing_an_arrow_creates_a_dependency() {
        fire("progress-changed", "id", id("甲"), "percent", "60");
        assertThat(named("甲").percentComplete()).isEqualTo(60);
        assertThat(named("甲").storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(gantt.getTask(id("甲")).progress()).isEqualTo(60);

        String img = id("<img src=x onerror=alert(1)>");
        fire("link-created", "source", img, "target", id("甲"), "type", "FS");
        assertThat(named("甲").predecessors()).containsExactly("1.1.3");
        assertThat(gantt.getLastUpdate().linkIds()).hasSize(1);
        assertThat(gantt.getLinks()).hasSize(2);

        fire("link-created", "source", id("乙"), "target", img, "type", "FS"); // 乙 → 丙 → 甲 → 乙
        assertThat(lastNotification()).contains("1.1.2 乙");
        assertThat(gantt.getLinks()).hasSize(2);

        String added = gantt.getLinks().stream().filter(l -> l.source().equals(img)).findFirst().orElseThrow().id();
        fire("link-deleted", "id", added);
        assertThat(gantt.getLinks()).hasSize(1);
        assertThat(gantt.getLastUpdate().removedLinkIds()).containsExactly(added);
    }

    @Test
    void the_critical_path_toggle_marks_the_chain_and_the_baseline_shows_slip() {
        _get(Checkbox.class, spec -> spec.withId("gantt-critical")).setValue(true);
        MockVaadin.clientRoundtrip();
        assertThat(gantt.getTask(id("甲")).css()).contains("critical");
        assertThat(gantt.getTask(id("<img src=x onerror=alert(1)>")).css()).doesNotContain("critical");
        assertThat(gantt.getLinks()).allMatch(l -> l.css().contains("critical"));
        assertThat(gantt.tooltip(id("<img src=x onerror=alert(1)>")))
                .anyMatch(line -> line.value().contains("6 个工作日")); // Mar 1–2 against a finish of Mar 10

        timelines.saveBaseline(projectId);
        fire("task-moved", "id", id("乙"), "start", "2027-03-09", "end", "2027-03-11");
        _get(Checkbox.class, spec -> spec.withId("gantt-baseline")).setValue(true);
        MockVaadin.clientRoundtrip();
        GanttTask yi = gantt.getTask(id("乙"));
        assertThat(yi.baselineStart()).isEqualTo(MON.plusDays(7));
        assertThat(gantt.tooltip(yi.id())).anyMatch(line -> line.value().equals("延后 1 个工作日"));
    }

    @Test
    void a_late_open_task_carries_its_slip_up_to_today_in_working_days_and_one_finished_in_time_none() {
        clock.setTo(MON.plusDays(3).atTime(10, 0).atZone(clock.getZone()).toInstant()); // Thu Mar 4
        open();
        fire("progress-changed", "id", id("甲"), "percent", "100"); // done a day before its Friday finish
        clock.setTo(MON.plusDays(9).atTime(10, 0).atZone(clock.getZone()).toInstant()); // Wed Mar 10
        open();

        String bing = id("<img src=x onerror=alert(1)>"); // planned Mar 1–2, still open
        GanttTask late = gantt.getTask(bing);
        assertThat(late.end()).isEqualTo(MON.plusDays(1)); // the plan's bar stays the plan
        assertThat(late.overrunEnd()).isEqualTo(MON.plusDays(9));
        assertThat(late.overrunLabel()).isEqualTo("已延期 6 个工作日"); // Mar 3, 4, 5, 8, 9, 10
        assertThat(gantt.tooltip(bing)).contains(new GanttTask.TooltipLine("已延期", "已延期 6 个工作日"));
        assertThat(gantt.getTask(id("甲")).overrunEnd()).isNull(); // finished in time
        assertThat(gantt.getTask(id("乙")).overrunEnd()).isNull(); // due today: not late yet
        assertThat(gantt.getTask(id("模块")).overrunEnd()).isNull(); // summaries show their tasks' slips

        useLocale(java.util.Locale.ENGLISH);
        open();
        assertThat(gantt.getTask(bing).overrunLabel()).isEqualTo("6 working days late");
    }

    @Test
    void a_double_click_shows_the_task_and_leads_to_the_table_to_edit_it() {
        fire("task-double-clicked", "id", id("甲"));
        TaskDetailsDialog dialog = _get(TaskDetailsDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("甲");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("edit-in-table")).click();
        // this project's plan table, where the manager edits: the task is a row of it and the editing tools are there
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("projects/" + projectId + "/plan");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TaskDetailsDialog.class)).isEmpty();
        assertThat(_get(PlanGrid.class).find(named("甲").id())).hasValueSatisfying(r ->
                assertThat(r.row.name()).isEqualTo("甲"));
        assertThat(_get(com.vaadin.flow.component.menubar.MenuBar.class, spec -> spec.withId("plan-actions"))
                .isEnabled()).isTrue();
    }

    @Test
    void a_member_sees_a_read_only_chart_and_a_forged_drag_changes_nothing() {
        signIn(MEMBER);
        open();
        assertThat(gantt.isReadOnly()).isTrue();
        // the service would let the owner set progress on their own task; the read-only chart does not ask it
        fire("progress-changed", "id", id("<img src=x onerror=alert(1)>"), "percent", "50");
        assertThat(named("<img src=x onerror=alert(1)>").percentComplete()).isZero();
        assertThat(gantt.getLastUpdate().taskIds()).containsExactly(id("<img src=x onerror=alert(1)>"));
    }

    @Test
    void a_forged_drag_to_an_absurd_end_is_refused_by_the_chart_and_the_bar_goes_back() {
        for (String absurd : List.of("+99999-12-31", "2100-01-01")) {
            fire("task-resized", "id", id("甲"), "start", "2027-03-01", "end", absurd);

            assertThat(named("甲").plannedFinish()).isEqualTo(MON.plusDays(4));
            assertThat(gantt.getLastUpdate().taskIds()).containsExactly(id("甲"));
            assertThat(gantt.getTask(id("甲")).end()).isEqualTo(MON.plusDays(4));
        }
        fire("task-moved", "id", id("甲"), "start", "1899-12-31", "end", "1900-01-04");
        assertThat(named("甲").plannedStart()).isEqualTo(MON);
        assertThat(gantt.getTask(id("甲")).start()).isEqualTo(MON);
    }

    @Test
    void past_the_chart_the_service_refuses_a_date_outside_the_window_with_a_message_and_the_bar_goes_back() {
        gantt.setDateRange(LocalDate.MIN, LocalDate.MAX); // as if the chart let it through

        fire("task-resized", "id", id("甲"), "start", "2027-03-01", "end", "+99999-12-31");

        assertThat(lastNotification()).contains("+99999-12-31").contains("2000");
        assertThat(named("甲").plannedFinish()).isEqualTo(MON.plusDays(4));
        assertThat(named("乙").plannedStart()).isEqualTo(MON.plusDays(7));
        assertThat(gantt.getTask(id("甲")).end()).isEqualTo(MON.plusDays(4));
    }

    @Test
    void weekends_and_holidays_sent_to_the_chart_stay_within_a_plan_scale_even_for_a_date_stored_long_ago() {
        // a finish saved before dates were bounded (issue 19): the chart must not send centuries of weekends
        jdbc.update("UPDATE work_item SET planned_finish = '9999-12-31' WHERE id = ?", named("乙").id());
        open();

        assertThat(gantt.getNonWorkingDays()).isNotEmpty().hasSizeLessThan(13 * 125);
        assertThat(gantt.getNonWorkingDays()).allMatch(d -> !d.isAfter(LocalDate.of(2099, 12, 31)));
    }
}
