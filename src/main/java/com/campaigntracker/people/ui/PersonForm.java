package com.campaigntracker.people.ui;

import com.campaigntracker.people.DepartmentOption;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonDetails;
import com.campaigntracker.people.Role;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;

/**
 * A person's account as an administrator edits it; every rule has a translated message, and what
 * was typed stays when saving is refused.
 */
class PersonForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField email = new TextField(); // not EmailField: its own check would show its own message
    final Select<Role> role = new Select<>();
    final Select<Long> department = new Select<>();
    final Checkbox enabled = new Checkbox();
    /** Only for a new account: the first password. */
    final PasswordField password = ComponentTexts.passwordField(new PasswordField());
    private final BeanValidationBinder<PersonDetails> binder = new BeanValidationBinder<>(PersonDetails.class);

    PersonForm(List<DepartmentOption> departments, boolean isNew) {
        username.setId("person-username");
        displayName.setId("person-name");
        email.setId("person-email");
        role.setId("person-role");
        department.setId("person-department");
        enabled.setId("person-enabled");
        password.setId("person-password");
        username.setLabel(getTranslation("people.username"));
        displayName.setLabel(getTranslation("people.displayName"));
        email.setLabel(getTranslation("people.email"));
        role.setLabel(getTranslation("people.role"));
        department.setLabel(getTranslation("people.department"));
        enabled.setLabel(getTranslation("people.enabled"));
        password.setLabel(getTranslation("people.initialPassword"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        department.setItems(departments.stream().map(DepartmentOption::id).toList());
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("people.noDepartment"));
        department.setItemLabelGenerator(id -> id == null ? getTranslation("people.noDepartment")
                : departments.stream().filter(d -> d.id() == id).map(DepartmentOption::name).findFirst().orElse(""));

        binder.forField(username).asRequired(getTranslation("people.error.usernameRequired"))
                .withValidator(u -> u.length() <= Person.USERNAME_MAX, getTranslation("people.error.usernameLength",
                        Person.USERNAME_MAX))
                .withValidator(u -> u.matches("[A-Za-z0-9._-]*"), getTranslation("people.error.usernameCharacters"))
                .bind(PersonDetails::getUsername, PersonDetails::setUsername);
        binder.forField(displayName).asRequired(getTranslation("people.error.nameRequired"))
                .withValidator(n -> n.length() <= Person.DISPLAY_NAME_MAX, getTranslation("people.error.nameLength",
                        Person.DISPLAY_NAME_MAX))
                .bind(PersonDetails::getDisplayName, PersonDetails::setDisplayName);
        binder.forField(email).withValidator(e -> e == null || e.isBlank() || e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                getTranslation("people.error.email")).bind(PersonDetails::getEmail, PersonDetails::setEmail);
        binder.forField(role).asRequired(getTranslation("people.error.roleRequired"))
                .bind(PersonDetails::getRole, PersonDetails::setRole);
        binder.forField(department).bind(PersonDetails::getDepartmentId, PersonDetails::setDepartmentId);
        binder.forField(enabled).bind(PersonDetails::isEnabled, PersonDetails::setEnabled);
        username.setReadOnly(!isNew); // the sign-in name stays: history refers to it
        add(username, displayName, email, role, department);
        if (isNew) {
            password.setHelperText(getTranslation("people.passwordHelp", PersonDetails.PASSWORD_MIN));
            add(password);
        } else {
            add(enabled);
        }
    }

    void read(PersonDetails details) {
        binder.readBean(details);
    }

    /** The typed values when they pass every rule, else null (the fields show why). */
    PersonDetails valid() {
        PersonDetails details = new PersonDetails();
        return binder.writeBeanIfValid(details) ? details : null;
    }
}
