package com.campaigntracker.tracking.ui;

import com.campaigntracker.plan.ProgressReport;
import com.campaigntracker.plan.ProgressRule;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The owner's quick update, made for a phone before leaving work: % complete (typed, stepped or one of
 * four taps), status, why it is blocked, a note, and optionally a risk point. Ctrl+Enter saves. A
 * refusal is said in the dialog and everything typed stays.
 */
class QuickUpdateDialog extends Dialog {

    private static final List<ProgressStatus> STATUSES = List.of(ProgressStatus.NOT_STARTED,
            ProgressStatus.IN_PROGRESS, ProgressStatus.BLOCKED, ProgressStatus.DONE);

    private final transient TrackingService tracking;
    private final TrackedTask task;
    private final transient Runnable saved;
    private final UpdateForm form = new UpdateForm();
    private final Binder<UpdateForm> binder = new Binder<>(UpdateForm.class);

    final IntegerField percent = new IntegerField();
    final RadioButtonGroup<ProgressStatus> status = new RadioButtonGroup<>();
    final TextArea blockedReason = new TextArea();
    final TextArea note = new TextArea();
    final Checkbox addRisk = new Checkbox();
    final TextArea riskDescription = new TextArea();
    final RadioButtonGroup<RiskLevel> riskLevel = new RadioButtonGroup<>();
    final RadioButtonGroup<RiskLevel> riskProbability = new RadioButtonGroup<>();
    final RadioButtonGroup<RiskLevel> riskImpact = new RadioButtonGroup<>();
    final TextArea riskMitigation = new TextArea();
    final Paragraph error = new Paragraph();

    QuickUpdateDialog(TrackedTask task, TrackingService tracking, Runnable saved) {
        this.task = task;
        this.tracking = tracking;
        this.saved = saved;
        setId("quick-update");
        addClassName("quick-update");
        setHeaderTitle(getTranslation("update.title", task.name()));
        setWidth("min(32rem, 100vw)");
        setMaxWidth("100vw");
        setDraggable(false);
        percentField();
        HorizontalLayout taps = percentTaps();
        statusAndNoteFields();
        VerticalLayout risk = riskPoint();
        errorLine();
        bind();
        showTask();
        reflectProgressRule();
        add(body(taps, risk));
        footer();
    }

