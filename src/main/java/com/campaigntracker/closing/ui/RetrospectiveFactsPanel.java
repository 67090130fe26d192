package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.RetrospectiveFacts;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** What the system counted, so that the meeting discusses rather than counts: live, frozen once submitted. */
class RetrospectiveFactsPanel extends Div {

    private final H3 heading = new H3();
    private final Div tiles = new Div();

    RetrospectiveFactsPanel() {
        tiles.setId("retrospective-facts");
        tiles.addClassName("tiles");
        add(heading, tiles);
        setWidthFull(); // the tiles share the width, several to a row
    }

    void show(RetrospectiveFacts f, boolean frozen) {
        heading.setText(getTranslation(frozen ? "retrospective.factsFrozen" : "retrospective.factsLive"));
        tiles.removeAll();
        tile("fact-on-time", getTranslation("dashboard.onTime", f.finishedOnTime(), f.finished()),
                f.onTimeRate() == null ? "—" : Formats.percent(f.onTimeRate(), getLocale()));
        tile("fact-late", getTranslation("retrospective.fact.late"), String.valueOf(f.lateTasks()));
        tile("fact-delay", getTranslation("retrospective.fact.delay"),
                getTranslation("dashboard.days", f.delayDays()));
        tile("fact-warnings", getTranslation("retrospective.fact.warnings"), String.valueOf(f.warnings()));
        tile("fact-explanations", getTranslation("retrospective.fact.explanations", f.explanations()),
                f.explanationsOnTime() + " / " + f.explanations());
        tile("fact-escalations", getTranslation("retrospective.fact.escalations"), String.valueOf(f.escalations()));
    }

    private void tile(String id, String label, String value) {
        Div tile = new Div();
        tile.setId(id);
        tile.addClassName("tile");
        Span v = new Span(value);
        v.addClassName("tile-value");
        Span l = new Span(label);
        l.addClassName("tile-label");
        tile.add(v, l);
        tiles.add(tile);
    }
}
