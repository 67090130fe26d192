package com.campaigntracker.warning.ui;

import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.DatePickers;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.warning.CoordinationService;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ImpactService;
import com.campaigntracker.warning.MeetingLine;
import com.campaigntracker.warning.RemedialMeasure;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * The manager's coordination of a deviation (协调会, R12): the R's explanation beside a preview of
 * what the dates would move, the meetings held, then accept (dates applied, a schedule revision) or
 * reject with a comment; "mark major" sends it to the department head (R13). Read-only once decided
 * or for anyone but the manager. A refusal is said here and everything typed stays.
 */
class CoordinationDialog extends Dialog {

    final DatePicker start = DatePickers.bounded(new DatePicker());
    final DatePicker finish = DatePickers.bounded(new DatePicker());
    final TextArea comment = new TextArea();
    final TextArea majorNote = new TextArea();
    final ImpactPanel impact = new ImpactPanel("coordination-impact");
    final DatePicker heldOn = DatePickers.bounded(new DatePicker());
    final MultiSelectComboBox<PersonOption> attendees = ComponentTexts.multiSelect(new MultiSelectComboBox<>());
    final TextArea conclusion = new TextArea();
    final UnorderedList meetingList = new UnorderedList();
    final Paragraph error = new Paragraph();

    private final transient CoordinationService coordination;
    private final ExplanationLine e;
    private final Runnable changed;

    CoordinationDialog(ExplanationLine e, CoordinationService coordination, ImpactService impacts,
                       List<PersonOption> people, Clock clock, Runnable changed) {
        this.e = e;
        this.coordination = coordination;
        this.changed = changed;
        boolean open = e.editable() && e.state() == ExplanationLine.State.AWAITING_COORDINATION;
        setId("coordination-dialog");
        setHeaderTitle(getTranslation("coordination.title", e.taskName()));
        setWidth("min(64rem, 100vw)");
        error.setId("coordination-error");
        error.addClassName("form-error");
        error.setVisible(false);
        // the explanation and its meetings on the left, the decision with its preview beside them
        Div columns = new Div(explanationColumn(open, clock, people), decisionColumn(open, impacts));
        columns.addClassName("coordination-columns");
        add(error, columns);
        footer(open);
    }

    /** The R's explanation, the meetings held, and (while open) a form to record the next one. */
    private VerticalLayout explanationColumn(boolean open, Clock clock, List<PersonOption> people) {
        VerticalLayout column = new VerticalLayout(explanation(clock, people));
        column.setPadding(false);
        column.addClassName("coordination-column");
        column.add(new H4(getTranslation("coordination.meetings")), meetingList);
        showMeetings(people);
        if (open) {
            column.add(newMeeting(clock, people));
        }
        return column;
    }

    private Details newMeeting(Clock clock, List<PersonOption> people) {
        heldOn.setId("meeting-date");
        heldOn.setLabel(getTranslation("coordination.heldOn"));
        heldOn.setLocale(getLocale());
        heldOn.setValue(LocalDate.now(clock));
        attendees.setId("meeting-attendees");
        attendees.setLabel(getTranslation("coordination.attendees"));
        attendees.setItems(people);
        attendees.setItemLabelGenerator(PersonOption::label);
        attendees.setWidth("20rem");
        conclusion.setId("meeting-conclusion");
        conclusion.setLabel(getTranslation("coordination.conclusion"));
        conclusion.setMaxLength(2000);
        conclusion.setWidthFull();
        Button record = new Button(getTranslation("coordination.recordMeeting"), ev -> attempt(() -> {
            coordination.recordMeeting(e.id(), heldOn.getValue(), attendees.getValue().stream()
                    .map(PersonOption::id).toList(), conclusion.getValue());
            conclusion.clear();
            attendees.clear();
            showMeetings(people);
            Messages.show(getTranslation("coordination.meetingRecorded"), NotificationVariant.LUMO_SUCCESS);
        }));
        record.setId("meeting-record");
        HorizontalLayout who = new HorizontalLayout(heldOn, attendees);
        who.getStyle().set("flex-wrap", "wrap");
        return new Details(getTranslation("coordination.newMeeting"), new VerticalLayout(who, conclusion, record));
    }

