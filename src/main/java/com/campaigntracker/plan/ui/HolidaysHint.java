package com.campaigntracker.plan.ui;

import com.campaigntracker.calendar.CalendarRoutes;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Says which years of a plan have no holidays entered (R16): there every weekday is taken as a working
 * day until an administrator enters that year's holidays and make-up days, a guess the page must not hide.
 */
final class HolidaysHint {

    private HolidaysHint() {
    }

    static Optional<Component> of(WorkingCalendarService calendars, ProjectSummary project) {
        List<LocalDate> dates = Stream.of(project.plannedStart(), project.start(), project.finish(),
                project.committedEnd()).filter(Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> years = calendars.yearsWithoutHolidays(dates.get(0), dates.get(dates.size() - 1));
        if (years.isEmpty()) {
            return Optional.empty();
        }
        Div hint = new Div();
        hint.setId("holidays-not-entered");
        hint.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("flex-wrap", "wrap");
        String list = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
        hint.add(VaadinIcon.CALENDAR_CLOCK.create(), new Span(hint.getTranslation("plan.holidaysNotEntered", list)));
        if (CurrentUser.hasRole("ADMIN")) {
            hint.add(new Anchor(CalendarRoutes.year(years.get(0)), hint.getTranslation("plan.holidaysEnter")));
        }
        return Optional.of(hint);
    }
}
