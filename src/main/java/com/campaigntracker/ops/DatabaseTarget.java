package com.campaigntracker.ops;

import java.nio.file.Path;

/**
 * A MariaDB database to back up or restore into, and where its client programs are.
 *
 * @param clientDir folder of {@code mariadb} and {@code mariadb-dump} (the embedded server's bundled ones),
 *                  or null to take them from the PATH (Debian: {@code apt install mariadb-client})
 */
public record DatabaseTarget(String host, int port, String user, String password, String database, Path clientDir) {

    public DatabaseTarget {
        if (database == null || !database.matches("[A-Za-z0-9_]*")) { // empty: the server, no database
            throw new IllegalArgumentException("A database name is letters, digits or _: " + database);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    /** The same server, another database. */
    public DatabaseTarget withDatabase(String other) {
        return new DatabaseTarget(host, port, user, password, other, clientDir);
    }

    String program(String name) {
        return clientDir == null ? name : clientDir.resolve(name).toString();
    }
}
