package com.campaigntracker.template.ui;

import com.campaigntracker.shared.ui.DatePickers;
import com.campaigntracker.people.DepartmentOption;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.template.Placeholder;
import com.campaigntracker.template.TemplateDates;
import com.campaigntracker.template.TemplateService;
import com.campaigntracker.template.TemplateStart;
import com.campaigntracker.template.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Makes a project from a template: its name, the start date (the dates that follow are shown as
 * they land on the working-day calendar), the manager and department, and a person for each
 * placeholder — offered from its department first, last time's person preselected.
 */
class CreateFromTemplateDialog extends Dialog {

    /** What the form binds; the service checks it again. */
    static final class Form {
        private String name;
        private LocalDate start;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }
    }

    private final transient TemplateService templates;
    private final TemplateSummary template;
    final TextField name = new TextField();
    final DatePicker start = DatePickers.bounded(new DatePicker());
    final ComboBox<PersonOption> manager = new ComboBox<>();
    final ComboBox<DepartmentOption> department = new ComboBox<>();
    final Map<String, ComboBox<PersonOption>> people = new LinkedHashMap<>();
    final Paragraph dates = new Paragraph();
    final Paragraph error = new Paragraph();
    final Button create = new Button();
    private final Binder<Form> binder = new Binder<>(Form.class);

    CreateFromTemplateDialog(TemplateService templates, PeopleService peopleService, TemplateSummary template,
                             LocalDate today, LongConsumer created) {
        this.templates = templates;
        this.template = template;
        setHeaderTitle(getTranslation("template.createTitle", template.name()));
        setId("create-from-template");
        setWidth("min(760px, 100vw)");
        Set<Long> inactive = peopleService.inactivePersonIds();
        List<PersonOption> everyone = peopleService.people().stream().filter(p -> !inactive.contains(p.id())).toList();
        Long me = CurrentUser.personId();
        PersonOption self = everyone.stream().filter(p -> p.id() == (me == null ? -1 : me)).findFirst().orElse(null);

        nameAndStart(today);
        managerAndDepartment(everyone, self, peopleService.departments());
        FormLayout form = new FormLayout(name, start, manager, department);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        FormLayout placeholders = placeholders(everyone, self);
        dates.setId("template-dates");
        start.addValueChangeListener(e -> showDates());
        error.setId("template-error");
        error.addClassName("form-error");
        error.setVisible(false);
        add(error, form, dates, new H4(getTranslation("template.people")),
                new Paragraph(getTranslation("template.peopleHelp")), placeholders);
        showDates();

        create.setText(getTranslation("template.createProject"));
        create.setId("template-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create(created));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }

    /** The project's name and start, bound and checked here; suggested: the template's name and next week. */
    private void nameAndStart(LocalDate today) {
        name.setId("template-project-name");
        name.setLabel(getTranslation("template.projectName"));
        name.setMaxLength(com.campaigntracker.plan.ProjectDetails.NAME_MAX);
        start.setId("template-start");
        start.setLabel(getTranslation("template.start"));
        start.setLocale(getLocale());
        start.setHelperText(getTranslation("template.startHelp"));
        binder.forField(name).asRequired(getTranslation("template.error.projectName"))
                .withValidator(v -> !v.isBlank(), getTranslation("template.error.projectName"))
                .bind(Form::getName, Form::setName);
        binder.forField(start).asRequired(getTranslation("template.error.start")).bind(Form::getStart, Form::setStart);
        Form initial = new Form();
        initial.setName(template.name() + " " + today.plusMonths(1).getYear());
        initial.setStart(today.plusWeeks(1));
        binder.readBean(initial);
    }

    /** Preset to the one creating it and their department; only an administrator picks another manager. */
    private void managerAndDepartment(List<PersonOption> everyone, PersonOption self,
                                      List<DepartmentOption> departments) {
        manager.setId("template-manager");
        manager.setLabel(getTranslation("project.manager"));
        manager.setItems(everyone);
        manager.setItemLabelGenerator(PersonOption::label);
        manager.setValue(self);
        manager.setVisible(CurrentUser.hasRole("ADMIN")); // a manager makes projects they manage
        department.setId("template-department");
        department.setLabel(getTranslation("project.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(DepartmentOption::name);
        department.setClearButtonVisible(true);
        if (self != null) {
            departments.stream().filter(d -> d.name().equals(self.departmentName())).findFirst()
                    .ifPresent(department::setValue);
        }
    }

    /** A person for each placeholder; the manager's places follow the manager while nobody else was chosen. */
    private FormLayout placeholders(List<PersonOption> everyone, PersonOption self) {
        FormLayout placeholders = new FormLayout();
        placeholders.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("480px", 2));
        for (Placeholder p : template.placeholders()) {
            ComboBox<PersonOption> person = new ComboBox<>(p.label());
            person.setId("placeholder-" + p.key());
            person.setItems(fromDepartmentFirst(everyone, p.department()));
            person.setItemLabelGenerator(PersonOption::label);
            person.setClearButtonVisible(true);
            person.setValue(suggested(p, everyone, self));
            if (p.manager()) {
                person.setHelperText(getTranslation("template.managerHelp"));
            }
            people.put(p.key(), person);
            placeholders.add(person);
        }
        manager.addValueChangeListener(e -> template.placeholders().stream().filter(Placeholder::manager)
                .map(p -> people.get(p.key()))
                .filter(box -> box.getValue() == null || box.getValue().equals(e.getOldValue()))
                .forEach(box -> box.setValue(e.getValue())));
        return placeholders;
    }

    private void create(LongConsumer created) {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return; // the fields say what is missing
        }
        Map<String, Long> chosen = new LinkedHashMap<>();
        people.forEach((key, box) -> chosen.put(key, box.getValue() == null ? null : box.getValue().id()));
        try {
            long projectId = templates.createProject(template.key(), getLocale(),
                    new TemplateStart(form.getName(), form.getStart(),
                            manager.getValue() == null ? null : manager.getValue().id(),
                            department.getValue() == null ? null : department.getValue().id(), chosen));
            close();
            created.accept(projectId);
        } catch (TranslatableException ex) { // said in the dialog, which keeps what was chosen
            refuse(Messages.text(this, ex));
        } catch (AccessDeniedException ex) {
            refuse(getTranslation("error.notAllowed"));
        }
    }

    private void showDates() {
        LocalDate day = start.getValue();
        if (day == null) {
            dates.setText("");
            return;
        }
        TemplateDates placed;
        try {
            placed = templates.dates(template.key(), getLocale(), day);
        } catch (TranslatableException ex) { // deleted meanwhile
            refuse(Messages.text(this, ex));
            return;
        }
        String text = getTranslation("template.runs", Formats.date(placed.start(), getLocale()),
                Formats.date(placed.finish(), getLocale()), template.workingDays());
        if (!placed.start().equals(day)) {
            text = getTranslation("template.movedStart", Formats.date(day, getLocale())) + " " + text;
        }
        if (placed.committedEnd() != null) {
            text += " " + getTranslation("template.committed", Formats.date(placed.committedEnd(), getLocale()));
        }
        dates.setText(text);
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    /** Who held the place last time when still here; else the only person of its department; else nobody. */
    private static PersonOption suggested(Placeholder p, List<PersonOption> everyone, PersonOption self) {
        if (p.manager() && self != null) {
            return self;
        }
        if (p.suggestedPersonId() != null) {
            PersonOption last = everyone.stream().filter(o -> o.id() == p.suggestedPersonId()).findFirst().orElse(null);
            if (last != null) {
                return last;
            }
        }
        List<PersonOption> inDepartment = everyone.stream()
                .filter(o -> p.department() != null && p.department().equals(o.departmentName())).toList();
        return inDepartment.size() == 1 ? inDepartment.get(0) : null;
    }

    private static List<PersonOption> fromDepartmentFirst(List<PersonOption> everyone, String departmentName) {
        return everyone.stream().sorted(Comparator.comparing((PersonOption o) -> !Objects.equals(o.departmentName(),
                departmentName))).toList();
    }
}
