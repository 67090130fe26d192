package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.ui.DatePickers;
import com.campaigntracker.people.DepartmentOption;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.Project;
import com.campaigntracker.plan.ProjectDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Create or edit a project: name, goal, KPI targets, manager, department, planned start, committed
 * end and emergency buffer. Validates as the user types; a refused save keeps everything typed.
 */
class ProjectForm extends Dialog {

    private final BeanValidationBinder<ProjectDetails> binder = new BeanValidationBinder<>(ProjectDetails.class);
    private final ProjectDetails details;
    private final VerticalLayout kpiRows = new VerticalLayout();
    private final transient Predicate<ProjectDetails> onSave;

    ProjectForm(ProjectDetails details, List<PersonOption> people, List<DepartmentOption> departments,
                Predicate<ProjectDetails> onSave) {
        this.details = details;
        this.onSave = onSave;
        setHeaderTitle(getTranslation(details.getName() == null ? "project.new" : "project.edit"));
        setWidth("min(48em, 100vw)");
        add(fields(people, departments));
        kpis();
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("project-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** The project's own fields, bound to the details and checked as the user types. */
    private FormLayout fields(List<PersonOption> people, List<DepartmentOption> departments) {
        TextField name = new TextField(getTranslation("project.name"));
        name.setId("project-form-name");
        name.setMaxLength(Project.NAME_MAX);
        TextArea goal = new TextArea(getTranslation("project.goal"));
        goal.setMaxLength(Project.GOAL_MAX);
        ComboBox<Long> manager = new ComboBox<>(getTranslation("project.manager"));
        manager.setId("project-form-manager");
        manager.setItems(people.stream().filter(p -> p.role() == Role.MANAGER || p.role() == Role.ADMIN
                || p.role() == Role.HEAD).map(PersonOption::id).toList());
        manager.setItemLabelGenerator(id -> people.stream().filter(p -> p.id() == id).findFirst()
                .map(PersonOption::label).orElse(""));
        ComboBox<Long> department = new ComboBox<>(getTranslation("project.department"));
        department.setItems(departments.stream().map(DepartmentOption::id).toList());
        department.setItemLabelGenerator(id -> departments.stream().filter(d -> d.id() == id).findFirst()
                .map(DepartmentOption::name).orElse(""));
        department.setClearButtonVisible(true);
        DatePicker start = DatePickers.bounded(new DatePicker(getTranslation("project.plannedStart")));
        start.setId("project-form-start");
        start.setLocale(getLocale());
        DatePicker committedEnd = DatePickers.bounded(new DatePicker(getTranslation("project.committedEnd")));
        committedEnd.setId("project-form-committed-end");
        committedEnd.setLocale(getLocale());
        committedEnd.setHelperText(getTranslation("project.committedEndHelp"));
        IntegerField buffer = new IntegerField(getTranslation("project.emergencyBuffer"));
        buffer.setHelperText(getTranslation("project.emergencyBufferHelp"));
        buffer.setStepButtonsVisible(true);

        binder.forField(name).asRequired(getTranslation("project.error.nameRequired"))
                .bind(ProjectDetails::getName, ProjectDetails::setName);
        binder.forField(goal).bind(ProjectDetails::getGoal, ProjectDetails::setGoal);
        binder.forField(manager).asRequired(getTranslation("project.error.managerRequired"))
                .bind(ProjectDetails::getManagerId, ProjectDetails::setManagerId);
        binder.forField(department).bind(ProjectDetails::getDepartmentId, ProjectDetails::setDepartmentId);
        binder.forField(start).asRequired(getTranslation("project.error.startRequired"))
                .bind(ProjectDetails::getPlannedStart, ProjectDetails::setPlannedStart);
        binder.forField(committedEnd)
                .withValidator(end -> end == null || start.getValue() == null || !end.isBefore(start.getValue()),
                        getTranslation("project.error.committedBeforeStart"))
                .bind(ProjectDetails::getCommittedEnd, ProjectDetails::setCommittedEnd);
        binder.forField(buffer).withConverter(v -> v == null ? 0 : v, v -> v) // empty means no buffer
                .withValidator(b -> b >= 0 && b <= 100, getTranslation("project.error.buffer"))
                .bind(ProjectDetails::getEmergencyBufferDays, ProjectDetails::setEmergencyBufferDays);
        binder.readBean(details);

        FormLayout form = new FormLayout(name, manager, department, start, committedEnd, buffer);
        form.add(goal, 2);
        return form;
    }

    /** The KPI targets: a row each, and a button for one more. */
    private void kpis() {
        kpiRows.setPadding(false);
        details.getKpis().forEach(this::addKpiRow);
        Button addKpi = new Button(getTranslation("project.addKpi"), VaadinIcon.PLUS.create(),
                e -> addKpiRow(new ProjectDetails.Kpi()));
        addKpi.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H4(getTranslation("project.kpis")), kpiRows, addKpi);
    }

    private void addKpiRow(ProjectDetails.Kpi kpi) {
        TextField name = new TextField(getTranslation("project.kpiName"));
        name.setValue(Objects.requireNonNullElse(kpi.getName(), ""));
        name.addValueChangeListener(e -> kpi.setName(e.getValue()));
        TextField unit = new TextField(getTranslation("project.kpiUnit"));
        unit.setWidth("6em");
        unit.setValue(Objects.requireNonNullElse(kpi.getUnit(), ""));
        unit.addValueChangeListener(e -> kpi.setUnit(e.getValue()));
        BigDecimalField target = new BigDecimalField(getTranslation("project.kpiTarget"));
        target.setValue(kpi.getTarget());
        target.addValueChangeListener(e -> kpi.setTarget(e.getValue()));
        HorizontalLayout row = new HorizontalLayout(name, unit, target);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            details.getKpis().remove(kpi);
            kpiRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("action.delete"));
        row.add(remove);
        row.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        if (!details.getKpis().contains(kpi)) {
            details.getKpis().add(kpi);
        }
        kpiRows.add(row);
    }

    private void save() {
        try {
            binder.writeBean(details);
            if (onSave.test(details)) {
                close();
            }
        } catch (ValidationException e) {
            // the fields show their messages; nothing typed is lost
        }
    }

    BeanValidationBinder<ProjectDetails> binder() {
        return binder;
    }
}
