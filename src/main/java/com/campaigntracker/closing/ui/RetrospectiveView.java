package com.campaigntracker.closing.ui;

import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.DatePickers;
import com.campaigntracker.closing.ImprovementAction;
import com.campaigntracker.closing.RetrospectiveFacts;
import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.closing.RetrospectiveKpi;
import com.campaigntracker.closing.RetrospectivePage;
import com.campaigntracker.closing.RetrospectiveService;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The retrospective (复盘会, R14) of a closed project: the facts the system counted, then the meeting,
 * the three ratings, KPI actuals, what went well and wrong, lessons and improvement actions. Drafts
 * save; submitting locks the version; a correction starts the next. A refusal keeps what was typed.
 */
@Route("projects/:projectId/retrospective")
@PermitAll
public class RetrospectiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int ACTIONS = 3;

    private final transient RetrospectiveService retrospectives;
    private final transient PeopleService people;
    private final transient Clock clock;

    final Select<RetrospectivePage.Version> versions = new Select<>();
    final Div facts = new Div();
    final Span due = new Span();
    final DatePicker heldOn = DatePickers.bounded(new DatePicker());
    final MultiSelectComboBox<PersonOption> participants = ComponentTexts.multiSelect(new MultiSelectComboBox<>());
    final List<Select<Integer>> ratings = new ArrayList<>();
    final List<TextArea> ratingComments = new ArrayList<>();
    final List<BigDecimalField> kpiActuals = new ArrayList<>();
    final TextArea wentWell = new TextArea();
    final TextArea wentWrong = new TextArea();
    final TextArea lessons = new TextArea();
    final List<TextField> actions = new ArrayList<>();
    final List<ComboBox<PersonOption>> actionOwners = new ArrayList<>();
    final List<DatePicker> actionDates = new ArrayList<>();
    final Paragraph error = new Paragraph();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Button correct = new Button();

    private long projectId;
    private RetrospectivePage page;
    private List<PersonOption> everyone = List.of();
    private String title = "";

    RetrospectiveView(RetrospectiveService retrospectives, PeopleService people, Clock clock) {
        this.retrospectives = retrospectives;
        this.people = people;
        this.clock = clock;
        addClassName("retrospective");
        // once here: the page is rebuilt by load(), these fields and their listeners stay
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(e.getValue().number());
            }
        });
        saveDraft.addClickListener(e -> attempt(() -> {
            int n = retrospectives.saveDraft(projectId, page.version(), form(page.form()));
            load(n);
            Messages.show(getTranslation("retrospective.draftSaved", n), NotificationVariant.LUMO_SUCCESS);
        }));
        submit.addClickListener(e -> attempt(() -> {
            int n = retrospectives.submit(projectId, page.version(), form(page.form()));
            load(n);
            Messages.show(getTranslation("retrospective.submitted", n), NotificationVariant.LUMO_SUCCESS);
        }));
        correct.addClickListener(e -> attempt(() -> {
            int n = retrospectives.correct(projectId);
            load(n);
            Messages.show(getTranslation("retrospective.correcting", n), NotificationVariant.LUMO_SUCCESS);
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = ProjectPage.id(event);
        load(null);
    }

    private void load(Integer number) {
        removeAll();
        page = ProjectPage.load(this, projectId, id -> retrospectives.page(id, number), p -> p.project().name(),
                t -> title = t).orElse(null);
        if (page == null) {
            return;
        }
        everyone = people.people();
        add(new H2(getTranslation("retrospective.title", page.project().name())),
                new ProjectNav(projectId, ProjectNav.Page.RETROSPECTIVE));
        if (page.project().closedAt() == null) {
            Paragraph notYet = new Paragraph(getTranslation("retrospective.notClosed"));
            notYet.setId("retrospective-not-closed");
            add(notYet);
            return;
        }
        add(header(), factsPanel(), form(), buttons());
    }

    private Component header() {
        due.setId("retrospective-due");
        due.removeClassName("overdue-text");
        boolean anySubmitted = page.versions().stream().anyMatch(RetrospectivePage.Version::submitted);
        if (anySubmitted) {
            due.setText(getTranslation("retrospective.done"));
        } else {
            Duration left = Duration.between(clock.instant(), page.dueAt());
            due.setText(getTranslation(left.isNegative() ? "retrospective.overdue" : "retrospective.due",
                    Formats.dateTime(page.dueAt(), clock.getZone(), getLocale())));
            if (left.isNegative()) {
                due.addClassName("overdue-text");
            }
        }
        versions.setId("retrospective-versions");
        versions.setLabel(getTranslation("retrospective.version"));
        versions.setWidth("24rem");
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
        return new Div(closed, row);
    }

    /** What the system counted, so that the meeting discusses rather than counts. */
    private Component factsPanel() {
        RetrospectiveFacts f = page.facts();
        facts.removeAll();
        facts.setId("retrospective-facts");
        facts.addClassName("tiles");
        fact("fact-on-time", getTranslation("dashboard.onTime", f.finishedOnTime(), f.finished()),
                f.onTimeRate() == null ? "—" : Formats.percent(f.onTimeRate(), getLocale()));
        fact("fact-late", getTranslation("retrospective.fact.late"), String.valueOf(f.lateTasks()));
        fact("fact-delay", getTranslation("retrospective.fact.delay"),
                getTranslation("dashboard.days", f.delayDays()));
        fact("fact-warnings", getTranslation("retrospective.fact.warnings"), String.valueOf(f.warnings()));
        fact("fact-explanations", getTranslation("retrospective.fact.explanations", f.explanations()),
                f.explanationsOnTime() + " / " + f.explanations());
        fact("fact-escalations", getTranslation("retrospective.fact.escalations"), String.valueOf(f.escalations()));
        Div panel = new Div(new H3(getTranslation(page.submitted() ? "retrospective.factsFrozen"
                : "retrospective.factsLive")), facts);
        panel.setWidthFull(); // the tiles share the width, several to a row
        return panel;
    }

    private void fact(String id, String label, String value) {
        Div tile = new Div();
        tile.setId(id);
        tile.addClassName("tile");
        Span v = new Span(value);
        v.addClassName("tile-value");
        Span l = new Span(label);
        l.addClassName("tile-label");
        tile.add(v, l);
        facts.add(tile);
    }

    private Component form() {
        RetrospectiveForm f = page.form();
        boolean editable = page.editable();
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        error.setId("retrospective-error");
        error.addClassName("form-error");
        error.setVisible(false);
        body.add(error);

        heldOn.setId("retrospective-held-on");
        heldOn.setLabel(getTranslation("retrospective.heldOn"));
        heldOn.setLocale(getLocale());
        heldOn.setValue(f.heldOn());
        participants.setId("retrospective-participants");
        participants.setLabel(getTranslation("retrospective.participants"));
        participants.setItems(everyone);
        participants.setItemLabelGenerator(PersonOption::label);
        participants.setWidth("28rem");
        participants.setValue(everyone.stream().filter(p -> f.participantIds().contains(p.id()))
                .collect(Collectors.toSet()));
        HorizontalLayout meeting = new HorizontalLayout(heldOn, participants);
        meeting.getStyle().set("flex-wrap", "wrap");
        body.add(new H3(getTranslation("retrospective.meeting")), meeting);

        body.add(new H3(getTranslation("retrospective.ratings")));
        ratings.clear();
        ratingComments.clear();
        List<String> keys = List.of("progress", "risk", "responsibility");
        List<Integer> given = java.util.Arrays.asList(f.progressRating(), f.riskRating(), f.responsibilityRating());
        List<String> comments = java.util.Arrays.asList(f.progressComment(), f.riskComment(),
                f.responsibilityComment());
        for (int i = 0; i < keys.size(); i++) {
            Select<Integer> rating = new Select<>();
            rating.setId("rating-" + keys.get(i));
            rating.setLabel(getTranslation("retrospective.rating." + keys.get(i)));
            rating.setItems(1, 2, 3, 4, 5);
            rating.setItemLabelGenerator(n -> n == null ? "—"
                    : getTranslation("retrospective.stars", n, "★".repeat(n)));
            rating.setEmptySelectionAllowed(true);
            rating.setEmptySelectionCaption("—");
            rating.setWidth("16rem");
            rating.setValue(given.get(i));
            TextArea comment = new TextArea(getTranslation("retrospective.ratingComment"));
            comment.setId("rating-comment-" + keys.get(i));
            comment.setMaxLength(2000);
            comment.setWidth("28rem");
            comment.setValue(Objects.toString(comments.get(i), ""));
            ratings.add(rating);
            ratingComments.add(comment);
            HorizontalLayout row = new HorizontalLayout(rating, comment);
            row.getStyle().set("flex-wrap", "wrap");
            body.add(row);
        }

        kpiActuals.clear();
        if (!f.kpis().isEmpty()) {
            body.add(new H3(getTranslation("retrospective.kpis")));
            for (int i = 0; i < f.kpis().size(); i++) {
                RetrospectiveKpi k = f.kpis().get(i);
                BigDecimalField actual = new BigDecimalField(getTranslation("retrospective.kpiActual", k.name(),
                        k.target() == null ? "—" : k.target().stripTrailingZeros().toPlainString(),
                        Objects.toString(k.unit(), "")));
                actual.setId("kpi-actual-" + i);
                actual.setWidth("20rem");
                actual.setValue(k.actual());
                kpiActuals.add(actual);
                body.add(actual);
            }
        }

        body.add(new H3(getTranslation("retrospective.discussion")));
        text(wentWell, "retrospective-went-well", "retrospective.wentWell", f.wentWell());
        text(wentWrong, "retrospective-went-wrong", "retrospective.wentWrong", f.wentWrong());
        text(lessons, "retrospective-lessons", "retrospective.lessons", f.lessons());
        body.add(wentWell, wentWrong, lessons);

        body.add(new H3(getTranslation("retrospective.actions")));
        actions.clear();
        actionOwners.clear();
        actionDates.clear();
        int rows = Math.max(ACTIONS, f.actions().size());
        for (int i = 0; i < rows; i++) {
            ImprovementAction a = i < f.actions().size() ? f.actions().get(i) : null;
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
            actions.add(what);
            actionOwners.add(owner);
            actionDates.add(dueOn);
            HorizontalLayout row = new HorizontalLayout(what, owner, dueOn);
            row.getStyle().set("flex-wrap", "wrap");
            body.add(row);
        }
        setReadOnly(!editable);
        return body;
    }

    private static void text(TextArea area, String id, String labelKey, String value) {
        area.setId(id);
        area.setLabel(area.getTranslation(labelKey));
        area.setMaxLength(4000);
        area.setWidthFull();
        area.setValue(Objects.toString(value, ""));
    }

    private void setReadOnly(boolean readOnly) {
        heldOn.setReadOnly(readOnly);
        participants.setReadOnly(readOnly);
        ratings.forEach(r -> r.setReadOnly(readOnly));
        ratingComments.forEach(c -> c.setReadOnly(readOnly));
        kpiActuals.forEach(k -> k.setReadOnly(readOnly));
        List.of(wentWell, wentWrong, lessons).forEach(t -> t.setReadOnly(readOnly));
        actions.forEach(a -> a.setReadOnly(readOnly));
        actionOwners.forEach(o -> o.setReadOnly(readOnly));
        actionDates.forEach(d -> d.setReadOnly(readOnly));
    }

    private Component buttons() {
        saveDraft.setText(getTranslation("retrospective.saveDraft"));
        saveDraft.setId("retrospective-save");
        submit.setText(getTranslation("retrospective.submit"));
        submit.setId("retrospective-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        correct.setText(getTranslation("retrospective.correct"));
        correct.setId("retrospective-correct");
        saveDraft.setVisible(page.editable());
        submit.setVisible(page.editable());
        correct.setVisible(page.correctable());
        HorizontalLayout row = new HorizontalLayout(saveDraft, submit, correct);
        if (page.project().manages()) {
            // R15: the report and its archive live in the archive module; linked by route, not by class
            com.vaadin.flow.component.html.Anchor report = new com.vaadin.flow.component.html.Anchor(
                    "archive?project=" + projectId, getTranslation("retrospective.toArchive"));
            report.getElement().setAttribute("router-link", true);
            report.setId("retrospective-report");
            row.add(report);
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** What the fields say now, the KPIs' names and targets taken from what was loaded. */
    RetrospectiveForm form(RetrospectiveForm loaded) {
        List<RetrospectiveKpi> kpis = new ArrayList<>();
        for (int i = 0; i < loaded.kpis().size(); i++) {
            RetrospectiveKpi k = loaded.kpis().get(i);
            kpis.add(new RetrospectiveKpi(k.name(), k.unit(), k.target(), kpiActuals.get(i).getValue()));
        }
        List<ImprovementAction> given = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (!actions.get(i).getValue().isBlank()) {
                given.add(new ImprovementAction(actions.get(i).getValue(), actionOwners.get(i).getValue() == null
                        ? null : actionOwners.get(i).getValue().id(), actionDates.get(i).getValue()));
            }
        }
        Set<Long> who = new LinkedHashSet<>(participants.getValue().stream().map(PersonOption::id).toList());
        return new RetrospectiveForm(heldOn.getValue(), who, ratings.get(0).getValue(), ratingComments.get(0).getValue(),
                ratings.get(1).getValue(), ratingComments.get(1).getValue(), ratings.get(2).getValue(),
                ratingComments.get(2).getValue(), kpis, wentWell.getValue(), wentWrong.getValue(), lessons.getValue(),
                given);
    }

    /** Runs a save; a refusal is said above the form and every field keeps what was typed. */
    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (TranslatableException ex) {
            error.setText(Messages.text(this, ex));
            error.setVisible(true);
        } catch (AccessDeniedException ex) {
            error.setText(getTranslation("error.notAllowed"));
            error.setVisible(true);
        } catch (org.springframework.dao.OptimisticLockingFailureException ex) {
            error.setText(getTranslation("retrospective.error.conflict"));
            error.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
