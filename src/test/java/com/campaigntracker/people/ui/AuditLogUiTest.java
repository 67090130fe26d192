package com.campaigntracker.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditEntry;
import com.campaigntracker.shared.audit.AuditKind;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * M7's page: administrators read who did what, filtered by person, kind and period; the entries come from
 * real changes (a calendar day, a role change), made here on days of their own.
 */
class AuditLogUiTest extends KaribuTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY_ONE = LocalDate.of(2036, 3, 3);
    private static final LocalDate DAY_TWO = LocalDate.of(2036, 3, 10);

    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkingCalendarService calendars;
    @Autowired
    AdminAuditLog audit;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_administrator_filters_the_log_by_person_kind_and_period() {
        Person admin = fixtures.person("audit-admin", "审计管理员", Role.ADMIN);
        Person other = fixtures.person("audit-other", "另一管理员", Role.ADMIN);
        LocalDate holiday = DAY_ONE.plusYears(1);
        LocalDate imported = DAY_ONE.plusYears(1).plusDays(1);
        // day one: the admin puts a holiday; day two: the other admin imports one and takes the first away
        clock.setTo(LocalDateTime.of(DAY_ONE, java.time.LocalTime.of(10, 0)).atZone(ZONE).toInstant());
        SignIn.as(users, admin.getUsername());
        calendars.put(holiday, DayKind.HOLIDAY, "审计假日");
        clock.setTo(LocalDateTime.of(DAY_TWO, java.time.LocalTime.of(15, 30)).atZone(ZONE).toInstant());
        SignIn.as(users, other.getUsername());
        calendars.importLines(imported + " 休 导入假日");
        calendars.remove(holiday);
        SignIn.out();

        signIn(admin.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("admin/audit");
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        @SuppressWarnings("unchecked")
        ComboBox<Person> person = _get(ComboBox.class, spec -> spec.withId("audit-person"));
        @SuppressWarnings("unchecked")
        ComboBox<AuditKind> kind = _get(ComboBox.class, spec -> spec.withId("audit-kind"));
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("audit-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("audit-to"));

        // by person: each admin's own changes, the kind translated, the time in the organisation's zone
        person.setValue(find(person, admin));
        assertThat(rows(grid)).singleElement().satisfies(row -> assertThat(row)
                .contains(admin.getUsername(), "工作日历日期", holiday.toString(), "HOLIDAY", "审计假日", "10:00"));
        person.setValue(find(person, other));
        assertThat(rows(grid)).hasSize(2).first().satisfies(row -> assertThat(row) // newest first: the removal
                .contains(other.getUsername(), "工作日历日期", "审计假日 → —", "15:30"));
        assertThat(rows(grid).get(1)).contains("导入工作日历", imported.toString(), "导入假日");

        // by kind and period
        person.clear();
        kind.setValue(AuditKind.CALENDAR_IMPORT);
        assertThat(rows(grid)).anySatisfy(row -> assertThat(row).contains("导入假日"));
        assertThat(rows(grid)).noneMatch(row -> row.contains("审计假日"));
        kind.clear();
        from.setValue(DAY_ONE);
        to.setValue(DAY_ONE);
        assertThat(rows(grid)).anySatisfy(row -> assertThat(row).contains("审计假日"));
        assertThat(rows(grid)).noneMatch(row -> row.contains("导入假日") || row.contains(other.getUsername()));
        from.setValue(DAY_TWO);
        to.setValue(DAY_TWO);
        assertThat(rows(grid)).noneMatch(row -> row.contains(admin.getUsername()));
        assertThat(rows(grid)).anySatisfy(row -> assertThat(row).contains("导入假日"));
        // the date pickers are bounded; a reversed period says so
        assertThat(from.getMin()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(to.getMax()).isEqualTo(LocalDate.of(2099, 12, 31));
        to.setValue(DAY_ONE);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("audit-cut")).getText())
                .isEqualTo("截止日期早于起始日期。");
    }

    @Test
    void the_page_and_the_log_are_for_administrators_only() {
        Person manager = fixtures.manager("audit-m", "审计经理");
        signIn(manager.getUsername());
        UI.getCurrent().navigate("admin/audit");
        assertThat(_find(AuditLogView.class)).isEmpty();
        assertThatThrownBy(() -> audit.search(null, null, null, null, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private static Person find(ComboBox<Person> box, Person wanted) {
        return com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(box).stream()
                .filter(p -> p.getId().equals(wanted.getId())).findFirst().orElseThrow();
    }

    private static List<String> rows(Grid<AuditEntry> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                .toList();
    }
}
