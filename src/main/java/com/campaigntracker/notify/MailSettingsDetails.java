package com.campaigntracker.notify;

/** The SMTP settings as the admin view shows them; the password itself never leaves the server. */
public record MailSettingsDetails(boolean enabled, String host, int port, String username, boolean hasPassword,
                                  String fromAddress, boolean startTls) {
}
