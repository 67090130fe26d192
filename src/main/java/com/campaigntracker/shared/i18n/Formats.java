package com.campaigntracker.shared.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates and numbers as the user's locale writes them. */
public final class Formats {

    private Formats() {
    }

    // formatters are immutable and costly to build; charts format thousands of dates at a time
    private static final Map<Locale, DateTimeFormatter> MEDIUM = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> SHORT = new ConcurrentHashMap<>();
    private static final Map<Locale, String[]> PERCENTS = new ConcurrentHashMap<>();

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : MEDIUM.computeIfAbsent(locale,
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l)).format(date);
    }

    /** For narrow columns: 2026/12/1, 12/1/26. */
    public static String shortDate(LocalDate date, Locale locale) {
        return date == null ? "" : SHORT.computeIfAbsent(locale,
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(l)).format(date);
    }

    /** A moment as the user reads it, with the weekday: 周二 2026/11/24 18:00, Tue 11/24/26, 6:00 PM. */
    public static String dateTime(java.time.Instant at, java.time.ZoneId zone, Locale locale) {
        if (at == null) {
            return "";
        }
        java.time.ZonedDateTime t = at.atZone(zone);
        return t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, locale) + " "
                + shortDate(t.toLocalDate(), locale) + " " + time(locale).format(t);
    }

    /** Chinese readers write the 24-hour clock (18:00, not 下午6:00); others their locale's short time. */
    private static DateTimeFormatter time(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("HH:mm", locale)
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    public static String percent(int percent, Locale locale) {
        if (percent < 0 || percent > 100) {
            return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
        }
        return PERCENTS.computeIfAbsent(locale, l -> {
            NumberFormat format = NumberFormat.getPercentInstance(l);
            String[] all = new String[101];
            for (int i = 0; i <= 100; i++) {
                all[i] = format.format(i / 100.0);
            }
            return all;
        })[percent];
    }
}
