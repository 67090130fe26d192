package com.campaigntracker.shared.ui;

import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** % complete as a bar with its number. */
public class PercentBar extends HorizontalLayout {

    public PercentBar(int percent) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.setWidth("4em");
        bar.getElement().setAttribute("aria-label", getTranslation("item.percent")); // a progress bar needs a name
        Span label = new Span(Formats.percent(percent, getLocale()));
        label.addClassName("percent-label");
        add(bar, label);
        setAlignItems(Alignment.CENTER);
        setSpacing(true);
        addClassName("percent-bar");
    }
}
