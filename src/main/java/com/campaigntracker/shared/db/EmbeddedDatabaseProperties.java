package com.campaigntracker.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param port     TCP port of the embedded server; 0 picks a free one (3306 may belong to the host's MariaDB)
 * @param database schema the app uses inside it
 */
@ConfigurationProperties("app.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("0") int port,
                                         @DefaultValue("campaign_tracker") String database) {
}
