package com.campaigntracker.notify;

import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMTP server mail goes through: the one an administrator set in the app, else the deployment's
 * {@code spring.mail.*} properties, else none (notifications stay in the app).
 */
@Service
@Transactional
public class MailSettingsService {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    static final int MAX_PASSWORD = 200;

    private final MailSettingsRepository settings;
    private final ObjectProvider<JavaMailSender> configured;
    private final AdminAuditLog audit;

    MailSettingsService(MailSettingsRepository settings, ObjectProvider<JavaMailSender> configured, AdminAuditLog audit) {
        this.settings = settings;
        this.configured = configured;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public MailSettingsDetails current() {
        return settings.findById(MailSettings.THE_ROW).orElseGet(MailSettings::new).details();
    }

    /** @param newPassword null keeps the stored one, empty removes it */
    @PreAuthorize("hasRole('ADMIN')")
    public void save(MailSettingsDetails details, String newPassword) {
        if (details.enabled() && (details.host() == null || details.host().isBlank())) {
            throw new NotifyException("mail.error.host");
        }
        if (details.port() < 1 || details.port() > 65535) {
            throw new NotifyException("mail.error.port");
        }
        if (details.fromAddress() == null || !ADDRESS.matcher(details.fromAddress().strip()).matches()) {
            throw new NotifyException("mail.error.from");
        }
        if (newPassword != null && newPassword.length() > MAX_PASSWORD) {
            throw new NotifyException("mail.error.password", MAX_PASSWORD);
        }
        if (details.smtps() && (details.startTls() || details.startTlsRequired())) {
            throw new NotifyException("mail.error.tlsMode");
        }
        MailSettings row = settings.findById(MailSettings.THE_ROW).orElseGet(MailSettings::new);
        MailSettingsDetails old = row.details();
        String before = described(old) + " · password: " + (old.hasPassword() ? "set" : "none");
        row.apply(details, newPassword);
        settings.save(row);
        audit.record(AuditKind.MAIL_SETTINGS, "SMTP", null, before, described(row.details()) + " · password: "
                + (newPassword == null ? "unchanged" : newPassword.isEmpty() ? "removed" : "changed"));
    }

    /** The settings for the audit log: everything but the password. */
    private static String described(MailSettingsDetails d) {
        return AdminAuditLog.values("enabled", d.enabled(), "host", d.host(), "port", d.port(), "username", d.username(),
                "from", d.fromAddress(), "starttls", d.startTlsRequired() ? "required" : d.startTls() ? "if offered" : "off",
                "smtps", d.smtps());
    }

    /** The sender and the From address to use now, if mail is set up at all. */
    @Transactional(readOnly = true)
    Optional<Sender> sender() {
        MailSettings row = settings.findById(MailSettings.THE_ROW).orElse(null);
        if (row != null && row.isEnabled() && row.getHost() != null) {
            JavaMailSenderImpl impl = new JavaMailSenderImpl();
            impl.setHost(row.getHost());
            impl.setPort(row.getPort());
            impl.setUsername(row.getUsername());
            impl.setPassword(row.getPassword());
            impl.setDefaultEncoding("UTF-8");
            Properties props = impl.getJavaMailProperties();
            // SMTPS: TLS from the first byte; otherwise STARTTLS, which may be required (no plaintext fall-back)
            String protocol = row.isSmtps() ? "smtps" : "smtp";
            impl.setProtocol(protocol);
            props.put("mail." + protocol + ".auth", String.valueOf(row.getUsername() != null));
            props.put("mail.smtp.starttls.enable", String.valueOf(row.isStartTls() || row.isStartTlsRequired()));
            props.put("mail.smtp.starttls.required", String.valueOf(row.isStartTlsRequired()));
            props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
            props.put("mail." + protocol + ".connectiontimeout", "10000");
            props.put("mail." + protocol + ".timeout", "10000");
            props.put("mail." + protocol + ".writetimeout", "10000");
            return Optional.of(new Sender(impl, row.getFromAddress()));
        }
        JavaMailSender fromProperties = configured.getIfAvailable();
        return fromProperties == null ? Optional.empty()
                : Optional.of(new Sender(fromProperties, "campaign-tracker@localhost"));
    }

    record Sender(JavaMailSender mail, String from) {
    }
}
