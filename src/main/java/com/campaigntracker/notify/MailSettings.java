package com.campaigntracker.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The organisation's SMTP server, as an administrator set it (a single row). */
@Entity
@Table(name = "mail_settings")
class MailSettings {

    static final int THE_ROW = 1;

    @Id
    private Integer id = THE_ROW;

    @Version
    private long version;

    @Column(length = 200)
    private String host;

    @Column(nullable = false)
    private int port = 25;

    @Column(length = 200)
    private String username;

    @Convert(converter = EncryptedText.class)
    @Column(length = 900)
    private String password;

    @Column(name = "from_address", nullable = false, length = 200)
    private String fromAddress = "campaign-tracker@localhost";

    @Column(name = "start_tls", nullable = false)
    private boolean startTls;

    @Column(name = "start_tls_required", nullable = false)
    private boolean startTlsRequired;

    @Column(nullable = false)
    private boolean smtps;

    @Column(nullable = false)
    private boolean enabled;

    long getVersion() {
        return version;
    }

    MailSettingsDetails details() {
        return new MailSettingsDetails(enabled, host, port, username, password != null, fromAddress, startTls,
                startTlsRequired, smtps);
    }

    void apply(MailSettingsDetails d, String newPassword) {
        this.enabled = d.enabled();
        this.host = d.host() == null || d.host().isBlank() ? null : d.host().strip();
        this.port = d.port();
        this.username = d.username() == null || d.username().isBlank() ? null : d.username().strip();
        if (newPassword != null) {
            this.password = newPassword.isEmpty() ? null : newPassword;
        }
        this.fromAddress = d.fromAddress().strip();
        this.startTls = d.startTls() || d.startTlsRequired();
        this.startTlsRequired = d.startTlsRequired();
        this.smtps = d.smtps();
    }

    String getHost() {
        return host;
    }

    int getPort() {
        return port;
    }

    String getUsername() {
        return username;
    }

    String getPassword() {
        return password;
    }

    String getFromAddress() {
        return fromAddress;
    }

    boolean isStartTls() {
        return startTls;
    }

    boolean isStartTlsRequired() {
        return startTlsRequired;
    }

    boolean isSmtps() {
        return smtps;
    }

    boolean isEnabled() {
        return enabled;
    }
}
