package com.campaigntracker.calendar.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.shared.ui.DatePickers;
import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.calendar.CalendarDay;
import com.campaigntracker.calendar.CalendarImport;
import com.campaigntracker.calendar.CalendarRoutes;
import com.campaigntracker.calendar.DayKind;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.stream.Collectors;

/** Holidays and make-up working days (调休), kept by an administrator; all scheduling reads them. */
@Route(CalendarRoutes.CALENDAR)
@Menu(order = 90, title = "nav.calendar", icon = "vaadin:calendar")
@RolesAllowed("ADMIN")
class CalendarAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient WorkingCalendarService calendar;
    private final transient Clock clock;
    private final Grid<CalendarDay> grid = new Grid<>();
    private final IntegerField year = new IntegerField();
    /** Said when the year shown has no holiday: its weekdays are all taken as working days. */
    private final Paragraph notEntered = new Paragraph();

    CalendarAdminView(WorkingCalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.explain")));
        year.setLabel(getTranslation("calendar.year"));
        year.setStepButtonsVisible(true);
        year.setMin(DateWindow.MIN.getYear());
        year.setMax(DateWindow.MAX.getYear());
        year.setValue(Year.now(clock).getValue());
        year.addValueChangeListener(e -> refresh());
        columns();
        TextArea importText = new TextArea(getTranslation("calendar.import"));
        importText.setId("calendar-import-text");
        importText.setHelperText(getTranslation("calendar.importHelp"));
        importText.setWidthFull();
        notEntered.setId("calendar-not-entered");
        notEntered.getStyle().set("color", "var(--lumo-error-text-color)");
        add(dayForm(), notEntered, grid, importText, importButton(importText));
        refresh();
    }

    /** The year shown, and a day to add to it: its kind (holiday or make-up working day) and name. */
    private HorizontalLayout dayForm() {
        DatePicker day = DatePickers.bounded(new DatePicker(getTranslation("calendar.day")));
        day.setId("calendar-day");
        Select<DayKind> kind = new Select<>();
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("dayKind." + k.name()));
        kind.setValue(DayKind.HOLIDAY);
        TextField name = new TextField(getTranslation("calendar.name"));
        name.setMaxLength(CalendarDay.NAME_MAX);
        Button add = new Button(getTranslation("action.add"), VaadinIcon.PLUS.create(), e -> {
            if (day.getValue() == null) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation("calendar.dayRequired"));
                return;
            }
            if (!Messages.attempt(this, () -> calendar.put(day.getValue(), kind.getValue(), name.getValue()))) {
                return; // what was typed stays
            }
            year.setValue(day.getValue().getYear());
            refresh();
            day.clear();
            name.clear();
        });
        add.setId("calendar-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(year, day, kind, name, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** The year's days: date, weekday, kind, name, where it came from, and a button to remove it. */
    private void columns() {
        grid.setId("calendar-grid");
        grid.addColumn(d -> Formats.date(d.getDay(), getLocale())).setHeader(getTranslation("calendar.day"));
        grid.addColumn(d -> d.getDay().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("calendar.weekday"));
        grid.addColumn(d -> getTranslation("dayKind." + d.getKind().name())).setHeader(getTranslation("calendar.kind"));
        grid.addColumn(CalendarDay::getName).setHeader(getTranslation("calendar.name"));
        grid.addColumn(d -> d.getSource() == null ? getTranslation("calendar.sourceAdmin") : d.getSource())
                .setHeader(getTranslation("calendar.source")).setFlexGrow(2);
        grid.addComponentColumn(d -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                calendar.remove(d.getDay());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.delete"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
    }

    /** Imports pasted lines; a problem keeps what was typed so the lines can be corrected. */
    private Button importButton(TextArea importText) {
        Button importButton = new Button(getTranslation("calendar.importAction"), e -> {
            CalendarImport result = calendar.importLines(importText.getValue());
            if (result.problems().isEmpty()) {
                Messages.show(getTranslation("calendar.imported", result.saved()), NotificationVariant.LUMO_SUCCESS);
                importText.clear();
                refresh();
            } else {
                Messages.show(result.problems().stream()
                        .map(p -> getTranslation("calendar.importProblem", p.lineNumber(), p.text()))
                        .collect(Collectors.joining("\n")), NotificationVariant.LUMO_ERROR);
            }
        });
        importButton.setId("calendar-import");
        return importButton;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("year").flatMap(CalendarAdminView::parseYear)
                .ifPresent(year::setValue);
    }

    private static java.util.Optional<Integer> parseYear(String text) {
        try {
            int y = Integer.parseInt(text);
            return y >= 1900 && y <= 9999 ? java.util.Optional.of(y) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void refresh() {
        int shown = year.getValue() == null ? LocalDate.now(clock).getYear()
                : Math.max(DateWindow.MIN.getYear(), Math.min(DateWindow.MAX.getYear(), year.getValue()));
        var days = calendar.daysOf(shown);
        GridRows.show(grid, days);
        boolean none = days.stream().noneMatch(d -> d.getKind() == DayKind.HOLIDAY);
        notEntered.setText(none ? getTranslation("calendar.notEntered", String.valueOf(shown)) : "");
        notEntered.setVisible(none);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.shortName");
    }
}
