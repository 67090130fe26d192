package com.campaigntracker.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.TestPlans;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.notify.NoticeLine;
import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R16: a plan in a year whose holidays nobody entered says so, and the administrators hear of it once. */
class HolidaysNotEnteredUiTest extends KaribuTest {

    /** Far enough ahead that no published schedule and no other test enters a holiday in it. */
    private static final int YEAR = 2047;
    private static final LocalDate MON = LocalDate.of(YEAR, 3, 4);

    @Autowired
    ProjectService projects;
    @Autowired
    PeopleService people;
    @Autowired
    PlanRowsService planRows;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    NoticeService notices;

    @Test
    void plan_gantt_and_calendar_say_the_year_has_no_holidays_and_administrators_are_told_once() {
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        long id = TestPlans.project(projects, people, "zhang", "未录入假日", MON);
        planRows.appendRows(id, List.of(TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "任务", null, MON, MON.plusDays(4), null)));

        UI.getCurrent().navigate("projects/" + id + "/plan");
        assertThat(_get(Div.class, s -> s.withId("holidays-not-entered")).getElement().getTextRecursively())
                .contains(YEAR + " 年的节假日和调休尚未录入工作日历");
        UI.getCurrent().navigate("projects/" + id + "/gantt");
        assertThat(_get(Div.class, s -> s.withId("holidays-not-entered")).getElement().getTextRecursively())
                .contains(String.valueOf(YEAR));

        signIn("admin");
        List<NoticeLine> told = notices.mine(200).stream()
                .filter(n -> n.messageKey().equals("notice.holidaysNotEntered") && n.args().equals(List.of("" + YEAR)))
                .toList();
        assertThat(told).hasSize(1);
        // the notice opens the calendar at that year, which says it too
        UI.getCurrent().navigate("notifications");
        Div notice = _get(Div.class, s -> s.withId("notice-" + told.get(0).id()));
        assertThat(notice.getElement().getTextRecursively()).contains("有计划排到了 " + YEAR + " 年");
        com.vaadin.flow.component.ComponentUtil.fireEvent(notice, new com.vaadin.flow.component.ClickEvent<>(notice));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("admin/calendar?year=" + YEAR);
        assertThat(_get(Paragraph.class, s -> s.withId("calendar-not-entered")).getText())
                .contains(YEAR + " 年尚未录入节假日");

        // entered: the hint goes, and nobody is told again
        calendars.put(LocalDate.of(YEAR, 1, 1), DayKind.HOLIDAY, "元旦");
        try {
            signIn("zhang");
            UI.getCurrent().navigate("projects/" + id + "/plan");
            assertThat(_find(Div.class, s -> s.withId("holidays-not-entered"))).isEmpty();
            signIn("admin");
            assertThat(notices.mine(200)).filteredOn(n -> n.messageKey().equals("notice.holidaysNotEntered")
                    && n.args().equals(List.of("" + YEAR))).hasSize(1);
        } finally {
            signIn("admin");
            calendars.remove(LocalDate.of(YEAR, 1, 1));
        }
    }

    @Test
    void a_plan_in_a_year_with_the_published_schedule_has_no_hint_and_the_calendar_names_its_source() {
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        LocalDate start = LocalDate.of(2026, 3, 2);
        long id = TestPlans.project(projects, people, "zhang", "已录入假日", start);
        planRows.appendRows(id, List.of(TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "任务", null, start, start.plusDays(4), null)));
        UI.getCurrent().navigate("projects/" + id + "/plan");
        assertThat(_find(Div.class, s -> s.withId("holidays-not-entered"))).isEmpty();

        assertThat(calendars.calendar().isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue(); // after 国庆
        assertThat(calendars.calendar().isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(calendars.calendar().isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // a Saturday worked
        assertThat(calendars.daysOf(2026)).allSatisfy(d -> assertThat(d.getSource())
                .startsWith("国务院办公厅关于2026年部分节假日安排的通知"));
    }
}
