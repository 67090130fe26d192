package com.campaigntracker.calendar;

import com.campaigntracker.shared.db.Fingerprint;
import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.shared.db.AfterCommit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's working-day calendar; everyone reads it, administrators keep it. */
@Service
@Transactional(readOnly = true)
public class WorkingCalendarService {

    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日")};

    private final CalendarDayRepository days;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AdminAuditLog audit;
    /** Years this instance has seen noted already: a plan page then skips the write on every reload. */
    private final java.util.Set<Integer> noted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Read read;

    WorkingCalendarService(CalendarDayRepository days, ApplicationEventPublisher events, Clock clock,
                           AdminAuditLog audit) {
        this.audit = audit;
        this.days = days;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The years from {@code from} to {@code to} for which no holiday is entered: there every weekday counts
     * as a working day, which is a guess the pages must say (the official schedule of a year is published
     * in the November before it). Administrators are told once per year ({@link HolidaysNotEntered}).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<Integer> yearsWithoutHolidays(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        from = from.isBefore(DateWindow.MIN) ? DateWindow.MIN : from; // a year per row below: never beyond the window
        to = to.isAfter(DateWindow.MAX) ? DateWindow.MAX : to;
        if (to.isBefore(from)) {
            return List.of();
        }
        LocalDate first = from.withDayOfYear(1);
        LocalDate last = to.withMonth(12).withDayOfMonth(31);
        java.util.Set<Integer> entered = new java.util.HashSet<>(days.yearsWithHolidays(first, last));
        List<Integer> missing = java.util.stream.IntStream.rangeClosed(from.getYear(), to.getYear())
                .filter(y -> !entered.contains(y)).boxed().toList();
        for (int year : missing) {
            if (!noted.contains(year) && days.noteYearWithoutHolidays(year, clock.instant()) == 1) {
                events.publishEvent(new HolidaysNotEntered(year));
            }
        }
        // remembered only once this transaction commits, so a rolled-back note is tried again
        AfterCommit.run(() -> noted.addAll(missing));
        return missing;
    }

    /**
     * The whole calendar, read again only when the database's fingerprint of its days has changed (by this
     * instance or another): every request that schedules asks for it, and it changes a few times a year.
     */
    public WorkingDayCalendar calendar() {
        Fingerprint fingerprint = Fingerprint.of(days.fingerprint());
        Read last = read;
        if (last != null && last.fingerprint().equals(fingerprint)) {
            return last.calendar();
        }
        WorkingDayCalendar calendar = readCalendar();
        read = new Read(fingerprint, calendar);
        return calendar;
    }

    /** The calendar last read and the fingerprint of the days it was read from (in this transaction's view). */
    private record Read(Fingerprint fingerprint, WorkingDayCalendar calendar) {
    }

    private WorkingDayCalendar readCalendar() {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        for (CalendarDay d : days.findAll()) {
            (d.getKind() == DayKind.HOLIDAY ? holidays : workdays).add(d.getDay());
        }
        return new WorkingDayCalendar(holidays, workdays);
    }

    @PreAuthorize("isAuthenticated()")
    public List<CalendarDay> daysOf(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Adds the day, or changes the kind and name of a day already listed. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarDay put(LocalDate day, DayKind kind, String name) {
        DateWindow.require(day, "calendar.day");
        TextLimit.require(name, CalendarDay.NAME_MAX, "calendar.name");
        String before = days.findByDay(day).map(WorkingCalendarService::described).orElse(null);
        CalendarDay saved = store(day, kind, name);
        audit.record(AuditKind.CALENDAR_DAY, day.toString(), null, before, described(saved));
        return saved;
    }

    private CalendarDay store(LocalDate day, DayKind kind, String name) {
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        CalendarDay entry = days.findByDay(day).orElseGet(() -> new CalendarDay(day, kind, cleanName));
        entry.change(kind, cleanName);
        return days.save(entry);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(LocalDate day) {
        DateWindow.require(day, "calendar.day");
        days.findByDay(day).ifPresent(d -> {
            audit.record(AuditKind.CALENDAR_DAY, day.toString(), null, described(d), null);
            days.delete(d);
        });
    }

    /** For the audit log: "kind: HOLIDAY · name: 国庆节". */
    private static String described(CalendarDay d) {
        return AdminAuditLog.values("kind", d.getKind(), "name", d.getName());
    }

    /**
     * One day a line: a date, then optionally its kind (休/假/holiday or 班/补班/workday; holiday when
     * left out) and a name, separated by spaces, tabs or commas. All lines or none are taken.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarImport importLines(String text) {
        List<CalendarImport.Line> parsed = new ArrayList<>();
        List<CalendarImport.Problem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[\\s,，;；]+", 3);
            LocalDate date = parseDate(parts[0]);
            DayKind kind = parts.length > 1 ? parseKind(parts[1]) : DayKind.HOLIDAY;
            String name = parts.length > 2 ? parts[2] : null;
            if (parts.length > 1 && kind == null) { // no kind given: the second word starts the name
                kind = DayKind.HOLIDAY;
                name = line.substring(parts[0].length()).strip();
            }
            if (date == null || !DateWindow.contains(date) || TextLimit.tooLong(name, CalendarDay.NAME_MAX)) {
                problems.add(new CalendarImport.Problem(i + 1, line));
            } else {
                parsed.add(new CalendarImport.Line(date, kind, name));
            }
        }
        if (problems.isEmpty() && !parsed.isEmpty()) {
            // one entry for the whole import: each day with what it was and what it became
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            for (CalendarImport.Line l : parsed) {
                String was = days.findByDay(l.day()).map(WorkingCalendarService::described).orElse("—");
                CalendarDay saved = store(l.day(), l.kind(), l.name());
                before.append(before.isEmpty() ? "" : "; ").append(l.day()).append(' ').append(was);
                after.append(after.isEmpty() ? "" : "; ").append(l.day()).append(' ').append(described(saved));
            }
            audit.record(AuditKind.CALENDAR_IMPORT, parsed.size() + " × " + parsed.get(0).day() + " … "
                    + parsed.get(parsed.size() - 1).day(), null, before.toString(), after.toString());
        }
        return new CalendarImport(problems.isEmpty() ? parsed.size() : 0, problems);
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private static DayKind parseKind(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "休", "假", "holiday", "h", "off" -> DayKind.HOLIDAY;
            case "班", "补班", "调休", "workday", "w", "work" -> DayKind.WORKDAY;
            default -> null;
        };
    }
}
