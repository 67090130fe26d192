package com.campaigntracker.people.ui;

import com.campaigntracker.people.PeopleAdminException;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonDetails;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Accounts and departments, for administrators: create people, change their name, department and
 * role, reset a password, deactivate someone who leaves (people are never deleted: they hold history).
 */
@Route("admin/people")
@Menu(order = 80, title = "nav.people", icon = "vaadin:users")
@RolesAllowed("ADMIN")
class PeopleAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient PeopleService people;
    private final Grid<Person> grid = new Grid<>();

    private final LockedSignInsSection locks;

    PeopleAdminView(PeopleService people, com.campaigntracker.people.SignInThrottle throttle, java.time.Clock clock) {
        this.people = people;
        this.locks = new LockedSignInsSection(throttle, clock.getZone());
        setSizeFull();
        grid.setId("people-grid");
        grid.addColumn(Person::getUsername).setHeader(getTranslation("people.username")).setAutoWidth(true);
        grid.addColumn(Person::getDisplayName).setHeader(getTranslation("people.displayName")).setAutoWidth(true);
        grid.addColumn(p -> p.getDepartment() == null ? "" : p.getDepartment().getName())
                .setHeader(getTranslation("people.department")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("role." + p.getRole().name())).setHeader(getTranslation("people.role"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.getEmail() == null ? "" : p.getEmail()).setHeader(getTranslation("people.email"));
        // who signs in through a directory: their name, e-mail and password are the directory's
        grid.addColumn(p -> getTranslation("people.signIn." + (p.getDirectorySource() == null ? "PASSWORD"
                : p.getDirectorySource().name()))).setHeader(getTranslation("people.signIn")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.isEnabled() ? "people.active" : "people.inactive"))
                .setHeader(getTranslation("people.enabled")).setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));

        Button add = new Button(getTranslation("people.add"), VaadinIcon.PLUS.create(), e -> create());
        add.setId("add-person");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button(getTranslation("people.edit"), VaadinIcon.EDIT.create(),
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::edit));
        edit.setId("edit-person");
        Button reset = new Button(getTranslation("people.resetPassword"), VaadinIcon.KEY.create(),
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::resetPassword));
        reset.setId("reset-password");
        Button department = new Button(getTranslation("people.addDepartment"), VaadinIcon.WORKPLACE.create(),
                e -> createDepartment());
        department.setId("add-department");
        add(new H2(getTranslation("nav.people")), new HorizontalLayout(add, edit, reset, department), grid);
        add(locks); // M3: sign-ins locked after repeated failures, to lift
    }

    /** Loaded on every entry: Vaadin keeps this view when "People" is chosen again while it shows. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(people.accounts());
        locks.refresh();
    }

    private void create() {
        PersonForm form = new PersonForm(people.departments(), true);
        form.read(new PersonDetails());
        dialog("people.add", form, () -> {
            PersonDetails details = form.valid();
            if (details == null) {
                return false;
            }
            people.create(details, form.password.getValue());
            return true;
        });
    }

    private void edit(Person person) {
        PersonForm form = new PersonForm(people.departments(), false);
        form.read(PersonDetails.of(person));
        long version = person.getVersion();
        dialog("people.edit", form, () -> {
            PersonDetails details = form.valid();
            if (details == null) {
                return false;
            }
            people.update(person.getId(), version, details);
            return true;
        });
    }

    private void resetPassword(Person person) {
        PasswordField password = ComponentTexts.passwordField(new PasswordField(getTranslation("people.newPassword")));
        password.setId("new-password");
        password.setHelperText(getTranslation("people.passwordHelp", PersonDetails.PASSWORD_MIN));
        dialog("people.resetPassword", password, () -> {
            people.resetPassword(person.getId(), password.getValue());
            Messages.show(getTranslation("people.passwordReset", person.getDisplayName()), NotificationVariant.LUMO_SUCCESS);
            return true;
        });
    }

    private void createDepartment() {
        TextField name = new TextField(getTranslation("people.departmentName"));
        name.setId("department-name");
        dialog("people.addDepartment", name, () -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("people.error.departmentRequired"));
                return false;
            }
            people.createDepartment(name.getValue().strip());
            return true;
        });
    }

    /** A dialog that saves with its button and stays open, with what was typed, when saving is refused. */
    private void dialog(String titleKey, com.vaadin.flow.component.Component content,
                        java.util.function.BooleanSupplier save) {
        Dialog dialog = new Dialog(content);
        dialog.setHeaderTitle(getTranslation(titleKey));
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                if (save.getAsBoolean()) {
                    dialog.close();
                    refresh();
                }
            } catch (TranslatableException ex) {
                Messages.show(getTranslation(ex.messageKey(), ex.args()), NotificationVariant.LUMO_ERROR);
                if (ex instanceof PeopleAdminException && ex.messageKey().equals("people.error.conflict")) {
                    dialog.close();
                    refresh();
                }
            } catch (org.springframework.dao.DataIntegrityViolationException ex) {
                Messages.show(getTranslation("people.error.duplicate"), NotificationVariant.LUMO_ERROR);
            }
        });
        ok.setId("save-person");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.people") + " · " + getTranslation("app.shortName");
    }
}
