package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.ui.DatePickers;
import com.campaigntracker.shared.ui.PercentBar;
import com.campaigntracker.shared.ui.StatusBadge;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItem;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The plan as an editable tree. Like a spreadsheet: Enter or a double click opens a row, Tab moves
 * between its cells, Enter saves and goes to the next row, Escape drops the changes.
 */
class PlanGrid extends TreeGrid<EditableRow> {

    private final Map<Long, PersonOption> people;
    private final Editor<EditableRow> editor = getEditor();
    private final Binder<EditableRow> binder = new Binder<>(EditableRow.class);
    private List<EditableRow> roots = List.of();
    private EditableRow focused;
    private boolean editable;
    private Predicate<EditableRow> saveHandler = r -> false;
    private final List<DatePicker> dateFields = new ArrayList<>();
    private final List<IntegerField> durationFields = new ArrayList<>();

    PlanGrid(List<PersonOption> people) {
        this.people = people.stream().collect(Collectors.toMap(PersonOption::id, p -> p));
        setId("work-tree");
        setSizeFull();
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        setPartNameGenerator(r -> "level-" + r.row.level().name().toLowerCase(Locale.ROOT));
        setSelectionMode(SelectionMode.SINGLE);
        editor.setBinder(binder);
        editor.setBuffered(true);
        columns(people);
        keyboard();
    }

