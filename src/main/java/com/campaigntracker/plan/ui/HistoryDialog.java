package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.HistoryEntry;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** A work item's audit trail (R17): who changed what and when, each field before → after. */
class HistoryDialog extends Dialog {

    private final Locale locale;

    HistoryDialog(String title, List<HistoryEntry> entries, ZoneId zone) {
        this.locale = getLocale();
        setId("item-history");
        setHeaderTitle(getTranslation("history.title", title));
        setWidth("40rem");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("history.empty")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        for (HistoryEntry entry : entries) {
            Div box = new Div();
            box.addClassName("history-entry");
            String who = entry.displayName() != null ? entry.displayName() + " (" + entry.username() + ")"
                    : "system".equals(entry.username()) ? getTranslation("history.system") : entry.username();
            Span head = new Span(when.format(entry.when()) + " · " + who + " · "
                    + getTranslation("history." + entry.kind().name()));
            head.addClassName("history-head");
            box.add(head);
            for (HistoryEntry.Change change : entry.changes()) {
                boolean percent = change.fieldKey().equals("item.percent") || change.fieldKey().equals("item.buffer");
                boolean added = entry.kind() == HistoryEntry.Kind.COMMENTED || entry.kind() == HistoryEntry.Kind.FILE_ADDED;
                Span what = new Span(added ? value(change.after(), false) // a comment or a file: what it is, as written
                        : value(change.before(), percent) + " → " + value(change.after(), percent));
                Div line = new Div(new Span(getTranslation(change.fieldKey()) + ": "), what);
                if (added) {
                    line.addClassName("history-added");
                }
                line.addClassName("history-change");
                box.add(line);
            }
            add(box);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private String value(Object v, boolean percent) {
        if (v == null || (v instanceof String s && s.isBlank())) {
            return "—";
        }
        if (percent && v instanceof Integer p) {
            return Formats.percent(p, locale);
        }
        if (v instanceof HistoryEntry.Acceptance a) {
            String decision = a.accepted() ? getTranslation("history.accepted")
                    : getTranslation("history.rejected", a.comment());
            return a.files().isEmpty() ? decision
                    : decision + " · " + getTranslation("history.judgedFiles", String.join(", ", a.files()));
        }
        if (v instanceof LocalDate d) {
            return Formats.date(d, locale);
        }
        if (v instanceof Boolean b) {
            return getTranslation(b ? "history.yes" : "history.no");
        }
        if (v instanceof Enum<?> e) {
            String prefix = switch (e.getDeclaringClass().getSimpleName()) {
                case "ProgressStatus" -> "status.";
                case "WorkItemLevel" -> "level.";
                case "Priority" -> "priority.";
                case "RiskLevel" -> "risk.";
                default -> null;
            };
            return prefix == null ? e.name() : getTranslation(prefix + e.name());
        }
        return String.valueOf(v);
    }
}
