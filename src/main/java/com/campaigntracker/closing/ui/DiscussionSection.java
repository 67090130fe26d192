package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.RetrospectiveForm;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;

/** What went well, what went wrong, and the lessons drawn. */
class DiscussionSection extends FormSection {

    final TextArea wentWell = new TextArea();
    final TextArea wentWrong = new TextArea();
    final TextArea lessons = new TextArea();

    DiscussionSection() {
        super("retrospective.discussion");
        wentWell.setId("retrospective-went-well");
        wentWrong.setId("retrospective-went-wrong");
        lessons.setId("retrospective-lessons");
        List.of(wentWell, wentWrong, lessons).forEach(area -> {
            area.setMaxLength(4000);
            area.setWidthFull();
        });
    }

    void show(RetrospectiveForm f) {
        restart();
        text(wentWell, "retrospective.wentWell", f.wentWell());
        text(wentWrong, "retrospective.wentWrong", f.wentWrong());
        text(lessons, "retrospective.lessons", f.lessons());
        add(wentWell, wentWrong, lessons);
    }

    private static void text(TextArea area, String labelKey, String value) {
        area.setLabel(area.getTranslation(labelKey));
        area.setValue(Objects.toString(value, ""));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        List.of(wentWell, wentWrong, lessons).forEach(t -> t.setReadOnly(readOnly));
    }
}