    private void columns(List<PersonOption> peopleList) {
        addColumn(r -> r.row.wbs()).setKey("wbs").setHeader(getTranslation("item.wbs"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        TextField name = text(EditableRow::getName, EditableRow::setName, WorkItem.NAME_MAX);
        binder.forField(name).asRequired(getTranslation("plan.error.nameRequired"))
                .bind(EditableRow::getName, EditableRow::setName);
        addHierarchyColumn(r -> r.row.name()).setKey("name").setHeader(getTranslation("item.name"))
                .setWidth("14em").setFlexGrow(0).setFrozen(true).setResizable(true).setSortable(false).setEditorComponent(name);
        addComponentColumn(this::hintIcon).setKey("hints").setHeader(getTranslation("plan.hintsTitle"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> getTranslation("level." + r.row.level().name())).setKey("level")
                .setHeader(getTranslation("item.level")).setAutoWidth(true).setFlexGrow(0);

        ComboBox<PersonOption> owner = new ComboBox<>();
        owner.setItems(peopleList);
        owner.setItemLabelGenerator(PersonOption::label);
        owner.setClearButtonVisible(true);
        owner.setWidthFull();
        binder.forField(owner).bind(EditableRow::getOwner, EditableRow::setOwner);
        addColumn(r -> r.row.ownerName()).setKey("owner").setHeader(getTranslation("item.owner"))
                .setWidth("9em").setFlexGrow(0).setEditorComponent(owner);
        addComponentColumn(r -> new StatusBadge(r.row.status())).setKey("status")
                .setHeader(getTranslation("item.status")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(r -> new PercentBar(r.row.percentComplete())).setKey("percent")
                .setHeader(getTranslation("item.percent")).setAutoWidth(true).setFlexGrow(0);

        DatePicker start = datePicker();
        DatePicker finish = datePicker();
        binder.forField(start).bind(EditableRow::getPlannedStart, EditableRow::setPlannedStart);
        binder.forField(finish)
                .withValidator(f -> f == null || start.getValue() == null || !f.isBefore(start.getValue()),
                        getTranslation("plan.validation.finishBeforeStart"))
                .bind(EditableRow::getPlannedFinish, EditableRow::setPlannedFinish);
        date("plannedStart", "item.plannedStart", r -> r.row.plannedStart()).setEditorComponent(start);
        IntegerField duration = number(1, 999, "plan.error.duration", EditableRow::getDuration, EditableRow::setDuration);
        durationFields.add(duration);
        addColumn(r -> r.row.duration()).setKey("duration").setHeader(getTranslation("item.duration"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setEditorComponent(duration);
        date("plannedFinish", "item.plannedFinish", r -> r.row.plannedFinish()).setEditorComponent(finish);
        date("actualStart", "item.actualStart", r -> r.row.actualStart());
        date("actualFinish", "item.actualFinish", r -> r.row.actualFinish());

        addColumn(r -> r.row.deliverables()).setKey("deliverables").setHeader(getTranslation("item.deliverables"))
                .setWidth("14em").setResizable(true).setTooltipGenerator(r -> r.row.deliverables())
                .setEditorComponent(text(EditableRow::getDeliverables, EditableRow::setDeliverables, WorkItem.TEXT_MAX));
        addColumn(r -> r.row.description()).setKey("description").setHeader(getTranslation("item.description"))
                .setWidth("14em").setResizable(true).setTooltipGenerator(r -> r.row.description())
                .setEditorComponent(text(EditableRow::getDescription, EditableRow::setDescription, WorkItem.TEXT_MAX));
        addColumn(r -> r.row.predecessors().stream().collect(Collectors.joining(", "))).setKey("predecessors")
                .setHeader(getTranslation("item.predecessors")).setAutoWidth(true).setFlexGrow(0)
                .setEditorComponent(text(EditableRow::getPredecessors, EditableRow::setPredecessors, 200));
        addColumn(r -> r.row.estimateDays()).setKey("estimate").setHeader(getTranslation("item.estimate"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setEditorComponent(number(1, 999, "plan.error.estimate", EditableRow::getEstimateDays,
                        EditableRow::setEstimateDays));
        addColumn(r -> Formats.percent(r.row.bufferPercent(), getLocale())).setKey("buffer")
                .setHeader(getTranslation("item.buffer")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setEditorComponent(number(WorkItem.BUFFER_MIN, WorkItem.BUFFER_MAX, "plan.error.buffer",
                        EditableRow::getBufferPercent, EditableRow::setBufferPercent));

        Select<Priority> priority = new Select<>();
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        binder.forField(priority).bind(EditableRow::getPriority, EditableRow::setPriority);
        addColumn(r -> getTranslation("priority." + r.row.priority().name())).setKey("priority")
                .setHeader(getTranslation("item.priority")).setAutoWidth(true).setFlexGrow(0)
                .setEditorComponent(priority);
        ComboBox<RiskLevel> risk = new ComboBox<>();
        risk.setItems(RiskLevel.values());
        risk.setItemLabelGenerator(l -> getTranslation("risk." + l.name()));
        risk.setClearButtonVisible(true);
        binder.forField(risk).bind(EditableRow::getRiskLevel, EditableRow::setRiskLevel);
        addColumn(r -> r.row.riskLevel() == null ? "" : getTranslation("risk." + r.row.riskLevel().name()))
                .setKey("risk").setHeader(getTranslation("item.risk")).setAutoWidth(true).setFlexGrow(0)
                .setEditorComponent(risk);
        addColumn(r -> r.row.remarks()).setKey("remarks").setHeader(getTranslation("item.remarks"))
                .setWidth("14em").setResizable(true).setTooltipGenerator(r -> r.row.remarks())
                .setEditorComponent(text(EditableRow::getRemarks, EditableRow::setRemarks, WorkItem.TEXT_MAX));
        flag("keyTask", "item.keyTask", r -> r.row.keyTask(), EditableRow::isKeyTask, EditableRow::setKeyTask);
        flag("milestone", "item.milestone", r -> r.row.milestone(), EditableRow::isMilestone, EditableRow::setMilestone);
    }

    private void keyboard() {
        addCellFocusListener(e -> e.getItem().ifPresent(r -> focused = r));
        addItemDoubleClickListener(e -> edit(e.getItem()));
        Shortcuts.addShortcutListener(this, () -> {
            if (editor.isOpen()) {
                editor.save();
            } else if (focused != null) {
                edit(focused);
            }
        }, Key.ENTER).listenOn(this);
        Shortcuts.addShortcutListener(this, this::cancelEdit, Key.ESCAPE).listenOn(this);
        editor.addSaveListener(e -> saveHandler.test(e.getItem()));
    }

    void setEditable(boolean editable) {
        this.editable = editable;
    }

    /** Called with the row the user saved; true when the service took it (the view then reloads). */
    void setSaveHandler(Predicate<EditableRow> handler) {
        this.saveHandler = handler;
    }

    void show(List<WorkItemRow> rows) {
        roots = rows.stream().map(r -> new EditableRow(r, people)).toList();
        setItems(roots, r -> r.children);
        expandRecursively(roots, 3);
    }

    void edit(EditableRow row) {
        if (!editable) {
            return;
        }
        // a parent's dates follow its tasks (R1): not typed in
        dateFields.forEach(f -> f.setReadOnly(!row.row.isLeaf()));
        durationFields.forEach(f -> f.setReadOnly(!row.row.isLeaf()));
        select(row);
        editor.editItem(row);
    }

    /** Keeps what the user typed after a refused save, so it can be corrected. */
    void reopen(EditableRow row) {
        edit(row);
    }

    private void cancelEdit() {
        if (editor.isOpen()) {
            EditableRow row = editor.getItem();
            editor.cancel();
            row.reset(people);
        }
    }

    Optional<EditableRow> find(long id) {
        return flatten(roots).stream().filter(r -> r.id() == id).findFirst();
    }

    /** The row after {@code id} in reading order, to move on to after Enter. */
    Optional<EditableRow> next(long id) {
        List<EditableRow> all = flatten(roots);
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id() == id) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }

    Optional<EditableRow> selected() {
        return getSelectedItems().stream().findFirst();
    }

    static List<EditableRow> flatten(List<EditableRow> rows) {
        List<EditableRow> all = new ArrayList<>();
        for (EditableRow r : rows) {
            all.add(r);
            all.addAll(flatten(r.children));
        }
        return all;
    }

    private Span hintIcon(EditableRow r) {
        Span icon = new Span();
        if (!r.row.hints().isEmpty()) {
            icon.add(VaadinIcon.LIGHTBULB.create());
            icon.addClassName("plan-hint");
            icon.setTitle(r.row.hints().stream().map(this::getTranslation).collect(Collectors.joining("\n")));
            icon.getElement().setAttribute("data-hints", String.join(",", r.row.hints()));
        }
        return icon;
    }

    private TextField text(ValueProvider<EditableRow, String> get,
                           com.vaadin.flow.data.binder.Setter<EditableRow, String> set, int max) {
        TextField field = new TextField();
        field.setWidthFull();
        field.setMaxLength(max);
        binder.forField(field).bind(get, set);
        return field;
    }

    private IntegerField number(int min, int max, String messageKey, ValueProvider<EditableRow, Integer> get,
                                com.vaadin.flow.data.binder.Setter<EditableRow, Integer> set) {
        IntegerField field = new IntegerField();
        field.setWidth("5em");
        binder.forField(field)
                .withValidator(v -> v == null || (v >= min && v <= max), getTranslation(messageKey, min, max))
                .bind(get, set);
        return field;
    }

    private DatePicker datePicker() {
        DatePicker picker = DatePickers.bounded(new DatePicker());
        picker.setLocale(getLocale());
        picker.setWidth("9em");
        dateFields.add(picker);
        return picker;
    }

    private Grid.Column<EditableRow> date(String key, String headerKey, ValueProvider<EditableRow, LocalDate> value) {
        return addColumn(r -> Formats.date(value.apply(r), getLocale())).setKey(key)
                .setHeader(getTranslation(headerKey)).setAutoWidth(true).setFlexGrow(0);
    }

    private void flag(String key, String headerKey, ValueProvider<EditableRow, Boolean> shown,
                      ValueProvider<EditableRow, Boolean> get, com.vaadin.flow.data.binder.Setter<EditableRow, Boolean> set) {
        Checkbox box = new Checkbox();
        binder.forField(box).bind(get, set);
        addColumn(r -> shown.apply(r) ? getTranslation("common.yes") : "").setKey(key)
                .setHeader(getTranslation(headerKey)).setAutoWidth(true).setFlexGrow(0).setEditorComponent(box);
    }
}
