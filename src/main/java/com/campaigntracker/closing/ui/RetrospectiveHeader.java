package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.RetrospectivePage;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.util.Objects;
import java.util.function.IntConsumer;

/** When the project closed, when the retrospective is due (or that it is done), and its versions to choose from. */
class RetrospectiveHeader extends Div {

    final Span due = new Span();
    final Select<RetrospectivePage.Version> versions = new Select<>();

    private final transient Clock clock;

    RetrospectiveHeader(Clock clock, IntConsumer versionChosen) {
        this.clock = clock;
        due.setId("retrospective-due");
        versions.setId("retrospective-versions");
        versions.setWidth("24rem");
        // once here: show() refills the list, the listener stays
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                versionChosen.accept(e.getValue().number());
            }
        });
    }

    void show(RetrospectivePage page) {
        removeAll();
        showDue(page);
        versions.setLabel(getTranslation("retrospective.version"));
        versions.setItems(page.versions());
        versions.setItemLabelGenerator(v -> getTranslation(v.submitted() ? "retrospective.versionSubmitted"
                : "retrospective.versionDraft", v.number(), Formats.dateTime(v.submitted() ? v.submittedAt()
                : v.savedAt(), clock.getZone(), getLocale()), Objects.toString(v.submittedBy(), "")));
        page.versions().stream().filter(v -> v.number() == page.number()).findFirst().ifPresent(versions::setValue);
        versions.setVisible(!page.versions().isEmpty());
        Paragraph closed = new Paragraph(page.project().cancelReason() == null
                ? getTranslation("retrospective.closedOn", Formats.dateTime(page.project().closedAt(),
                clock.getZone(), getLocale()))
                : getTranslation("retrospective.cancelledOn", Formats.dateTime(page.project().closedAt(),
                clock.getZone(), getLocale()), page.project().cancelReason()));
        HorizontalLayout row = new HorizontalLayout(due, versions);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(closed, row);
    }

    private void showDue(RetrospectivePage page) {
        due.removeClassName("overdue-text");
        if (page.done()) {
            due.setText(getTranslation("retrospective.done"));
            return;
        }
        boolean overdue = page.overdue(clock.instant());
        due.setText(getTranslation(overdue ? "retrospective.overdue" : "retrospective.due",
                Formats.dateTime(page.dueAt(), clock.getZone(), getLocale())));
        if (overdue) {
            due.addClassName("overdue-text");
        }
    }
}
