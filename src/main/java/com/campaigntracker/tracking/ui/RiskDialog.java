package com.campaigntracker.tracking.ui;

import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.RiskLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/** Raises a risk point on a task, or edits one; a refusal is said here and what was typed stays. */
class RiskDialog extends Dialog {

    /** What saving does with the details: add them to the chosen task, or update the risk. */
    interface Save {
        void save(Long taskId, RiskDetails details);
    }

    final ComboBox<WorkItemRow> task = new ComboBox<>();
    final TextArea description = new TextArea();
    final RadioButtonGroup<RiskLevel> probability = new RadioButtonGroup<>();
    final RadioButtonGroup<RiskLevel> impact = new RadioButtonGroup<>();
    final RadioButtonGroup<RiskLevel> level = new RadioButtonGroup<>();
    final TextArea mitigation = new TextArea();
    final ComboBox<PersonOption> owner = new ComboBox<>();
    final Paragraph error = new Paragraph();
    private boolean levelPicked;

    /** Risks seen on tasks like the one chosen, from the risk-point library: one click fills the form. */
    final com.vaadin.flow.component.html.Div suggestions = new com.vaadin.flow.component.html.Div();

    RiskDialog(RiskLine existing, List<WorkItemRow> tasks, List<PersonOption> people, Save save) {
        this(existing, tasks, people, save, null);
    }

    RiskDialog(RiskLine existing, List<WorkItemRow> tasks, List<PersonOption> people, Save save,
               com.campaigntracker.tracking.RiskLibrary library) {
        setId("risk-dialog");
        setHeaderTitle(getTranslation(existing == null ? "risk.add" : "risk.edit"));
        setWidth("min(36rem, 100vw)");
        labelFields(tasks, people);
        task.setVisible(existing == null);
        error.setId("risk-error");
        error.addClassName("form-error");
        error.setVisible(false);
        fill(existing, people);
        level.addValueChangeListener(e -> levelPicked |= e.isFromClient());
        probability.addValueChangeListener(e -> suggest());
        impact.addValueChangeListener(e -> suggest());
        suggestions.setId("risk-suggestions");
        suggestions.addClassName("measure-suggestions");
        if (library != null && existing == null) {
            task.addValueChangeListener(e -> suggest(library));
        }
        FormLayout form = new FormLayout(task, suggestions, description, probability, impact, level, mitigation,
                owner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveButton(existing, save));
    }

    /** Ids, labels, choices and limits of the fields. */
    private void labelFields(List<WorkItemRow> tasks, List<PersonOption> people) {
        task.setId("risk-task");
        task.setLabel(getTranslation("item.name"));
        task.setItems(tasks);
        task.setItemLabelGenerator(r -> r.wbs() + " " + r.name());
        task.setWidthFull();
        description.setId("risk-description");
        description.setLabel(getTranslation("risk.description"));
        description.setPlaceholder(getTranslation("risk.description.placeholder"));
        description.setMaxLength(1000);
        for (var g : List.of(probability, impact, level)) {
            g.setItems(RiskLevel.values());
            g.setItemLabelGenerator(l -> getTranslation("risk." + l.name()));
        }
        probability.setLabel(getTranslation("risk.probability"));
        impact.setLabel(getTranslation("risk.impact"));
        level.setLabel(getTranslation("risk.level"));
        level.setId("risk-level");
        probability.setId("risk-probability");
        impact.setId("risk-impact");
        mitigation.setId("risk-mitigation");
        mitigation.setLabel(getTranslation("risk.mitigation"));
        mitigation.setMaxLength(2000);
        owner.setId("risk-owner");
        owner.setLabel(getTranslation("risk.owner"));
        owner.setItems(people);
        owner.setItemLabelGenerator(PersonOption::label);
        owner.setClearButtonVisible(true);
    }

    /** The risk being edited as it is; a new one at medium, its level then following probability and impact. */
    private void fill(RiskLine existing, List<PersonOption> people) {
        if (existing == null) {
            probability.setValue(RiskLevel.MEDIUM);
            impact.setValue(RiskLevel.MEDIUM);
            level.setValue(RiskLevel.MEDIUM);
            return;
        }
        description.setValue(existing.description());
        probability.setValue(existing.probability());
        impact.setValue(existing.impact());
        level.setValue(existing.level());
        levelPicked = true;
        mitigation.setValue(Objects.toString(existing.mitigation(), ""));
        people.stream().filter(p -> Objects.equals(p.id(), existing.ownerId())).findFirst().ifPresent(owner::setValue);
    }

    private Button saveButton(RiskLine existing, Save save) {
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (existing == null && task.getValue() == null) {
                refuse(getTranslation("risk.error.task"));
                return;
            }
            try {
                save.save(existing == null ? task.getValue().id() : null, new RiskDetails(description.getValue(),
                        level.getValue(), probability.getValue(), impact.getValue(), mitigation.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id()));
                close();
            } catch (TranslatableException ex) { // said in the dialog, which keeps what was typed
                refuse(Messages.text(this, ex));
            } catch (AccessDeniedException ex) {
                refuse(getTranslation("error.notAllowed"));
            }
        });
        ok.setId("risk-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ok;
    }

    private void suggest(com.campaigntracker.tracking.RiskLibrary library) {
        suggestions.removeAll();
        if (task.getValue() == null) {
            return;
        }
        var found = library.suggest(task.getValue().name(), 3);
        if (found.isEmpty()) {
            return;
        }
        suggestions.add(new Paragraph(getTranslation("riskLibrary.suggested")));
        for (var entry : found) {
            Button take = new Button(getTranslation("riskLibrary.take", entry.description(), entry.timesSeen()),
                    e -> {
                        description.setValue(entry.description());
                        level.setValue(entry.level());
                        levelPicked = true;
                        mitigation.setValue(String.join("；", entry.measures()));
                    });
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            suggestions.add(take);
        }
    }

    private void suggest() {
        RiskLevel suggested = RiskDetails.suggestedLevel(probability.getValue(), impact.getValue());
        if (!levelPicked && suggested != null) {
            level.setValue(suggested);
        }
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