    /**
     * The dates to apply and the comment: while open, editable with a preview of what they would move and
     * a way to mark the deviation major; once decided, the outcome read-only.
     */
    private VerticalLayout decisionColumn(boolean open, ImpactService impacts) {
        VerticalLayout decision = new VerticalLayout(new H4(getTranslation(open ? "coordination.decision"
                : "coordination.outcome")));
        decision.setPadding(false);
        decision.addClassName("coordination-column");
        start.setId("coordination-start");
        start.setLabel(getTranslation("item.plannedStart"));
        start.setLocale(getLocale());
        finish.setId("coordination-finish");
        finish.setLabel(getTranslation("item.plannedFinish"));
        finish.setLocale(getLocale());
        start.setValue(e.acceptedStart() != null ? e.acceptedStart() : e.proposedStart());
        finish.setValue(e.acceptedFinish() != null ? e.acceptedFinish() : e.proposedFinish());
        start.addValueChangeListener(ev -> impact.show(impacts, e.workItemId(), start.getValue(), finish.getValue()));
        finish.addValueChangeListener(ev -> impact.show(impacts, e.workItemId(), start.getValue(), finish.getValue()));
        comment.setId("coordination-comment");
        comment.setLabel(getTranslation("coordination.comment"));
        comment.setHelperText(getTranslation("coordination.commentHelp"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        comment.setValue(Objects.toString(e.decisionComment(), ""));
        decision.add(new HorizontalLayout(start, finish));
        if (open) {
            decision.add(new Paragraph(getTranslation("coordination.preview")), impact);
            impact.show(impacts, e.workItemId(), start.getValue(), finish.getValue());
        } else {
            start.setReadOnly(true);
            finish.setReadOnly(true);
            comment.setReadOnly(true);
            if (e.state() == ExplanationLine.State.ACCEPTED && e.revisionNumber() != null) {
                decision.add(new Paragraph(getTranslation("explanation.state.acceptedRevision", e.revisionNumber())));
            }
        }
        decision.add(comment);
        if (open) {
            decision.add(markMajor());
        }
        return decision;
    }

    /** R13: sends the deviation to the department head, with a note. */
    private Details markMajor() {
        majorNote.setId("coordination-major-note");
        majorNote.setLabel(getTranslation("coordination.majorNote"));
        majorNote.setHelperText(getTranslation("coordination.majorHelp"));
        majorNote.setMaxLength(1000);
        majorNote.setWidthFull();
        Button major = new Button(getTranslation("coordination.markMajor"), ev -> attempt(() -> {
            coordination.markMajor(e.id(), majorNote.getValue());
            Messages.show(getTranslation("coordination.escalated", e.taskName()), NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }));
        major.setId("coordination-major");
        major.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Details(getTranslation("coordination.markMajor"), new VerticalLayout(majorNote, major));
    }

    /** Close; while open also reject and accept, which decide the explanation and close the dialog. */
    private void footer(boolean open) {
        Button close = new Button(getTranslation("action.close"), ev -> close());
        if (!open) {
            getFooter().add(close);
            return;
        }
        Button reject = new Button(getTranslation("coordination.reject"), ev -> attempt(() -> {
            coordination.reject(e.id(), e.version(), comment.getValue());
            close();
            Messages.show(getTranslation("coordination.rejected", e.taskName()), NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }));
        reject.setId("coordination-reject");
        Button accept = new Button(getTranslation("coordination.accept"), ev -> attempt(() -> {
            Integer revision = coordination.accept(e.id(), e.version(), start.getValue(), finish.getValue(),
                    comment.getValue());
            close();
            Messages.show(revision == null ? getTranslation("coordination.acceptedNoDates", e.taskName())
                    : getTranslation("coordination.accepted", e.taskName(), revision), NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }));
        accept.setId("coordination-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close, reject, accept);
    }

    /** What the R wrote: cause, assessment, measures, proposed dates, when. */
    private Div explanation(Clock clock, List<PersonOption> people) {
        Div d = new Div();
        d.setId("coordination-explanation");
        d.add(new Paragraph(getTranslation("coordination.by", Objects.toString(e.ownerName(), "—"),
                Formats.dateTime(e.submittedAt(), clock.getZone(), getLocale()))
                + (e.late() ? " · " + getTranslation("explanation.lateMark") : "")));
        d.add(new Paragraph(getTranslation("explanation.cause." + e.causeType().name()) + ": " + e.cause()));
        if (e.ownerAssessment() != null) {
            d.add(new Paragraph(getTranslation("coordination.assessment") + ": " + e.ownerAssessment()));
        }
        UnorderedList measures = new UnorderedList();
        for (RemedialMeasure m : e.measures()) {
            String owner = people.stream().filter(p -> Objects.equals(p.id(), m.getOwnerId())).map(PersonOption::label)
                    .findFirst().map(n -> " · " + n).orElse("");
            measures.add(new ListItem(m.getDescription() + owner
                    + (m.getDueOn() == null ? "" : " · " + Formats.date(m.getDueOn(), getLocale()))));
        }
        d.add(new Paragraph(getTranslation("explanation.measures")), measures);
        d.add(new Paragraph(e.proposedStart() == null ? getTranslation("coordination.noDates")
                : getTranslation("coordination.proposed", Formats.date(e.proposedStart(), getLocale()),
                Formats.date(e.proposedFinish(), getLocale()))));
        return d;
    }

    private void showMeetings(List<PersonOption> people) {
        meetingList.removeAll();
        List<MeetingLine> held = coordination.meetings(List.of(e.id())).getOrDefault(e.id(), List.of());
        if (held.isEmpty()) {
            meetingList.add(new ListItem(getTranslation("coordination.noMeetings")));
        }
        held.forEach(m -> meetingList.add(new ListItem(Formats.date(m.heldOn(), getLocale()) + " · "
                + String.join(getTranslation("list.separator"), m.attendees()) + " · " + m.conclusion())));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            error.setVisible(false);
        } catch (TranslatableException ex) {
            refuse(Messages.text(this, ex));
        } catch (AccessDeniedException ex) {
            refuse(getTranslation("error.notAllowed"));
        } catch (org.springframework.dao.OptimisticLockingFailureException ex) {
            refuse(getTranslation("coordination.error.conflict"));
        }
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
