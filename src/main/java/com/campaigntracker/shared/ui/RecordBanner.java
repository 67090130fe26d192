package com.campaigntracker.shared.ui;

import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * M6 on every page of a project: a closed or cancelled project is a record, and the page says why its
 * edit controls are gone; a project an administrator reopened says by whom, when and why. Text only.
 */
public final class RecordBanner extends Div {

    /**
     * @param statusName the project's status (CLOSED, CANCELLED, ...); a banner only for the first two
     * @param reopenedAt the last reopening (null when never), with {@code reopenedBy} and {@code reason}
     */
    public RecordBanner(String statusName, Instant closedAt, Instant reopenedAt, String reopenedBy, String reason,
                        ZoneId zone) {
        addClassName("record-banner");
        boolean closed = "CLOSED".equals(statusName) || "CANCELLED".equals(statusName);
        if (closed) {
            setId("record-banner");
            Span text = new Span(getTranslation("CANCELLED".equals(statusName) ? "record.cancelled" : "record.closed",
                    closedAt == null ? "" : Formats.date(LocalDate.ofInstant(closedAt, zone), getLocale())));
            add(text);
            getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("margin", "var(--lumo-space-s) 0")
                    .set("border-left", "4px solid var(--lumo-contrast-50pct)")
                    .set("background", "var(--lumo-contrast-5pct)");
        } else if (reopenedAt != null) {
            setId("reopened-note");
            add(new Span(getTranslation("record.reopened", reopenedBy == null ? "" : reopenedBy,
                    Formats.date(LocalDate.ofInstant(reopenedAt, zone), getLocale()), reason == null ? "" : reason)));
            getStyle().set("margin", "var(--lumo-space-xs) 0").set("color", "var(--lumo-secondary-text-color)");
        } else {
            setVisible(false);
        }
    }
}
