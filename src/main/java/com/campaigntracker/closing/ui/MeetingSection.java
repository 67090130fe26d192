package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.DatePickers;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** When the retrospective meeting was held and who took part. */
class MeetingSection extends FormSection {

    final DatePicker heldOn = DatePickers.bounded(new DatePicker());
    final MultiSelectComboBox<PersonOption> participants = ComponentTexts.multiSelect(new MultiSelectComboBox<>());

    MeetingSection() {
        super("retrospective.meeting");
        heldOn.setId("retrospective-held-on");
        participants.setId("retrospective-participants");
        participants.setItemLabelGenerator(PersonOption::label);
        participants.setWidth("28rem");
    }

    void show(RetrospectiveForm f, List<PersonOption> everyone) {
        restart();
        heldOn.setLabel(getTranslation("retrospective.heldOn"));
        heldOn.setLocale(getLocale());
        heldOn.setValue(f.heldOn());
        participants.setLabel(getTranslation("retrospective.participants"));
        participants.setItems(everyone);
        participants.setValue(everyone.stream().filter(p -> f.participantIds().contains(p.id()))
                .collect(Collectors.toSet()));
        add(row(heldOn, participants));
    }

    LocalDate heldOn() {
        return heldOn.getValue();
    }

    Set<Long> participantIds() {
        return new LinkedHashSet<>(participants.getValue().stream().map(PersonOption::id).toList());
    }

    @Override
    void setReadOnly(boolean readOnly) {
        heldOn.setReadOnly(readOnly);
        participants.setReadOnly(readOnly);
    }
}
