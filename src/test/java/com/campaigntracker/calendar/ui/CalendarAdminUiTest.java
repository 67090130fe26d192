package com.campaigntracker.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.calendar.CalendarDay;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarAdminUiTest extends KaribuTest {

    @Autowired
    WorkingCalendarService calendars;

    @AfterEach
    void removeTestDays() {
        signIn("admin");
        calendars.remove(LocalDate.of(2031, 10, 1));
        calendars.remove(LocalDate.of(2031, 9, 28));
    }

    @Test
    void an_administrator_imports_holidays_and_make_up_days_that_scheduling_then_uses() {
        signIn("admin");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate(CalendarAdminView.class);

        _get(TextArea.class, s -> s.withId("calendar-import-text")).setValue("2031-10-01 休 国庆节\n2031-09-28 班");
        ButtonKt._click(_get(Button.class, s -> s.withId("calendar-import")));

        assertThat(calendars.daysOf(2031)).extracting(CalendarDay::getDay, CalendarDay::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 9, 28), DayKind.WORKDAY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 10, 1), DayKind.HOLIDAY));
        assertThat(calendars.calendar().isWorkingDay(LocalDate.of(2031, 10, 1))).isFalse();  // a Wednesday
        assertThat(calendars.calendar().isWorkingDay(LocalDate.of(2031, 9, 28))).isTrue();   // a Sunday
    }

    @Test
    void a_list_with_a_line_it_cannot_read_saves_nothing_and_keeps_the_text() {
        signIn("admin");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate(CalendarAdminView.class);
        TextArea text = _get(TextArea.class, s -> s.withId("calendar-import-text"));
        text.setValue("2031-10-01 休 国庆节\n十月二日");

        ButtonKt._click(_get(Button.class, s -> s.withId("calendar-import")));

        assertThat(calendars.daysOf(2031)).isEmpty();
        assertThat(text.getValue()).contains("十月二日");
        assertThat(NotificationsKt.getNotifications().get(0).getElement().getProperty("text"))
                .contains("第 2 行无法识别：十月二日");
    }

    @Test
    void the_calendar_is_for_administrators_only() {
        signIn("zhang");
        UI.getCurrent().navigate("admin/calendar");
        assertThat(_find(CalendarAdminView.class)).isEmpty();
    }
}