    private void percentField() {
        percent.setId("update-percent");
        percent.setLabel(getTranslation("item.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setStep(1); // a step of 10 would make the field itself refuse 35
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new Div("%"));
        percent.setWidthFull();
    }

    /** One tap for 25, 50, 75 or 100 %. */
    private HorizontalLayout percentTaps() {
        HorizontalLayout taps = new HorizontalLayout();
        taps.addClassName("percent-taps");
        for (int p : new int[] {25, 50, 75, 100}) {
            Button tap = new Button(p + "%", e -> percent.setValue(p));
            tap.setId("update-percent-" + p);
            tap.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            taps.add(tap);
        }
        return taps;
    }

    private void statusAndNoteFields() {
        status.setId("update-status");
        status.setLabel(getTranslation("item.status"));
        status.setItems(STATUSES);
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        blockedReason.setId("update-blocked-reason");
        blockedReason.setLabel(getTranslation("update.blockedReason"));
        blockedReason.setPlaceholder(getTranslation("update.blockedReason.placeholder"));
        blockedReason.setMaxLength(2000);
        blockedReason.setWidthFull();
        note.setId("update-note");
        note.setLabel(getTranslation("update.note"));
        note.setMaxLength(ProgressReport.NOTE_MAX);
        note.setWidthFull();
    }

    /** The optional risk point: description, probability, impact, the level they suggest, mitigation. */
    private VerticalLayout riskPoint() {
        addRisk.setId("update-add-risk");
        addRisk.setLabel(getTranslation("update.addRisk"));
        riskDescription.setId("update-risk-description");
        riskDescription.setLabel(getTranslation("risk.description"));
        riskDescription.setPlaceholder(getTranslation("risk.description.placeholder"));
        riskDescription.setMaxLength(1000);
        riskDescription.setWidthFull();
        levels(riskLevel, "update-risk-level", "risk.level");
        levels(riskProbability, "update-risk-probability", "risk.probability");
        levels(riskImpact, "update-risk-impact", "risk.impact");
        riskMitigation.setId("update-risk-mitigation");
        riskMitigation.setLabel(getTranslation("risk.mitigation"));
        riskMitigation.setMaxLength(2000);
        riskMitigation.setWidthFull();
        VerticalLayout risk = new VerticalLayout(riskDescription, riskProbability, riskImpact, riskLevel, riskMitigation);
        risk.setPadding(false);
        risk.setSpacing(false);
        // the level follows probability × impact until the user picks one
        riskProbability.addValueChangeListener(e -> suggestLevel());
        riskImpact.addValueChangeListener(e -> suggestLevel());
        return risk;
    }

    private void errorLine() {
        error.setId("update-error");
        error.addClassName("form-error");
        error.setVisible(false);
    }

    /** What the task holds now; a risk point starts at medium. */
    private void showTask() {
        form.percent = task.percent();
        form.status = task.storedStatus();
        form.blockedReason = task.blockedReason();
        binder.readBean(form);
        riskProbability.setValue(RiskLevel.MEDIUM);
        riskImpact.setValue(RiskLevel.MEDIUM);
        riskLevel.setValue(RiskLevel.MEDIUM);
        blockedReason.setVisible(status.getValue() == ProgressStatus.BLOCKED);
    }

    /** While the user types, % and status show what saving would store: the service's rule (R9) decides. */
    private void reflectProgressRule() {
        percent.addValueChangeListener(e -> {
            if (!reflecting && e.getValue() != null) {
                reflect(ProgressRule.percentTyped(e.getValue(), status.getValue()));
            }
        });
        status.addValueChangeListener(e -> {
            blockedReason.setVisible(e.getValue() == ProgressStatus.BLOCKED);
            if (!reflecting && e.getValue() != null) {
                reflect(ProgressRule.statusPicked(e.getValue(), percent.getValue() == null ? 0 : percent.getValue()));
            }
        });
    }

    private VerticalLayout body(HorizontalLayout taps, VerticalLayout risk) {
        VerticalLayout body = new VerticalLayout(error, percent, taps, status, blockedReason, note, addRisk);
        body.addClassName("quick-update-body");
        body.setPadding(false);
        // the risk point's fields reach the browser only when the user asks for them: most updates have none
        addRisk.addValueChangeListener(e -> {
            if (e.getValue() && risk.getParent().isEmpty()) {
                body.add(risk);
            }
            risk.setVisible(e.getValue());
        });
        body.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        return body;
    }

    /** Cancel, and save (Ctrl+Enter too); the % field has the focus when the dialog opens. */
    private void footer() {
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("update-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("update-cancel");
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                percent.focus();
            }
        });
    }

    private boolean reflecting;

    private void reflect(ProgressRule.Progress shown) {
        reflecting = true;
        try {
            percent.setValue(shown.percent());
            status.setValue(shown.status());
        } finally {
            reflecting = false;
        }
    }

    private void levels(RadioButtonGroup<RiskLevel> group, String id, String labelKey) {
        group.setId(id);
        group.setLabel(getTranslation(labelKey));
        group.setItems(RiskLevel.values());
        group.setItemLabelGenerator(l -> getTranslation("risk." + l.name()));
    }

    private boolean levelPicked;

    private void suggestLevel() {
        if (!levelPicked) {
            RiskLevel suggested = RiskDetails.suggestedLevel(riskProbability.getValue(), riskImpact.getValue());
            if (suggested != null) {
                riskLevel.setValue(suggested);
            }
        }
    }

    private void bind() {
        riskLevel.addValueChangeListener(e -> levelPicked |= e.isFromClient());
        binder.forField(percent).asRequired(getTranslation("update.error.percentRequired"))
                .withValidator(p -> p >= 0 && p <= 100, getTranslation("plan.error.percent"))
                .bind(f -> f.percent, (f, v) -> f.percent = v);
        binder.forField(status).asRequired(getTranslation("update.error.statusRequired"))
                .bind(f -> f.status, (f, v) -> f.status = v);
        binder.forField(blockedReason)
                .withValidator(r -> status.getValue() != ProgressStatus.BLOCKED || (r != null && !r.isBlank()),
                        getTranslation("progress.error.blockedReason"))
                .bind(f -> f.blockedReason, (f, v) -> f.blockedReason = v);
        binder.forField(note).bind(f -> f.note, (f, v) -> f.note = v);
        binder.forField(riskDescription)
                .withValidator(d -> !addRisk.getValue() || (d != null && !d.isBlank()),
                        getTranslation("risk.error.description"))
                .bind(f -> f.riskDescription, (f, v) -> f.riskDescription = v);
        status.addValueChangeListener(e -> binder.validate());
    }

    void save() {
        error.setVisible(false);
        if (!binder.writeBeanIfValid(form)) {
            binder.validate();
            return;
        }
        RiskDetails risk = addRisk.getValue() ? new RiskDetails(riskDescription.getValue(), riskLevel.getValue(),
                riskProbability.getValue(), riskImpact.getValue(), riskMitigation.getValue(), task.ownerId()) : null;
        try {
            ProgressStatus result = tracking.update(task.id(), task.version(), new QuickUpdate(form.percent,
                    form.status, form.blockedReason, form.note, risk));
            close();
            Messages.show(getTranslation(ProgressRule.awaitingAcceptance(form.percent, result)
                    ? "update.savedAwaitingAcceptance" : "update.saved", task.name()), NotificationVariant.LUMO_SUCCESS);
            saved.run();
        } catch (TranslatableException e) {
            refuse(Messages.text(this, e));
        } catch (AccessDeniedException e) {
            refuse(getTranslation("error.notAllowed"));
        }
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    /** What the dialog holds while the user types. */
    static final class UpdateForm {
        Integer percent;
        ProgressStatus status;
        String blockedReason;
        String note;
        String riskDescription;
    }
}
