package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.ui.DatePickers;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.warning.CauseType;
import com.campaigntracker.warning.ExplanationForm;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.RemedialMeasure;
import com.campaigntracker.warning.ImpactService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The R's deviation explanation (R11): cause, assessment, up to three remedial measures with owner and
 * date, proposed dates with what they would move; a refusal is said here and everything typed stays.
 */
class ExplanationDialog extends Dialog {

    static final int MEASURES = 3;

    final RadioButtonGroup<CauseType> causeType = new RadioButtonGroup<>();
    final TextArea cause = new TextArea();
    final TextArea assessment = new TextArea();
    final List<TextField> measures = new ArrayList<>();
    final List<ComboBox<PersonOption>> measureOwners = new ArrayList<>();
    final List<DatePicker> measureDates = new ArrayList<>();
    final DatePicker proposedStart = DatePickers.bounded(new DatePicker());
    final DatePicker proposedFinish = DatePickers.bounded(new DatePicker());
    final ImpactPanel impact = new ImpactPanel("explanation-impact");
    final Paragraph error = new Paragraph();

    /** Measures that worked before against similar causes (有效应对措施), one click to take. */
    final com.vaadin.flow.component.html.Div suggestions = new com.vaadin.flow.component.html.Div();

    ExplanationDialog(ExplanationLine e, ExplanationService explanations, ImpactService impacts,
                      com.campaigntracker.warning.MeasureLibrary library, List<PersonOption> people, Runnable saved) {
        setId("explanation-dialog");
        setHeaderTitle(getTranslation("explanation.title", e.taskName()));
        setWidth("min(40rem, 100vw)");
        causeFields();
        VerticalLayout body = new VerticalLayout(error, causeType, cause, assessment);
        body.setPadding(false);
        measureRows(people).forEach(body::add);
        suggestions.setId("explanation-suggestions");
        suggestions.addClassName("measure-suggestions");
        body.add(suggestions);
        causeType.addValueChangeListener(ev -> suggest(library));
        // the library is read once the cause is written, not at every pause in typing
        cause.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        cause.addValueChangeListener(ev -> suggest(library));
        error.setId("explanation-error");
        error.addClassName("form-error");
        error.setVisible(false);
        body.add(proposedDates(e, impacts), impact);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), ev -> close()),
                submitButton(e, explanations, saved));
    }

    private void causeFields() {
        causeType.setId("explanation-cause-type");
        causeType.setLabel(getTranslation("explanation.causeType"));
        causeType.setItems(CauseType.values());
        causeType.setItemLabelGenerator(c -> getTranslation("explanation.cause." + c.name()));
        cause.setId("explanation-cause");
        cause.setLabel(getTranslation("explanation.cause"));
        cause.setMaxLength(2000);
        cause.setWidthFull();
        assessment.setId("explanation-assessment");
        assessment.setLabel(getTranslation("explanation.assessment"));
        assessment.setMaxLength(2000);
        assessment.setWidthFull();
    }

    /** {@link #MEASURES} rows of measure, owner and date; blank ones are not kept. */
    private List<HorizontalLayout> measureRows(List<PersonOption> people) {
        List<HorizontalLayout> rows = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            TextField m = new TextField(getTranslation("explanation.measure", i + 1));
            m.setId("explanation-measure-" + i);
            m.setMaxLength(1000);
            m.setWidth("16rem");
            ComboBox<PersonOption> owner = new ComboBox<>(getTranslation("explanation.measureOwner"));
            owner.setItems(people);
            owner.setItemLabelGenerator(PersonOption::label);
            owner.setWidth("9rem");
            DatePicker due = DatePickers.bounded(new DatePicker(getTranslation("explanation.measureDue")));
            due.setLocale(getLocale());
            due.setWidth("9rem");
            measures.add(m);
            measureOwners.add(owner);
            measureDates.add(due);
            HorizontalLayout row = new HorizontalLayout(m, owner, due);
            row.getStyle().set("flex-wrap", "wrap");
            rows.add(row);
        }
        return rows;
    }

    /** The dates the R proposes; the impact panel shows what they would move as they change. */
    private HorizontalLayout proposedDates(ExplanationLine e, ImpactService impacts) {
        proposedStart.setId("explanation-start");
        proposedStart.setLabel(getTranslation("explanation.proposedStart"));
        proposedStart.setLocale(getLocale());
        proposedFinish.setId("explanation-finish");
        proposedFinish.setLabel(getTranslation("explanation.proposedFinish"));
        proposedFinish.setLocale(getLocale());
        proposedStart.addValueChangeListener(ev -> impact.show(impacts, e.workItemId(), proposedStart.getValue(),
                proposedFinish.getValue()));
        proposedFinish.addValueChangeListener(ev -> impact.show(impacts, e.workItemId(), proposedStart.getValue(),
                proposedFinish.getValue()));
        return new HorizontalLayout(proposedStart, proposedFinish);
    }

    private Button submitButton(ExplanationLine e, ExplanationService explanations, Runnable saved) {
        Button submit = new Button(getTranslation("explanation.submit"), ev -> {
            try {
                explanations.submit(e.id(), e.version(), form());
                close();
                Messages.show(getTranslation("explanation.saved", e.taskName()), NotificationVariant.LUMO_SUCCESS);
                saved.run();
            } catch (TranslatableException ex) {
                refuse(Messages.text(this, ex));
            } catch (AccessDeniedException ex) {
                refuse(getTranslation("error.notAllowed"));
            }
        });
        submit.setId("explanation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return submit;
    }

    ExplanationForm form() {
        List<RemedialMeasure> given = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            if (!measures.get(i).getValue().isBlank()) {
                given.add(new RemedialMeasure(measures.get(i).getValue(),
                        measureOwners.get(i).getValue() == null ? null : measureOwners.get(i).getValue().id(),
                        measureDates.get(i).getValue()));
            }
        }
        return new ExplanationForm(causeType.getValue(), cause.getValue(), assessment.getValue(), given,
                proposedStart.getValue(), proposedFinish.getValue());
    }

    /** The library's measures for this kind of cause and these words; taking one fills the next empty row. */
    private void suggest(com.campaigntracker.warning.MeasureLibrary library) {
        suggestions.removeAll();
        if (causeType.getValue() == null) {
            return;
        }
        List<com.campaigntracker.warning.MeasureSuggestion> found = library.suggest(causeType.getValue(),
                cause.getValue(), 5);
        if (found.isEmpty()) {
            return;
        }
        suggestions.add(new Paragraph(getTranslation("explanation.suggestions")));
        for (var m : found) {
            Button take = new Button(getTranslation("explanation.suggestion", m.description(), m.timesWorked(),
                    m.timesTaken()), ev -> measures.stream().filter(f -> f.getValue().isBlank()).findFirst()
                    .ifPresent(f -> f.setValue(m.description())));
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            suggestions.add(take);
        }
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
