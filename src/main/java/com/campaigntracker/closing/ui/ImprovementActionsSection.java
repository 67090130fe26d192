package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.ImprovementAction;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.shared.ui.DatePickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Improvement actions: what, who, by when; at least {@link #ROWS} rows, blank ones are not kept. */
class ImprovementActionsSection extends FormSection {

    static final int ROWS = 3;

    final List<TextField> descriptions = new ArrayList<>();
    final List<ComboBox<PersonOption>> owners = new ArrayList<>();
    final List<DatePicker> dates = new ArrayList<>();

    ImprovementActionsSection() {
        super("retrospective.actions");
    }

    void show(List<ImprovementAction> given, List<PersonOption> everyone) {
        restart();
        descriptions.clear();
        owners.clear();
        dates.clear();
        int rows = Math.max(ROWS, given.size());
        for (int i = 0; i < rows; i++) {
            ImprovementAction a = i < given.size() ? given.get(i) : null;
            TextField what = new TextField(getTranslation("retrospective.action", i + 1));
            what.setId("action-" + i);
            what.setMaxLength(ImprovementAction.DESCRIPTION_MAX);
            what.setWidth("22rem");
            what.setValue(a == null ? "" : a.description());
            ComboBox<PersonOption> owner = new ComboBox<>(getTranslation("retrospective.actionOwner"));
            owner.setItems(everyone);
            owner.setItemLabelGenerator(PersonOption::label);
            owner.setWidth("10rem");
            everyone.stream().filter(p -> a != null && Objects.equals(p.id(), a.ownerId())).findFirst()
                    .ifPresent(owner::setValue);
            DatePicker dueOn = DatePickers.bounded(new DatePicker(getTranslation("retrospective.actionDue")));
            dueOn.setLocale(getLocale());
            dueOn.setWidth("10rem");
            dueOn.setValue(a == null ? null : a.dueOn());
            descriptions.add(what);
            owners.add(owner);
            dates.add(dueOn);
            add(row(what, owner, dueOn));
        }
    }

    /** The rows with a description, in their order. */
    List<ImprovementAction> read() {
        List<ImprovementAction> given = new ArrayList<>();
        for (int i = 0; i < descriptions.size(); i++) {
            if (!descriptions.get(i).getValue().isBlank()) {
                given.add(new ImprovementAction(descriptions.get(i).getValue(), owners.get(i).getValue() == null
                        ? null : owners.get(i).getValue().id(), dates.get(i).getValue()));
            }
        }
        return given;
    }

    @Override
    void setReadOnly(boolean readOnly) {
        descriptions.forEach(a -> a.setReadOnly(readOnly));
        owners.forEach(o -> o.setReadOnly(readOnly));
        dates.forEach(d -> d.setReadOnly(readOnly));
    }
}
