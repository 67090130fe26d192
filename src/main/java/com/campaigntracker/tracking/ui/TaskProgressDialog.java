package com.campaigntracker.tracking.ui;

import com.campaigntracker.chart.Chart;
import com.campaigntracker.chart.ChartOptions;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.tracking.CurvePoint;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.tracking.RiskStatus;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.UpdateRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A task's progress story: planned-vs-actual curve, every update (who, when, %, status, note), its risk points. */
class TaskProgressDialog extends Dialog {

    TaskProgressDialog(TrackedTask task, List<UpdateRecord> updates, List<CurvePoint> curve, List<RiskLine> risks,
                       ZoneId zone) {
        setId("task-progress");
        setHeaderTitle(getTranslation("progress.title", task.wbs() + " " + task.name()));
        setWidth("min(44rem, 100vw)");
        setMaxWidth("100vw");
        Locale locale = getLocale();
        curve(curve, locale);
        updates(updates, zone, locale);
        risks(risks);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Planned against actual %, day by day. */
    private void curve(List<CurvePoint> curve, Locale locale) {
        add(new H4(getTranslation("progress.curve")));
        if (curve.isEmpty()) {
            add(new Paragraph(getTranslation("progress.curve.none")));
            return;
        }
        Chart chart = new Chart();
        chart.setId("progress-curve");
        chart.setHeight("220px");
        chart.setOption(ChartOptions.categories(curve.stream().map(p -> Formats.shortDate(p.day(), locale)).toList(), 100)
                .line(getTranslation("progress.expected"), curve.stream().map(CurvePoint::expected).toList(),
                        "#8a8f98", true)
                .line(getTranslation("progress.actual"), curve.stream().map(CurvePoint::actual).toList(),
                        "#1676f3", false)
                .build());
        add(chart);
    }

    /** Every update: when, who, %, status, where it came from, and its note or blocked reason. */
    private void updates(List<UpdateRecord> updates, ZoneId zone, Locale locale) {
        add(new H4(getTranslation("progress.updates")));
        if (updates.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("progress.updates.none"));
            none.setId("no-updates");
            add(none);
        }
        for (UpdateRecord u : updates) {
            Div line = new Div();
            line.addClassName("update-entry");
            String who = u.by() == null ? getTranslation("history.system") : u.by();
            Span head = new Span(Formats.dateTime(u.at(), zone, locale) + " · " + who + " · "
                    + Formats.percent(u.percent(), locale) + " · " + getTranslation("status." + u.status().name())
                    + (u.awaitingAcceptance() ? " · " + getTranslation("progress.awaitingAcceptance") : "")
                    + " · " + getTranslation("progress.source." + u.source().name()));
            head.addClassName("history-head");
            line.add(head);
            if (u.blockedReason() != null) {
                line.add(new Div(getTranslation("update.blockedReason") + ": " + u.blockedReason()));
            }
            if (u.note() != null) {
                Div note = new Div(u.note());
                note.addClassName("update-note");
                line.add(note);
            }
            add(line);
        }
    }

    private void risks(List<RiskLine> risks) {
        add(new H4(getTranslation("risk.ofTask")));
        if (risks.isEmpty()) {
            add(new Paragraph(getTranslation("risk.none")));
        }
        for (RiskLine r : risks) {
            Div line = new Div();
            line.addClassNames("risk-entry", "risk-" + r.level().name().toLowerCase(Locale.ROOT));
            line.add(new Span(getTranslation("risk." + r.level().name()) + " · " + r.description()
                    + (r.status() == RiskStatus.CLOSED ? " · " + getTranslation("risk.status.CLOSED") : "")));
            if (r.mitigation() != null) {
                line.add(new Div(getTranslation("risk.mitigation") + ": " + r.mitigation()));
            }
            add(line);
        }
    }
}
