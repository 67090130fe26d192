package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The 24 hours of R11 and R13 as people read them: "due 5 h 20 min from now" or "overdue by 3 h", and when. */
final class Countdown {

    private Countdown() {
    }

    static Span of(Component translator, Instant due, Instant now, ZoneId zone, java.util.Locale locale) {
        Duration left = Duration.between(now, due);
        boolean over = left.isNegative();
        Duration d = left.abs();
        String amount = d.toHours() > 0
                ? translator.getTranslation("countdown.hoursMinutes", d.toHours(), d.toMinutesPart())
                : translator.getTranslation("countdown.minutes", Math.max(1, d.toMinutesPart()));
        Span s = new Span(translator.getTranslation(over ? "countdown.over" : "countdown.left", amount,
                Formats.dateTime(due, zone, locale)));
        s.addClassName(over ? "overdue-text" : "countdown");
        return s;
    }
}
