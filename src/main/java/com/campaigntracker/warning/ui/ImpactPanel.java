package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.warning.ImpactAnalysis;
import com.campaigntracker.warning.ImpactService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Map;

/**
 * What dates for a task would move (R11's impact scope, R12's preview): on or off the critical path,
 * the project finish before → after with the slip, the milestones and every task that would move and to
 * when. Computed on the plan as it stands; nothing is changed.
 */
class ImpactPanel extends Div {

    final Paragraph summary = new Paragraph();
    final UnorderedList moved = new UnorderedList();

    ImpactPanel(String id) {
        setId(id);
        addClassName("impact-panel");
        summary.setText(getTranslation("explanation.impact.none"));
        add(summary, moved);
    }

    void show(ImpactService impacts, long taskId, LocalDate start, LocalDate finish) {
        moved.removeAll();
        if (start == null || finish == null || finish.isBefore(start)) {
            summary.setText(getTranslation("explanation.impact.none"));
            return;
        }
        ImpactService.ImpactPreview preview;
        try {
            preview = impacts.preview(taskId, start, finish).orElse(null);
        } catch (com.campaigntracker.shared.i18n.TranslatableException e) { // dates out of bounds: said here
            summary.setText(com.campaigntracker.shared.ui.Messages.text(this, e));
            return;
        }
        if (preview == null) {
            summary.setText(getTranslation("explanation.impact.none"));
            return;
        }
        ImpactAnalysis.Impact i = preview.impact();
        summary.setText(getTranslation("explanation.impact.summary",
                getTranslation(i.critical() ? "explanation.impact.critical" : "explanation.impact.notCritical"),
                i.downstream().size(), i.moved().size(), Formats.date(i.finishBefore(), getLocale()),
                Formats.date(i.finishAfter(), getLocale()), i.finishSlip(), i.milestonesMoved().size()));
        summary.getElement().getClassList().set("overdue-text", i.finishSlip() > 0 || !i.milestonesMoved().isEmpty());
        for (Map.Entry<Long, com.campaigntracker.schedule.Span> m : i.moved().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(
                        com.campaigntracker.schedule.Span::start))).toList()) {
            ListItem item = new ListItem(getTranslation("explanation.impact.moves", preview.name(m.getKey()),
                    Formats.date(m.getValue().start(), getLocale()), Formats.date(m.getValue().finish(), getLocale())
                    + (i.milestonesMoved().contains(m.getKey()) ? " · " + getTranslation("item.milestone") : "")));
            moved.add(item);
        }
    }
}
