package com.campaigntracker.notify;

/**
 * The SMTP settings as the admin view shows them; the password itself never leaves the server.
 *
 * @param startTls         upgrade the connection with STARTTLS when the server offers it
 * @param startTlsRequired refuse to send (and to log in) unless STARTTLS succeeds: no downgrade to plaintext
 * @param smtps            TLS from the first byte (SMTPS, usually port 465) instead of STARTTLS
 */
public record MailSettingsDetails(boolean enabled, String host, int port, String username, boolean hasPassword,
                                  String fromAddress, boolean startTls, boolean startTlsRequired, boolean smtps) {

    public MailSettingsDetails(boolean enabled, String host, int port, String username, boolean hasPassword,
                               String fromAddress, boolean startTls) {
        this(enabled, host, port, username, hasPassword, fromAddress, startTls, false, false);
    }
}
