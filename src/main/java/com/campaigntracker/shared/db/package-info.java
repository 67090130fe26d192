/** The database: the embedded MariaDB and its configuration, and work run after a commit. */
@NamedInterface("db")
package com.campaigntracker.shared.db;

import org.springframework.modulith.NamedInterface;
