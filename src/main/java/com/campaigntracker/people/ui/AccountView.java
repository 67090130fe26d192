package com.campaigntracker.people.ui;

import com.campaigntracker.people.AccountDetails;
import com.campaigntracker.people.MailTopic;
import com.campaigntracker.people.PeopleAdminException;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.i18n.LocaleInitializer;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.AccountSection;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * My account: one's own name, e-mail, language, which notices come by e-mail, and one's password; below
 * them what other modules add ({@link AccountSection}: the calendar feeds, the API's tokens).
 */
@Route("account")
@Menu(order = 200, title = "nav.account", icon = "vaadin:user")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    /** "As the browser says" in the language select. */
    private static final Locale BROWSER = Locale.ROOT;

    private final transient PeopleService people;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Locale> language = new Select<>();
    private final CheckboxGroup<MailTopic> mail = new CheckboxGroup<>();
    private final BeanValidationBinder<AccountDetails> binder = new BeanValidationBinder<>(AccountDetails.class);
    private AccountDetails details;

    public AccountView(PeopleService people, List<AccountSection> sections) {
        this.people = people;
        setMaxWidth("40rem");
        username.setLabel(getTranslation("people.username"));
        username.setReadOnly(true);
        displayName.setLabel(getTranslation("people.displayName"));
        displayName.setId("account-name");
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("people.email"));
        email.setId("account-email");
        language.setLabel(getTranslation("account.language"));
        language.setId("account-language");
        language.setItems(BROWSER, AppLocales.CHINESE, AppLocales.ENGLISH);
        language.setItemLabelGenerator(l -> BROWSER.equals(l) ? getTranslation("account.languageBrowser") : l.getDisplayLanguage(l));
        mail.setLabel(getTranslation("account.mail"));
        mail.setHelperText(getTranslation("account.mailHelp"));
        mail.setId("account-mail");
        mail.setItems(MailTopic.values());
        mail.setItemLabelGenerator(t -> getTranslation(t.key()));
        for (var f : new com.vaadin.flow.component.HasSize[]{username, displayName, email, language}) {
            f.setWidth("20rem");
        }

        binder.forField(displayName).asRequired(getTranslation("people.error.nameRequired"))
                .bind(AccountDetails::getDisplayName, AccountDetails::setDisplayName);
        binder.forField(email).withNullRepresentation("")
                .withValidator(v -> v == null || v.isBlank() || v.matches("[^@\\s]+@[^@\\s]+"), getTranslation("people.error.email"))
                .bind(AccountDetails::getEmail, AccountDetails::setEmail);
        binder.forField(language)
                .bind(d -> d.getLanguage() == null ? BROWSER : d.getLanguage(),
                        (d, l) -> d.setLanguage(BROWSER.equals(l) ? null : l));
        binder.forField(mail)
                .bind(d -> EnumSet.complementOf(EnumSet.copyOf(withNone(d.getMutedTopics()))),
                        (d, wanted) -> d.setMutedTopics(EnumSet.complementOf(EnumSet.copyOf(withNone(wanted)))));

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("nav.account")), username, displayName, email, language, mail, save,
                new H3(getTranslation("account.password")));
        load();
        if (details.getDirectory() == null) {
            add(new PasswordChangeForm(people, () -> { }));
        } else { // the directory keeps the name, the address and the password
            displayName.setReadOnly(true);
            email.setReadOnly(true);
            displayName.setHelperText(getTranslation("account.fromDirectory"));
            add(new Paragraph(getTranslation("account.directoryPassword")));
        }
        sections.stream().sorted(Comparator.comparingInt(AccountSection::order)).forEach(s -> add(s.create()));
    }

    private void load() {
        details = people.myAccount();
        username.setValue(details.getUsername());
        binder.readBean(details);
    }

    private void save() {
        Locale before = details.getLanguage();
        if (!binder.writeBeanIfValid(details)) {
            return;
        }
        try {
            people.updateMyAccount(details);
        } catch (PeopleAdminException ex) {
            Messages.refuse(this, ex);
            if (ex.messageKey().equals("people.error.conflict")) {
                load(); // someone (an administrator, another tab) changed it: show theirs
            }
            return;
        } catch (TranslatableException ex) {
            Messages.refuse(this, ex);
            return;
        } catch (jakarta.validation.ConstraintViolationException ex) {
            Messages.show(getTranslation("people.error.email"), NotificationVariant.LUMO_ERROR);
            return;
        }
        Messages.show(getTranslation("account.saved"), NotificationVariant.LUMO_SUCCESS);
        if (details.getLanguage() != null && !Objects.equals(before, details.getLanguage())) {
            LocaleInitializer.switchTo(details.getLanguage()); // reloads the page in the new language
        } else {
            load();
        }
    }

    private static Set<MailTopic> withNone(Set<MailTopic> topics) {
        return topics == null || topics.isEmpty() ? EnumSet.noneOf(MailTopic.class) : topics;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account") + " · " + getTranslation("app.shortName");
    }
}
