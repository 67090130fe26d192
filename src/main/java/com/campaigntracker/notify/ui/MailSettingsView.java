package com.campaigntracker.notify.ui;

import com.campaigntracker.notify.AllowedHostsService;
import com.campaigntracker.notify.MailSettingsDetails;
import com.campaigntracker.notify.MailSettingsService;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** The administrator's SMTP settings: e-mail notifications go out through this server once enabled. */
@Route("admin/mail")
@Menu(order = 95, title = "nav.mail", icon = "vaadin:envelope")
@RolesAllowed("ADMIN")
public class MailSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MailSettingsService settings;
    private final transient AllowedHostsService allowedHosts;
    final Checkbox enabled = new Checkbox();
    final TextField host = new TextField();
    final IntegerField port = new IntegerField();
    final TextField username = new TextField();
    final PasswordField password = ComponentTexts.passwordField(new PasswordField());
    final EmailField from = new EmailField();
    final Checkbox startTls = new Checkbox();
    final Checkbox startTlsRequired = new Checkbox();
    final Checkbox smtps = new Checkbox();
    final TextArea hosts = new TextArea();

    MailSettingsView(MailSettingsService settings, AllowedHostsService allowedHosts) {
        this.settings = settings;
        this.allowedHosts = allowedHosts;
        enabled.setId("mail-enabled");
        enabled.setLabel(getTranslation("mail.enabled"));
        host.setId("mail-host");
        host.setLabel(getTranslation("mail.host"));
        port.setId("mail-port");
        port.setLabel(getTranslation("mail.port"));
        port.setMin(1);
        port.setMax(65535);
        username.setId("mail-username");
        username.setLabel(getTranslation("mail.username"));
        password.setId("mail-password");
        password.setLabel(getTranslation("mail.password"));
        from.setId("mail-from");
        from.setLabel(getTranslation("mail.from"));
        startTls.setId("mail-starttls");
        startTls.setLabel(getTranslation("mail.startTls"));
        startTlsRequired.setId("mail-starttls-required");
        startTlsRequired.setLabel(getTranslation("mail.startTlsRequired"));
        smtps.setId("mail-smtps");
        smtps.setLabel(getTranslation("mail.smtps"));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("mail-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(enabled, host, port, username, password, from, startTls, startTlsRequired, smtps);
        form.setMaxWidth("40rem");
        add(new H2(getTranslation("nav.mail")), new Paragraph(getTranslation("mail.explain")), form, save);

        // where webhooks may go: internal hosts are refused unless named here
        hosts.setId("egress-hosts");
        hosts.setLabel(getTranslation("egress.hosts"));
        hosts.setWidth("40rem");
        hosts.setMaxLength(AllowedHostsService.MAX_HOSTS * 254);
        Button saveHosts = new Button(getTranslation("action.save"), e -> saveHosts());
        saveHosts.setId("egress-save");
        add(new H3(getTranslation("egress.title")), new Paragraph(getTranslation("egress.explain")), hosts, saveHosts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MailSettingsDetails d = settings.current();
        enabled.setValue(d.enabled());
        host.setValue(d.host() == null ? "" : d.host());
        port.setValue(d.port());
        username.setValue(d.username() == null ? "" : d.username());
        password.clear();
        password.setPlaceholder(d.hasPassword() ? getTranslation("mail.passwordKept") : "");
        from.setValue(d.fromAddress());
        startTls.setValue(d.startTls());
        startTlsRequired.setValue(d.startTlsRequired());
        smtps.setValue(d.smtps());
        hosts.setValue(String.join("\n", allowedHosts.list()));
    }

    private void save() {
        try {
            settings.save(new MailSettingsDetails(enabled.getValue(), host.getValue(),
                    port.getValue() == null ? 0 : port.getValue(), username.getValue(), false, from.getValue(),
                    startTls.getValue(), startTlsRequired.getValue(), smtps.getValue()),
                    password.getValue().isEmpty() ? null : password.getValue());
            Messages.show(getTranslation("mail.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (TranslatableException e) {
            Messages.refuse(this, e);
        }
    }

    private void saveHosts() {
        if (Messages.attempt(this, () -> allowedHosts.save(Arrays.asList(hosts.getValue().split("[\\r\\n,;]+"))))) {
            hosts.setValue(String.join("\n", allowedHosts.list()));
            Messages.show(getTranslation("egress.saved"), NotificationVariant.LUMO_SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mail") + " · " + getTranslation("app.shortName");
    }
}
