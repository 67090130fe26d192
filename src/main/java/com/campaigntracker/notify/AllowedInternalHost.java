package com.campaigntracker.notify;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An internal host an administrator lets webhooks reach, by name or IP literal (lower case, no trailing dot). */
@Entity
@Table(name = "allowed_internal_host")
class AllowedInternalHost {

    @Id
    private String host;

    protected AllowedInternalHost() {
    }

    AllowedInternalHost(String host) {
        this.host = host;
    }

    String getHost() {
        return host;
    }
}
