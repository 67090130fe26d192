package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.RiskSuggestions;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/**
 * Right after a manager adds a task: the risks seen on similar tasks of finished campaigns, with
 * what was done about them; "Add" makes one a risk point of the new task.
 */
class RiskSuggestionsDialog extends Dialog {

    private boolean addedAny;

    RiskSuggestionsDialog(RiskSuggestions risks, WorkItemRow task, List<RiskSuggestions.Suggestion> found) {
        setHeaderTitle(getTranslation("plan.riskHints.title", task.name()));
        setId("risk-suggestions");
        setWidth("min(640px, 100vw)");
        add(new Paragraph(getTranslation("plan.riskHints.explain")));
        for (RiskSuggestions.Suggestion s : found) {
            Div line = new Div();
            line.addClassName("risk-suggestion");
            Span description = new Span(s.description());
            description.getStyle().set("font-weight", "600");
            Span level = new Span(getTranslation("risk." + s.level().name()));
            level.getElement().getThemeList().add(s.level() == com.campaigntracker.plan.RiskLevel.HIGH
                    ? "badge error small" : "badge small");
            level.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            Paragraph facts = new Paragraph(getTranslation("plan.riskHints.facts", s.seenOn(), s.timesSeen(),
                    s.timesOnTime()));
            facts.getStyle().set("margin", "0");
            Paragraph measures = new Paragraph(s.measures().isBlank() ? ""
                    : getTranslation("plan.riskHints.measures", s.measures()));
            measures.getStyle().set("margin", "0");
            Button add = new Button(getTranslation("plan.riskHints.add"));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> {
                if (Messages.attempt(this, () -> risks.accept(task.id(), task.ownerId(), s))) {
                    add.setEnabled(false);
                    add.setText(getTranslation("plan.riskHints.added"));
                    Messages.show(getTranslation("plan.riskHints.addedNote", s.description()),
                            NotificationVariant.LUMO_SUCCESS);
                    addedAny = true;
                }
            });
            line.add(new Div(description, level), facts, measures, add);
            line.getStyle().set("padding", "var(--lumo-space-s) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            add(line);
        }
        Button done = new Button(getTranslation("plan.riskHints.done"), e -> close());
        done.setId("risk-suggestions-done");
        getFooter().add(done);
    }

    boolean addedAny() {
        return addedAny;
    }
}
