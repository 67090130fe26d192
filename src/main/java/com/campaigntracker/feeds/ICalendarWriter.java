package com.campaigntracker.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes iCalendar (RFC 5545) text by hand: content lines ended by CRLF and folded at 75 octets without
 * splitting a UTF-8 character (section 3.1), TEXT values escaped (3.3.11), dates, UTC and zoned times, and
 * a VTIMEZONE built from the zone's own rules so that a TZID means the same in every client.
 */
final class ICalendarWriter {

    /** Octets a content line may hold, CRLF not counted (a continuation's leading space counts). */
    static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in its iCalendar form (a date, a number, a URI). */
    ICalendarWriter property(String nameAndParameters, String value) {
        out.append(fold(nameAndParameters + ":" + value));
        return this;
    }

    /** A TEXT property: the value escaped. */
    ICalendarWriter text(String name, String value) {
        return property(name, escape(value));
    }

    ICalendarWriter begin(String component) {
        return property("BEGIN", component);
    }

    ICalendarWriter end(String component) {
        return property("END", component);
    }

    ICalendarWriter date(String name, LocalDate day) {
        return property(name + ";VALUE=DATE", DATE.format(day));
    }

    ICalendarWriter utc(String name, Instant at) {
        return property(name, LOCAL.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "Z");
    }

    ICalendarWriter zoned(String name, Instant at, ZoneId zone) {
        return property(name + ";TZID=" + zone.getId(), LOCAL.format(LocalDateTime.ofInstant(at, zone)));
    }

    /**
     * The zone as a VTIMEZONE: its yearly daylight-saving rules when it has them (each as an RRULE from
     * last year's transition), otherwise one STANDARD part with today's offset (Asia/Shanghai).
     */
    ICalendarWriter timeZone(ZoneId zone, Instant now) {
        ZoneRules rules = zone.getRules();
        begin("VTIMEZONE").property("TZID", zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(now);
            begin("STANDARD").property("DTSTART", "19700101T000000")
                    .property("TZOFFSETFROM", offset(offset)).property("TZOFFSETTO", offset(offset))
                    .end("STANDARD");
        } else {
            int year = LocalDateTime.ofInstant(now, ZoneOffset.UTC).getYear() - 1;
            for (ZoneOffsetTransitionRule rule : yearly) {
                ZoneOffsetTransition t = rule.createTransition(year);
                String part = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
                begin(part).property("DTSTART", LOCAL.format(t.getDateTimeBefore()))
                        .property("RRULE", "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule))
                        .property("TZOFFSETFROM", offset(t.getOffsetBefore()))
                        .property("TZOFFSETTO", offset(t.getOffsetAfter()))
                        .end(part);
            }
        }
        return end("VTIMEZONE");
    }

    /** The day in the month of a yearly rule: "last Sunday", "Sunday on or after the 8th", "the 21st". */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        int indicator = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return "BYMONTHDAY=" + indicator;
        }
        String weekday = rule.getDayOfWeek().name().substring(0, 2);
        if (indicator == -1 || rule.getMonth() != java.time.Month.FEBRUARY
                && indicator + 6 == rule.getMonth().maxLength()) { // on or after the 25th of March: the last
            return "BYDAY=-1" + weekday;
        }
        if (indicator > 0 && (indicator - 1) % 7 == 0) {
            return "BYDAY=" + ((indicator - 1) / 7 + 1) + weekday;
        }
        StringJoiner days = new StringJoiner(",");
        for (int i = 0; i < 7; i++) { // on or after the indicator (on or before it, counted from the end)
            int day = indicator > 0 ? indicator + i : indicator - i;
            if (day <= 31) {
                days.add(Integer.toString(day));
            }
        }
        return "BYDAY=" + weekday + ";BYMONTHDAY=" + days;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String s = String.format("%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? s : s + String.format("%02d", abs % 60);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * A TEXT value: backslash, semicolon and comma escaped, every line break as {@code \n}, other control
     * characters (which RFC 5545 does not allow) dropped; null as empty.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\r' -> {
                    s.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029' -> s.append("\\n");
                default -> {
                    if (c == '\t' || c >= 0x20 && c != 0x7f) {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /**
     * One content line with its CRLF, folded so that no line holds more than 75 octets of UTF-8: each
     * continuation starts with a space, and a break never falls inside a character (nor a surrogate pair).
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return folded.append("\r\n").toString();
    }
}
